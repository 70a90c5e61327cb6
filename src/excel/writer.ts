/**
 * Queue a planned report (src/excel/writePlan.ts) on a worksheet: every block one bulk command,
 * calculation suspended, and one context.sync() per request (one for any ordinary report).
 */
import type { Area, CellStyle, HeaderFooterText } from "../report/table/grid";
import { packRequests, REQUEST_BUDGET_BYTES, type CellNote, type WriteBlock } from "./writePlan";
import { supports } from "./support";

const ALIGN: Record<NonNullable<CellStyle["align"]>, Excel.HorizontalAlignment | "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const VALIGN: Record<NonNullable<CellStyle["valign"]>, "Top" | "Center" | "Bottom"> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

function areaRange(sheet: Excel.Worksheet, a: Area): Excel.Range {
  return sheet.getRangeByIndexes(a.r1, a.c1, a.r2 - a.r1 + 1, a.c2 - a.c1 + 1);
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.italic !== undefined) range.format.font.italic = s.italic;
  if (s.fontSize !== undefined) range.format.font.size = s.fontSize;
  if (s.align) range.format.horizontalAlignment = ALIGN[s.align];
  if (s.valign) range.format.verticalAlignment = VALIGN[s.valign];
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.fill) range.format.fill.color = s.fill;
}

function applyBorders(range: Excel.Range, a: Area): void {
  const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal")[] = [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
  ];
  if (a.c2 > a.c1) edges.push("InsideVertical");
  if (a.r2 > a.r1) edges.push("InsideHorizontal");
  for (const e of edges) range.format.borders.getItem(e).style = "Continuous";
}

/** Queue one block's commands on the sheet. */
export function queueBlock(sheet: Excel.Worksheet, b: WriteBlock): void {
  switch (b.kind) {
    case "formulas": {
      const cols = b.data[0]?.length ?? 0;
      if (b.data.length === 0 || cols === 0) return;
      sheet.getRangeByIndexes(b.row, b.col, b.data.length, cols).formulas = b.data;
      return;
    }
    case "numberFormat": {
      const cols = b.data[0]?.length ?? 0;
      if (b.data.length === 0 || cols === 0) return;
      sheet.getRangeByIndexes(b.row, b.col, b.data.length, cols).numberFormat = b.data;
      return;
    }
    case "style":
      for (const a of b.areas) applyStyle(areaRange(sheet, a), b.style);
      return;
    case "merge":
      for (const a of b.areas) areaRange(sheet, a).merge(false);
      return;
    case "border":
      for (const a of b.areas) applyBorders(areaRange(sheet, a), a);
      return;
    case "width":
      sheet.getRangeByIndexes(0, b.col, 1, b.count).format.columnWidth = b.points;
      return;
    case "rowHeight":
      sheet.getRangeByIndexes(b.row, 0, b.count ?? 1, 1).format.rowHeight = b.points;
      return;
    case "autofitRows":
      sheet.getRangeByIndexes(b.row, 0, b.count, 1).format.autofitRows();
      return;
    case "notes":
      queueNotes(sheet, b.notes);
      return;
    case "freeze":
      if (b.cols > 0 && b.rows > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, b.rows, b.cols));
      else if (b.cols > 0) sheet.freezePanes.freezeColumns(b.cols);
      else sheet.freezePanes.freezeRows(b.rows);
      return;
    case "print":
      queuePageLayout(sheet, b);
      return;
  }
}

/**
 * The grid's print settings (Grid.print). Page layout arrived with ExcelApi 1.9; older hosts skip it
 * and print with their defaults (docs/excel-adapter.md), the report itself being the same.
 */
function queuePageLayout(sheet: Excel.Worksheet, b: Extract<WriteBlock, { kind: "print" }>): void {
  if (!supports("1.9")) return;
  const page = sheet.pageLayout;
  page.orientation = b.landscape ? "Landscape" : "Portrait";
  if (b.paper) page.paperSize = b.paper;
  if (b.centerHorizontally) page.centerHorizontally = true;
  if (b.margins) {
    // Office.js takes margins in points; the grid holds inches, as the .xlsx does.
    page.leftMargin = b.margins.left * 72;
    page.rightMargin = b.margins.right * 72;
    page.topMargin = b.margins.top * 72;
    page.bottomMargin = b.margins.bottom * 72;
    page.headerMargin = b.margins.header * 72;
    page.footerMargin = b.margins.footer * 72;
  }
  if (b.fitToWidth > 0) page.zoom = { horizontalFitToPages: b.fitToWidth, verticalFitToPages: 0 };
  if (b.repeatRows) page.setPrintTitleRows(`$${b.repeatRows.first + 1}:$${b.repeatRows.last + 1}`);
  if (!b.header && !b.footer) return;
  // The codes (&P) are Excel's own, as in the .xlsx; a different first page stays blank (page numbers from 2).
  const hf = page.headersFooters;
  hf.state = b.differentFirst ? "FirstAndDefault" : "Default";
  queueHeaderFooter(hf.defaultForAllPages, b.header ?? {}, b.footer ?? {});
  if (b.differentFirst) queueHeaderFooter(hf.firstPage, {}, {});
}

/** One page kind's six header and footer texts ("" clears a part). ExcelApi 1.9, as the page layout. */
function queueHeaderFooter(target: Excel.HeaderFooter, header: HeaderFooterText, footer: HeaderFooterText): void {
  if (!supports("1.9")) return;
  target.leftHeader = header.left ?? "";
  target.centerHeader = header.center ?? "";
  target.rightHeader = header.right ?? "";
  target.leftFooter = footer.left ?? "";
  target.centerFooter = footer.center ?? "";
  target.rightFooter = footer.right ?? "";
}

/** How the host can hold a cell note: a note (ExcelApi 1.18), a comment (1.10), or none. */
export function noteSupport(): "note" | "comment" | "none" {
  if (supports("1.18")) return "note";
  if (supports("1.10")) return "comment";
  return "none";
}

/**
 * Cell notes: a classic note where the host has them (ExcelApi 1.18), else a comment (1.10, shown
 * in the thread pane). Older hosts get neither: the same reason is in the report's notes block under
 * the table (docs/excel-adapter.md), so nothing is lost.
 */
function queueNotes(sheet: Excel.Worksheet, notes: CellNote[]): void {
  const how = noteSupport();
  if (how === "none") return;
  for (const n of notes) {
    const cell = sheet.getRangeByIndexes(n.row, n.col, 1, 1);
    if (how === "note") sheet.notes.add(cell, n.text);
    else sheet.comments.add(cell, n.text);
  }
}

export interface WriteStats {
  syncs: number;
  blocks: number;
  chunks: number;
}

/**
 * Queue the blocks on `sheet` and sync: one request when they fit the budget (the usual case),
 * else one per request-sized pack. `before` queues commands that must travel with the first
 * request (adding the sheet); `after` those that end the last one (activate).
 */
export async function writeBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  blocks: WriteBlock[],
  opts: { budget?: number; after?: () => void } = {},
): Promise<WriteStats> {
  const packs = packRequests(blocks, opts.budget ?? REQUEST_BUDGET_BYTES);
  if (packs.length === 0) packs.push([]);
  let syncs = 0;
  for (let i = 0; i < packs.length; i++) {
    if (supports("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const b of packs[i] ?? []) queueBlock(sheet, b);
    if (i === packs.length - 1) opts.after?.();
    // One request per pack: only a report over the web's payload limit takes more than one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  const chunks = blocks.filter((b) => b.kind === "formulas" || b.kind === "numberFormat").length;
  return { syncs, blocks: blocks.length, chunks };
}
