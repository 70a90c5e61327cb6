/**
 * The second writer of the report Grid (the add-in's Excel writer is the first): Grid -> an ExcelJS
 * workbook with values, native formulas carrying their computed result (so a viewer that does not
 * recalculate still shows numbers), number formats, fonts, alignment, fills, merges, thin borders,
 * column widths, row heights, frozen panes and print settings. It only translates the grid: every
 * decision (the paragraph's place, row heights, page setup) is the model's, shared with the add-in.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../core/address";
import { cellEntry } from "../report/table/cellEntry";
import { headerFooterCode } from "../report/table/print";
import { uniqueSheetName } from "../report/table/sheetName";
import type { CellStyle, Grid, GridCell } from "../report/table/grid";
import type { Report } from "../report/table/report";
import { withFingerprint } from "../core/package";

/** The creator ct-report writes into its reports, so a folder run can skip them. */
export const REPORT_CREATOR = "ct-report (Công Thương)";

export interface WriteOptions {
  /**
   * The same report built with live:false, for formula cells whose own `value` (the model's computed
   * result) is not set: its value at the same place is the cached result.
   */
  results?: Grid | null;
  /** false: write formulas with no cached result (the LibreOffice test uses this to force a real recalculation). */
  cacheResults?: boolean;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? `FF${h}` : "FFFFFFFF";
}

