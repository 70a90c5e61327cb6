/**
 * Read a sheet (or a table) by the data's real extent, not the whole used range: a stray cell at
 * XFD1048576 makes the used range 17 billion cells, which Excel cannot send. How (docs/excel-adapter.md):
 *
 * 1. probe (queued with the caller's first sync): the used range's position; its values and
 *    `numberFormat` inside a fixed window A1:AF1600 (enough for most sheets: then nothing else is read);
 *    the cells holding constants and formulas as RangeAreas addresses
 *    (`getSpecialCellsOrNullObject`, ExcelApi 1.9); the visible cells (same call, "Visible": the rows
 *    and columns no visible area covers are hidden); the merged areas (`getMergedAreasOrNullObject`,
 *    ExcelApi 1.13).
 * 2. when the window does not cover the used range: the areas are grouped into clusters (areas within
 *    a few rows and columns of each other) and each cluster's `values` and `numberFormat` are loaded in
 *    row chunks, several chunks per sync, kept under Excel on the web's ~5 MB request/response limit
 *    (a refused sync is retried with half as many cells).
 *
 * Dates: `numberFormat` is loaded with the values (ExcelApi 1.1, every host) and each number's format
 * goes through the same rule the command uses (src/xlsx/numberFormat.ts). `numberFormatCategories`
 * (ExcelApi 1.12) is not used: it says "Custom" for custom codes such as "dd/mm/yyyy" and "#,##0 \"kWh\""
 * alike, so it cannot tell a date from a number with a unit; one rule in one place is also what keeps
 * the add-in and the command agreeing.
 *
 * Fallbacks: without ExcelApi 1.9 the used range is read in chunks (up to MAX_FALLBACK_CELLS, else
 * refused) and hidden rows and columns are not listed; without 1.13 merged cells are not filled down
 * (their blanks are then listed as problems, never guessed).
 */
import type { SheetRect, SourceValues } from "../core/sheetValues";
import { isDateFormatCode } from "../xlsx/numberFormat";
import { supports } from "./support";

/** The window read with the probe: most raw data sheets fit in it. */
export const WINDOW_ROWS = 1600;
export const WINDOW_COLS = 32;
/** Cells loaded per sync (values + numberFormat, ~40 bytes a cell: ~2.4 MB); halved when Excel refuses. */
export const CELLS_PER_SYNC = 60_000;
/** Areas closer than this (rows, columns) belong to one cluster. */
const GAP_ROWS = 20;
const GAP_COLS = 10;
/** Without ExcelApi 1.9 the used range is read whole, up to this many cells. */
export const MAX_FALLBACK_CELLS = 5_000_000;

type Rect = SheetRect;

export interface Probe {
  sheet: string;
  used: Excel.Range;
  window: Excel.Range;
  constants: Excel.RangeAreas | null;
  formulas: Excel.RangeAreas | null;
  visible: Excel.RangeAreas | null;
  merged: Excel.RangeAreas | null;
}

const BLOCK = "values,numberFormat,rowIndex,columnIndex,rowCount,columnCount";
const POSITION = "rowIndex,columnIndex,rowCount,columnCount";

/** Queue the probe of a sheet (or of `bounds`, a table's range). Nothing is read until the caller syncs. */
export function probe(ws: Excel.Worksheet, sheet: string, bounds?: Excel.Range): Probe {
  const used = (bounds ?? ws.getUsedRange(true)).load(POSITION);
  const window = ws.getRangeByIndexes(0, 0, WINDOW_ROWS, WINDOW_COLS).getIntersectionOrNullObject(used).load(BLOCK);
  return {
    sheet,
    used,
    window,
    constants: specialCells(used, "Constants"),
    formulas: specialCells(used, "Formulas"),
    visible: specialCells(used, "Visible"),
    merged: mergedAreas(used),
  };
}

/** The cells of a kind as areas (ExcelApi 1.9); null on older hosts, which read the used range instead. */
function specialCells(used: Excel.Range, kind: "Constants" | "Formulas" | "Visible"): Excel.RangeAreas | null {
  if (!supports("1.9")) return null;
  return used.getSpecialCellsOrNullObject(kind as Excel.SpecialCellType).load("address");
}

/** The merged areas (ExcelApi 1.13); null on older hosts (docs/excel-adapter.md: merges are then not filled down). */
function mergedAreas(used: Excel.Range): Excel.RangeAreas | null {
  if (!supports("1.13")) return null;
  return used.getMergedAreasOrNullObject().load("address");
}

/** The address of loaded areas (only ever loaded where ExcelApi 1.9 is there). */
function areasAddress(a: Excel.RangeAreas): string {
  if (!supports("1.9")) return "";
  return a.address;
}

function rectOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "'Số liệu'!A1:R3,'Số liệu'!XFD1048576" -> rectangles (sheet names may hold commas: match refs after "!"). */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  const re = /(?:^|!|,)\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*(?:,|$))/g;
  for (const m of address.matchAll(re)) {
    const c1 = colIndex(m[1] ?? "A");
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    out.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
  }
  return out;
}

function areasOf(a: Excel.RangeAreas | null): Rect[] {
  return a && !a.isNullObject ? parseAreas(areasAddress(a)) : [];
}

