/**
 * What every CT wrapper shares: turn the core's cell results into values Excel accepts.
 * A number stays a number, text stays text, a CalcFailure becomes a CustomFunctions.Error (with a
 * bilingual message for #VALUE!/#N/A), an incoming Excel error passes through as it came, and a
 * blank result is "" (null would show as 0 in a spilled array).
 */
import { isIncomingError, type CellResult } from "../../core/coerce";
import { fail, isFailure } from "../../core/failure";
import { broadcastDims, dims, isMatrix } from "../../core/shape";
import type { CalcFailure } from "../../core/types";
import { toExcelError } from "../../excel/errors";

/** A value Excel can put in one cell of a result. */
export type ExcelCell = number | string | CustomFunctions.Error;

/** One core cell result as an Excel cell value. */
export function toExcelCell(x: CellResult<number | string> | null | undefined): ExcelCell {
  if (x === null || x === undefined) return "";
  if (typeof x === "number") return Number.isFinite(x) ? x : toExcelError(notFinite());
  if (typeof x === "string") return x;
  if (isFailure(x)) return toExcelError(x);
  if (isIncomingError(x)) return x as CustomFunctions.Error;
  return "";
}

function notFinite(): CalcFailure {
  return fail("num", "not-finite", { what: { vi: "Kết quả", en: "The result" } });
}

/**
 * Apply a cell function over broadcast arguments and return Excel's 2-D result: the same shape
 * as the arguments (a 1x1 for single values, which Excel shows in the one cell), or one error
 * when the sizes do not fit together. One pass, no per-cell allocation: `fn` gets the same
 * array of cells every time (read it, do not keep it).
 */
export function spill(
  args: readonly unknown[],
  fn: (cells: unknown[]) => CellResult<number | string> | null,
): ExcelCell[][] {
  const d = broadcastDims(args);
  if (isFailure(d)) return [[toExcelError(d)]];
  const n = args.length;
  // Packed (never holey) per-argument tables: a matrix or null, its scalar, and which axes stretch.
  const mats: (unknown[][] | null)[] = new Array<unknown[][] | null>(n).fill(null);
  const scalars: unknown[] = new Array<unknown>(n).fill(null);
  const colOf: number[] = new Array<number>(n).fill(0); // 1 = read column c, 0 = read column 0
  const rowOf: number[] = new Array<number>(n).fill(0); // 1 = read row r, 0 = read row 0
  for (let i = 0; i < n; i++) {
    const a = args[i];
    if (isMatrix(a)) {
      const dd = dims(a);
      if (dd.rows === 1 && dd.cols === 1) scalars[i] = (a[0] as unknown[])[0];
      else {
        mats[i] = a;
        rowOf[i] = dd.rows === 1 ? 0 : 1;
        colOf[i] = dd.cols === 1 ? 0 : 1;
      }
    } else scalars[i] = Array.isArray(a) ? a[0] : a;
  }
  const cells: unknown[] = scalars.slice();
  const rows: (unknown[] | null)[] = new Array<unknown[] | null>(n).fill(null);
  const out: ExcelCell[][] = new Array(d.rows);
  for (let r = 0; r < d.rows; r++) {
    for (let i = 0; i < n; i++) {
      const m = mats[i];
      if (m !== null && m !== undefined) {
        const mr = m[r * (rowOf[i] as number)];
        rows[i] = Array.isArray(mr) ? mr : [mr];
      }
    }
    const row: ExcelCell[] = new Array(d.cols);
    for (let c = 0; c < d.cols; c++) {
      for (let i = 0; i < n; i++) {
        const mr = rows[i];
        if (mr !== null && mr !== undefined) cells[i] = mr[c * (colOf[i] as number)];
      }
      const v = fn(cells);
      row[c] = typeof v === "number" && Number.isFinite(v) ? v : toExcelCell(v);
    }
    out[r] = row;
  }
  return out;
}

/**
 * The fast path of a two-number function over two ranges of the same size holding only numbers
 * (a long column of figures): one tight loop, no broadcasting. Returns null as soon as anything
 * else is met (a blank, text, an error, another size), and the caller takes the general path.
 */
export function zip2(a: unknown, b: unknown, f: (x: number, y: number) => number | CalcFailure): ExcelCell[][] | null {
  if (!isMatrix(a) || !isMatrix(b) || a.length !== b.length) return null;
  // Check first, allocate after: a range with one blank must not leave 100,000 rows of garbage.
  for (let r = 0; r < a.length; r++) {
    const ra = a[r];
    const rb = b[r];
    if (!Array.isArray(ra) || !Array.isArray(rb) || rb.length !== ra.length) return null;
    for (let c = 0; c < ra.length; c++) if (typeof ra[c] !== "number" || typeof rb[c] !== "number") return null;
  }
  const out: ExcelCell[][] = new Array(a.length);
  for (let r = 0; r < a.length; r++) {
    const ra = a[r] as number[];
    const rb = b[r] as number[];
    const w = ra.length;
    const row: ExcelCell[] = new Array(w);
    for (let c = 0; c < w; c++) {
      const v = f(ra[c] as number, rb[c] as number);
      row[c] = typeof v === "number" ? v : toExcelCell(v);
    }
    out[r] = row;
  }
  return out;
}

/** A column result (one value per row) as Excel's n x 1 array. */
export function column(values: readonly (CellResult<number | string> | null)[]): ExcelCell[][] {
  return values.map((v) => [toExcelCell(v)]);
}

/** The first failure or incoming error among already-coerced arguments, if any. */
export function firstProblem(...xs: unknown[]): CalcFailure | CustomFunctions.Error | null {
  for (const x of xs) {
    if (isFailure(x)) return x;
    if (isIncomingError(x)) return x as CustomFunctions.Error;
  }
  return null;
}

/** True when every value is blank as Excel hands it. Used to leave all-blank rows of a range blank. */
export function allBlank(cells: readonly unknown[]): boolean {
  for (const c of cells)
    if (!(c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) return false;
  return true;
}

/**
 * A per-row argument next to `n` rows of months: a single value for every row, or a column of n.
 * Returns a reader by row, or #VALUE! when the column has another length.
 */
export function perRow(x: unknown, n: number, what: string): ((i: number) => unknown) | CalcFailure {
  if (!Array.isArray(x)) return () => x;
  const rows = x as unknown[][];
  const cell = (r: unknown[] | unknown): unknown => (Array.isArray(r) ? r[0] : r);
  if (rows.length === 1 && (!Array.isArray(rows[0]) || rows[0].length <= 1)) {
    const v = cell(rows[0]);
    return () => v;
  }
  if (rows.length === n && rows.every((r) => !Array.isArray(r) || r.length <= 1)) return (i) => cell(rows[i]);
  return fail("value", "shape-mismatch", {
    a: `${n}x1`,
    b: `${rows.length}x${Array.isArray(rows[0]) ? rows[0].length : 1} (${what})`,
  });
}
