/**
 * A report grid as the few bulk writes Excel needs, planned as plain data (no Office here, so it
 * is tested in Node and measured in the bench): one 2-D formulas block, one 2-D number-format
 * block, styles grouped by style into rectangles, merges, borders, widths, freeze, print. Blocks
 * too big for one request are cut into row chunks, and chunks are packed into requests under the
 * web's payload limit: one request (one sync) for any report of ordinary size.
 */
import type { Area, CellStyle, Grid } from "../report/table/grid";
import { cellEntry, type CellEntry } from "../report/table/cellEntry";

/** Excel on the web refuses a request over about 5 MB; we stay well under it. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** One write of a 2-D block stays under this; bigger blocks are cut by rows. */
export const CHUNK_BYTES = 1_000_000;
/** What Office.js adds around each command in the request (object path, action, ids). */
export const OP_OVERHEAD_BYTES = 150;

export type WriteBlock =
  | { kind: "formulas"; row: number; col: number; data: (string | number | boolean)[][]; bytes: number }
  | { kind: "numberFormat"; row: number; col: number; data: (string | null)[][]; bytes: number }
  | { kind: "style"; style: CellStyle; areas: Area[]; bytes: number }
  | { kind: "merge"; areas: Area[]; bytes: number }
  | { kind: "border"; areas: Area[]; bytes: number }
  | { kind: "width"; col: number; count: number; points: number; bytes: number }
  | { kind: "rowHeight"; row: number; count?: number; points: number; bytes: number }
  | { kind: "autofitRows"; row: number; count: number; bytes: number }
  | { kind: "freeze"; rows: number; cols: number; bytes: number }
  | { kind: "notes"; notes: CellNote[]; bytes: number }
  // The grid's print settings as they are, with no repeated rows as null.
  | ({ kind: "print"; repeatRows: { first: number; last: number } | null; bytes: number } & Omit<
      Grid["print"],
      "repeatRows"
    >);

/** A cell note (GridCell.note): why a figure is blank, or the month a level stands at. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

export interface PlanOptions {
  chunkBytes?: number;
}

/** Excel character units (Calibri 11) to points: 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75 + Number.EPSILON) * 100) / 100;
}

function sizeOf(x: unknown): number {
  return JSON.stringify(x).length;
}

/** Cut rows [r0, r1) of a 2-D array into chunks whose JSON stays under `limit`. */
function rowChunks<T>(data: T[][], limit: number): { start: number; rows: T[][]; bytes: number }[] {
  const out: { start: number; rows: T[][]; bytes: number }[] = [];
  let start = 0;
  let rows: T[][] = [];
  let bytes = 2;
  data.forEach((row, i) => {
    const b = sizeOf(row) + 1;
    if (rows.length > 0 && bytes + b > limit) {
      out.push({ start, rows, bytes });
      start = i;
      rows = [];
      bytes = 2;
    }
    rows.push(row);
    bytes += b;
  });
  if (rows.length > 0) out.push({ start, rows, bytes });
  return out;
}

function styleKey(s: CellStyle): string {
  const keys = Object.keys(s).sort() as (keyof CellStyle)[];
  return JSON.stringify(keys.filter((k) => s[k] !== undefined).map((k) => [k, s[k]]));
}

/** Cells (r, c) to few rectangles: runs along each row, then equal runs on consecutive rows joined. */
export function toRectangles(cells: { r: number; c: number }[]): Area[] {
  const byRow = new Map<number, number[]>();
  for (const { r, c } of cells) {
    const list = byRow.get(r) ?? [];
    list.push(c);
    byRow.set(r, list);
  }
  const runs: Area[] = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = (byRow.get(r) ?? []).sort((a, b) => a - b);
    let c1 = cols[0] ?? 0;
    let prev = c1;
    for (let i = 1; i <= cols.length; i++) {
      const c = cols[i];
      if (c !== undefined && c === prev + 1) {
        prev = c;
        continue;
      }
      runs.push({ r1: r, c1, r2: r, c2: prev });
      if (c !== undefined) {
        c1 = c;
        prev = c;
      }
    }
  }
  const open = new Map<string, Area>();
  const out: Area[] = [];
  for (const run of runs) {
    const key = `${run.c1}:${run.c2}`;
    const last = open.get(key);
    if (last && last.r2 === run.r1 - 1) last.r2 = run.r1;
    else {
      const a = { ...run };
      open.set(key, a);
      out.push(a);
    }
  }
  return out;
}

/**
 * Cells as write blocks at (row, col): the number formats first (a text cell's "@" must be in place
 * before its text arrives; null leaves a cell's format as it is), then the contents, each cut into
 * row chunks under `chunk` bytes. The one way the add-in writes cells (cellText.ts says why).
 */
export function entryBlocks(row: number, col: number, entries: CellEntry[][], chunk = CHUNK_BYTES): WriteBlock[] {
  const blocks: WriteBlock[] = [];
  if (entries.length === 0 || (entries[0]?.length ?? 0) === 0) return blocks;
  const formats = entries.map((r) => r.map((e) => e.format));
  if (formats.some((r) => r.some((f) => f !== null))) {
    for (const ch of rowChunks(formats, chunk)) {
      const data = ch.rows;
      blocks.push({ kind: "numberFormat", row: row + ch.start, col, data, bytes: ch.bytes + OP_OVERHEAD_BYTES });
    }
  }
  const inputs = entries.map((r) => r.map((e) => e.input));
  for (const ch of rowChunks(inputs, chunk)) {
    blocks.push({ kind: "formulas", row: row + ch.start, col, data: ch.rows, bytes: ch.bytes + OP_OVERHEAD_BYTES });
  }
  return blocks;
}

