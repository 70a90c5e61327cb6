/**
 * Broadcasting of Excel arguments, like Excel's own array arithmetic: every argument is a single
 * value or a 2-D range; a dimension of 1 stretches to match the others (a 1x1 against n x m, a
 * column against a range of the same rows, a row against a range of the same columns). Any other
 * difference in size is one #VALUE! with a message. Pure.
 */
import { fail } from "./failure";
import type { CalcFailure } from "./types";

export interface Dims {
  rows: number;
  cols: number;
}

/** True for a 2-D array as Excel hands a range (number[][] / any[][]). */
export function isMatrix(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.length > 0 && Array.isArray(x[0]);
}

/** Rows and columns of an argument: 1x1 for a single value (and for an omitted one). */
export function dims(x: unknown): Dims {
  // Excel hands rectangles: the first row gives the width (a shorter row in a hand-made array reads
  // as blank). Never Math.max(...rows): a spread of 500,000 rows overflows the call stack.
  if (isMatrix(x)) return { rows: x.length, cols: (x[0] as unknown[]).length };
  if (Array.isArray(x)) return { rows: 1, cols: x.length };
  return { rows: 1, cols: 1 };
}

function text(d: Dims): string {
  return `${d.rows}x${d.cols}`;
}

/** The common size of the arguments, or #VALUE! naming the two sizes that do not fit together. */
export function broadcastDims(args: readonly unknown[]): Dims | CalcFailure {
  let out: Dims = { rows: 1, cols: 1 };
  for (const a of args) {
    const d = dims(a);
    if (d.rows === 0 || d.cols === 0) continue;
    const rows = out.rows === 1 ? d.rows : d.rows === 1 || d.rows === out.rows ? out.rows : -1;
    const cols = out.cols === 1 ? d.cols : d.cols === 1 || d.cols === out.cols ? out.cols : -1;
    if (rows < 0 || cols < 0) return fail("value", "shape-mismatch", { a: text(out), b: text(d) });
    out = { rows, cols };
  }
  return out;
}

/** Rows of a range of monthly values: each row is T1..T12. A single column of up to 12 cells is one row. */
export function monthRows(x: unknown): unknown[][] {
  if (isMatrix(x)) {
    if (x.length > 1 && x.length <= 12 && x.every((r) => Array.isArray(r) && r.length === 1)) {
      return [x.map((r) => (r as unknown[])[0])];
    }
    return x.map((r) => (Array.isArray(r) ? r : [r]));
  }
  if (Array.isArray(x)) return [x];
  return [[x]];
}