/** Areas grouped into clusters: bands of rows first, then columns inside each band. */
export function clusters(areas: Rect[]): Rect[] {
  const byRow = [...areas].sort((a, b) => a.r1 - b.r1);
  const bands: Rect[][] = [];
  let band: Rect[] = [];
  let bandEnd = -Infinity;
  for (const a of byRow) {
    if (band.length && a.r1 > bandEnd + GAP_ROWS) {
      bands.push(band);
      band = [];
      bandEnd = -Infinity;
    }
    band.push(a);
    bandEnd = Math.max(bandEnd, a.r2);
  }
  if (band.length) bands.push(band);
  const out: Rect[] = [];
  for (const b of bands) {
    const byCol = [...b].sort((x, y) => x.c1 - y.c1);
    let cur: Rect | null = null;
    for (const a of byCol) {
      if (cur && a.c1 <= cur.c2 + GAP_COLS) {
        cur = { r1: Math.min(cur.r1, a.r1), c1: cur.c1, r2: Math.max(cur.r2, a.r2), c2: Math.max(cur.c2, a.c2) };
      } else {
        if (cur) out.push(cur);
        cur = { ...a };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** The 0-based indexes in lo..hi that no interval covers. */
function uncovered(lo: number, hi: number, spans: [number, number][]): number[] {
  const out: number[] = [];
  let next = lo;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    for (let i = next; i < Math.min(a, hi + 1); i++) out.push(i);
    next = Math.max(next, b + 1);
  }
  for (let i = next; i <= hi; i++) out.push(i);
  return out;
}

/** Place a loaded block into sparse values; blanks stay holes; numbers shown as dates are listed. */
function place(target: SourceValues, block: { values: unknown[][]; numberFormat: unknown[][] }, at: Rect): void {
  const dates = (target.dateCells ??= []);
  block.values.forEach((line, i) => {
    const r = at.r1 + i;
    line.forEach((v, j) => {
      if (v === "" || v === null || v === undefined) return;
      const c = at.c1 + j;
      const row = (target.values[r] ??= []);
      row[c] = v;
      if (typeof v === "number" && isDateFormatCode(String(block.numberFormat[i]?.[j] ?? "")))
        dates.push({ row: r, col: c });
    });
  });
}

function isTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    (e instanceof Error && /PayloadSizeLimitExceeded/.test(e.message))
  );
}

/** Load `rects` chunk by chunk; `sync` counts the round trips. */
async function loadBlocks(
  ws: Excel.Worksheet,
  rects: Rect[],
  target: SourceValues,
  sync: () => Promise<void>,
): Promise<void> {
  const chunks: Rect[] = [];
  for (const rect of rects) {
    const cols = rect.c2 - rect.c1 + 1;
    const rows = Math.max(1, Math.floor(CELLS_PER_SYNC / 4 / cols));
    for (let r = rect.r1; r <= rect.r2; r += rows) chunks.push({ ...rect, r1: r, r2: Math.min(rect.r2, r + rows - 1) });
  }
  let budget = CELLS_PER_SYNC;
  let i = 0;
  while (i < chunks.length) {
    const batch: { rect: Rect; range: Excel.Range }[] = [];
    let cells = 0;
    while (i + batch.length < chunks.length) {
      const rect = chunks[i + batch.length]!;
      const n = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
      if (batch.length > 0 && cells + n > budget) break;
      batch.push({
        rect,
        range: ws
          .getRangeByIndexes(rect.r1, rect.c1, rect.r2 - rect.r1 + 1, rect.c2 - rect.c1 + 1)
          .load("values,numberFormat"),
      });
      cells += n;
    }
    try {
      await sync();
    } catch (e) {
      // Too large for one request: split the chunks and try again with half the budget.
      if (!isTooLarge(e) || (batch.length === 1 && batch[0]!.rect.r1 === batch[0]!.rect.r2)) throw e;
      budget = Math.max(1, Math.floor(budget / 2));
      const first = chunks[i]!;
      if (batch.length === 1 && first.r2 > first.r1) {
        const mid = first.r1 + Math.floor((first.r2 - first.r1) / 2);
        chunks.splice(i, 1, { ...first, r2: mid }, { ...first, r1: mid + 1 });
      }
      continue;
    }
    for (const b of batch) place(target, { values: b.range.values, numberFormat: b.range.numberFormat }, b.rect);
    i += batch.length;
  }
}

/**
 * After the probe's sync: the sheet's values (sparse, sheet coordinates) with dates, merges and hidden
 * rows/columns, reading further chunks when the window did not cover the data.
 */
export async function finishRead(ws: Excel.Worksheet, p: Probe, sync: () => Promise<void>): Promise<SourceValues> {
  const used = rectOf(p.used);
  const out: SourceValues = { sheet: p.sheet, values: [], origin: { row: 0, col: 0 } };
  const win = p.window.isNullObject ? null : rectOf(p.window);
  const covered = win && win.r1 === used.r1 && win.c1 === used.c1 && win.r2 === used.r2 && win.c2 === used.c2;
  if (covered) {
    place(out, { values: p.window.values, numberFormat: p.window.numberFormat }, win);
  } else {
    let rects: Rect[];
    if (p.constants || p.formulas) {
      rects = clusters([...areasOf(p.constants), ...areasOf(p.formulas)]);
    } else {
      const cells = (used.r2 - used.r1 + 1) * (used.c2 - used.c1 + 1);
      if (cells > MAX_FALLBACK_CELLS) throw new Error(`ReadTooLarge: ${p.sheet} holds ${cells} cells`);
      rects = [used];
    }
    await loadBlocks(ws, rects, out, sync);
  }
  if (out.dateCells && out.dateCells.length === 0) delete out.dateCells;
  const merges = areasOf(p.merged);
  if (merges.length) out.merges = merges;
  if (p.visible) {
    const vis = p.visible.isNullObject ? [] : parseAreas(areasAddress(p.visible));
    const rows = uncovered(
      used.r1,
      used.r2,
      vis.map((v) => [v.r1, v.r2]),
    );
    const cols = uncovered(
      used.c1,
      used.c2,
      vis.map((v) => [v.c1, v.c2]),
    );
    if (rows.length) out.hiddenRows = rows;
    if (cols.length) out.hiddenCols = cols;
  }
  return out;
}