/** The decree's typeface (Nghị định 30/2020: Times New Roman), for every cell and the workbook's default font. */
export const REPORT_FONT = "Times New Roman";
const REPORT_FONT_SIZE = 11;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  cell.font = {
    name: REPORT_FONT,
    family: 1, // roman
    size: style?.fontSize ?? REPORT_FONT_SIZE,
    ...(style?.bold ? { bold: true } : {}),
    ...(style?.italic ? { italic: true } : {}),
  };
  if (!style) return;
  if (style.align || style.valign || style.wrap) {
    cell.alignment = {
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.valign ? { vertical: style.valign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
}

/**
 * The cached result of the formula at (r, c): the model's own value for the cell when it gives one
 * (null: the formula shows ""), else the value at the same place in the values grid; undefined when unknown.
 */
function resultAt(gc: GridCell, results: Grid | null | undefined, r: number, c: number): string | number | undefined {
  if (gc.value !== undefined) return gc.value === null ? "" : gc.value;
  const rc = results?.cells[r]?.[c];
  if (rc === undefined || rc.formula) return undefined;
  return rc.value === null || rc.value === undefined ? "" : rc.value;
}

/** Write one grid cell. */
function writeCell(
  cell: ExcelJS.Cell,
  gc: GridCell,
  results: Grid | null | undefined,
  cache: boolean,
  r: number,
  c: number,
): void {
  if (gc.formula) {
    const formula = gc.formula.replace(/^=/, "");
    const result = cache ? resultAt(gc, results, r, c) : undefined;
    cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  } else if (gc.value !== null && gc.value !== undefined && gc.value !== "") {
    cell.value = gc.value;
  }
  // The add-in's rule for a cell's format (src/report/table/cellEntry.ts): text always as Text ("@"), so an
  // officer's later edit of the cell stays text in both; other cells their own format.
  const format = cellEntry(gc).format;
  if (format) cell.numFmt = format;
  // Why a figure is blank (or which month a level stands at): a note anyone opening the file sees.
  if (gc.note) cell.note = gc.note;
  applyStyle(cell, gc.style);
}

/** "A$1": a cell with its row fixed, as ExcelJS's print area wants each end. */
function absoluteRow(r: number, c: number): string {
  return `${columnLetter(c)}$${r + 1}`;
}

/** Add the report's sheet to `wb`. Returns the worksheet. */
export function addReportSheet(wb: ExcelJS.Workbook, report: Report, opts: WriteOptions = {}): ExcelJS.Worksheet {
  const grid = report.grid;
  const cache = opts.cacheResults !== false;
  const ws = wb.addWorksheet(uniqueSheetName(report.sheetName, []));
  grid.colWidths.forEach((w, i) => {
    if (w <= 0) return;
    const column = ws.getColumn(i + 1);
    column.width = w;
    // A column with a style is always written: ExcelJS drops a plain one of width 9, its own default.
    column.font = { name: REPORT_FONT, family: 1, size: REPORT_FONT_SIZE };
  });
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const gc = row[c];
      if (gc) writeCell(ws.getCell(r + 1, c + 1), gc, opts.results, cache, r, c);
    }
  }
  for (const { row, points } of grid.rowHeights ?? []) ws.getRow(row + 1).height = points;
  // Cells of the table and the heading that hold nothing still print in the report's font.
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      if (!grid.cells[r]?.[c]) applyStyle(cell, undefined);
    }
  for (const a of grid.borders) {
    for (let r = a.r1; r <= a.r2; r++) {
      for (let c = a.c1; c <= a.c2; c++) {
        const thin = { style: "thin" as const };
        ws.getCell(r + 1, c + 1).border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }
  }
  for (const m of grid.merges) {
    if (m.r1 === m.r2 && m.c1 === m.c2) continue;
    ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  shareStyles(ws);
  if (grid.freeze.rows > 0 || grid.freeze.cols > 0) {
    ws.views = [{ state: "frozen", xSplit: grid.freeze.cols, ySplit: grid.freeze.rows }];
  }
  const p = grid.print;
  ws.pageSetup = {
    ...(p.paper === "A4" ? { paperSize: 9 } : {}), // SpreadsheetML's code of A4
    orientation: p.landscape ? "landscape" : "portrait",
    fitToPage: p.fitToWidth > 0,
    fitToWidth: Math.max(1, p.fitToWidth),
    fitToHeight: 0,
    ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
    ...(p.margins ? { margins: { ...p.margins } } : {}),
    ...(p.repeatRows.last >= p.repeatRows.first && p.repeatRows.first >= 0
      ? { printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` }
      : {}),
    // ExcelJS puts a "$" before each end ("A$1" becomes "$A$1"), so the rows carry their own.
    ...(p.area ? { printArea: `${absoluteRow(p.area.r1, p.area.c1)}:${absoluteRow(p.area.r2, p.area.c2)}` } : {}),
  };
  if (p.header || p.footer) {
    ws.headerFooter = {
      differentFirst: Boolean(p.differentFirst),
      oddHeader: headerFooterCode(p.header),
      oddFooter: headerFooterCode(p.footer),
      // The first page's header and footer stay empty when it differs (the decree numbers pages from 2).
      ...(p.differentFirst ? { firstHeader: "", firstFooter: "" } : {}),
    };
  }
  return ws;
}

/**
 * Cells of equal style share one style object, so ExcelJS finds each style once (it caches by object)
 * instead of hashing every cell's: on a 20,000-row report a third of the writing time. Done last: a style
 * object shared by many cells must not be changed through one of them afterwards.
 */
function shareStyles(ws: ExcelJS.Worksheet): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const key = JSON.stringify(cell.style ?? {});
      const same = shared.get(key);
      if (same) cell.style = same;
      else shared.set(key, cell.style);
    }),
  );
}

/**
 * Font 0 of styles.xml in the report's typeface. ExcelJS writes the workbook's default font (font 0: the Normal
 * style, empty cells, the width unit of every column) as Calibri 11 of the theme's minor scheme, with no way to
 * set it; so this workbook's writer rewrites that one element as it adds styles.xml (ExcelJS 4.4's XLSX.addStyles).
 */
export function withDefaultFont(stylesXml: string): string {
  return stylesXml.replace(
    /(<fonts[^>]*>\s*<font>)([\s\S]*?)(<\/font>)/,
    (_all, open: string, _body: string, close: string) =>
      `${open}<sz val="${REPORT_FONT_SIZE}"/><color theme="1"/><name val="${REPORT_FONT}"/><family val="1"/>${close}`,
  );
}

function defaultFontOnWrite(wb: ExcelJS.Workbook): void {
  type Zip = { append: (data: string, options: { name: string }) => void };
  const xlsx = wb.xlsx as unknown as { addStyles?: (zip: Zip, model: { styles: { xml?: string } }) => Promise<void> };
  if (typeof xlsx.addStyles !== "function") return;
  xlsx.addStyles = async (zip, model) => {
    const xml = model.styles.xml;
    if (xml) zip.append(withDefaultFont(xml), { name: "xl/styles.xml" });
  };
}

/** A new workbook holding the report sheet; Excel recalculates it fully on open. */
export function reportWorkbook(report: Report, opts: WriteOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  defaultFontOnWrite(wb);
  wb.creator = REPORT_CREATOR;
  wb.lastModifiedBy = REPORT_CREATOR;
  wb.title = report.title;
  wb.calcProperties = { fullCalcOnLoad: true };
  addReportSheet(wb, report, opts);
  return wb;
}

/**
 * The .xlsx bytes of a workbook carrying its fingerprint (src/core/package/fingerprint.ts), so a later
 * run can tell an unedited report (replaced) from one the officer edited (kept). ExcelJS stores the
 * parts (no deflate) and the package module deflates them once, when it adds the fingerprint.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return withFingerprint(new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } })));
}

/** The report as .xlsx bytes carrying its fingerprint: the command's and the page's file. */
export async function reportXlsxBytes(report: Report, opts: WriteOptions = {}): Promise<Uint8Array> {
  return workbookBytes(reportWorkbook(report, opts));
}