/** The grid as write blocks, in the order they are queued. */
export function planWrites(grid: Grid, options: PlanOptions = {}): WriteBlock[] {
  const chunk = options.chunkBytes ?? CHUNK_BYTES;
  const blocks: WriteBlock[] = [];
  const rows = grid.rows;
  const cols = Math.max(1, grid.cols);
  if (rows > 0) {
    const entries: CellEntry[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellEntry[] = [];
      for (let c = 0; c < cols; c++) row.push(cellEntry(grid.cells[r]?.[c]));
      entries.push(row);
    }
    blocks.push(...entryBlocks(0, 0, entries, chunk));
  }

  const groups = new Map<string, { style: CellStyle; cells: { r: number; c: number }[] }>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style = cell?.style;
      if (!style || Object.keys(style).length === 0) return;
      const key = styleKey(style);
      const g = groups.get(key) ?? { style, cells: [] };
      g.cells.push({ r, c });
      groups.set(key, g);
    }),
  );
  for (const g of groups.values()) {
    const areas = toRectangles(g.cells);
    const props = Object.keys(g.style).length;
    blocks.push({ kind: "style", style: g.style, areas, bytes: areas.length * props * (OP_OVERHEAD_BYTES + 40) });
  }

  const notes: CellNote[] = [];
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.note) notes.push({ row: r, col: c, text: cell.note });
    }),
  );
  if (notes.length > 0) {
    const bytes = notes.reduce((n, x) => n + sizeOf(x.text) + OP_OVERHEAD_BYTES, 0);
    blocks.push({ kind: "notes", notes, bytes });
  }

  if (grid.merges.length > 0) {
    blocks.push({ kind: "merge", areas: grid.merges, bytes: grid.merges.length * OP_OVERHEAD_BYTES });
  }
  if (grid.borders.length > 0) {
    blocks.push({ kind: "border", areas: grid.borders, bytes: grid.borders.length * 6 * (OP_OVERHEAD_BYTES + 30) });
  }
  for (let c = 0; c < grid.colWidths.length;) {
    const w = grid.colWidths[c] ?? 0;
    let n = 1;
    while (c + n < grid.colWidths.length && grid.colWidths[c + n] === w) n++;
    if (w > 0) blocks.push({ kind: "width", col: c, count: n, points: charsToPoints(w), bytes: OP_OVERHEAD_BYTES });
    c += n;
  }
  blocks.push(...rowHeightBlocks(grid));
  if (grid.freeze.rows > 0 || grid.freeze.cols > 0) {
    blocks.push({ kind: "freeze", rows: grid.freeze.rows, cols: grid.freeze.cols, bytes: OP_OVERHEAD_BYTES });
  }
  const p = grid.print;
  const repeat = p.repeatRows.last >= p.repeatRows.first && p.repeatRows.first >= 0 ? p.repeatRows : null;
  blocks.push({ ...p, kind: "print", repeatRows: repeat, bytes: 10 * OP_OVERHEAD_BYTES });
  return blocks;
}

/** Pack blocks, in order, into requests of at most `budget` bytes (a block never splits here). */
export function packRequests(blocks: WriteBlock[], budget = REQUEST_BUDGET_BYTES, firstOverhead = 0): WriteBlock[][] {
  const out: WriteBlock[][] = [];
  let current: WriteBlock[] = [];
  let bytes = firstOverhead;
  for (const b of blocks) {
    if (current.length > 0 && bytes + b.bytes > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += b.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The model's row heights (Grid.rowHeights) as few commands as the sheet allows: rows without a merged cell
 * are fitted by Excel itself in one autofitRows over their span (Excel fits wrapped text in unmerged cells;
 * a height per row would be one command per wrapped row), then rows holding a merged cell, which Excel
 * does not fit, get the model's height, consecutive rows of one height in one command.
 */
function rowHeightBlocks(grid: Grid): WriteBlock[] {
  const heights = grid.rowHeights ?? [];
  const merged = (row: number): boolean => grid.merges.some((a) => a.r1 <= row && row <= a.r2);
  const plain = heights.filter((h) => !merged(h.row));
  const fixed = heights.filter((h) => merged(h.row));
  const blocks: WriteBlock[] = [];
  if (plain.length > 0) {
    const first = plain[0]!.row;
    const count = plain[plain.length - 1]!.row - first + 1;
    blocks.push({ kind: "autofitRows", row: first, count, bytes: OP_OVERHEAD_BYTES });
  }
  for (let i = 0; i < fixed.length;) {
    const { row, points } = fixed[i]!;
    let count = 1;
    while (fixed[i + count]?.row === row + count && fixed[i + count]?.points === points) count++;
    blocks.push({ kind: "rowHeight", row, count, points, bytes: OP_OVERHEAD_BYTES });
    i += count;
  }
  return blocks;
}
