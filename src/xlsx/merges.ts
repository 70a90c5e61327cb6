/**
 * Merged areas at a cost in proportion to the file: copies of one merge count once, a merge that
 * overlaps an earlier one is dropped (Excel refuses such a file and repairs it by dropping them), and
 * hiding the covered cells visits only cells that hold a value.
 */
import type { SheetRect as Rect } from "../core/sheetValues";

const COLS = 16384;

/**
 * The highest row reached so far over a column span: a segment tree that raises a span to at least a
 * row (chmax) and asks a span's highest row, each in log(16,384) steps.
 */
class ReachTree {
  private readonly max = new Int32Array(2 * COLS * 2).fill(-1);
  private readonly tag = new Int32Array(2 * COLS * 2).fill(-1);

  raise(c1: number, c2: number, row: number, node = 1, lo = 0, hi = COLS - 1): void {
    if (c2 < lo || hi < c1) return;
    if (row > this.max[node]!) this.max[node] = row;
    if (c1 <= lo && hi <= c2) {
      if (row > this.tag[node]!) this.tag[node] = row;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.raise(c1, c2, row, 2 * node, lo, mid);
    this.raise(c1, c2, row, 2 * node + 1, mid + 1, hi);
  }

  highest(c1: number, c2: number, node = 1, lo = 0, hi = COLS - 1): number {
    if (c2 < lo || hi < c1) return -1;
    if (c1 <= lo && hi <= c2) return this.max[node]!;
    const mid = (lo + hi) >> 1;
    return Math.max(
      this.tag[node]!,
      this.highest(c1, c2, 2 * node, lo, mid),
      this.highest(c1, c2, 2 * node + 1, mid + 1, hi),
    );
  }
}

/** Each merge once, in file order; those overlapping an earlier-starting one set apart. */
export function uniqueMerges(all: Rect[]): { merges: Rect[]; overlapping: Rect[] } {
  const seen = new Set<string>();
  const unique: Rect[] = [];
  for (const m of all) {
    const key = `${m.r1},${m.c1},${m.r2},${m.c2}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  if (unique.length < 2) return { merges: unique, overlapping: [] };
  const order = unique.map((_m, i) => i).sort((a, b) => unique[a]!.r1 - unique[b]!.r1 || a - b);
  const tree = new ReachTree();
  const dropped = new Set<number>();
  for (const i of order) {
    const m = unique[i]!;
    // Any kept merge starting at or above this one and reaching its first row overlaps it.
    if (tree.highest(m.c1, m.c2) >= m.r1) dropped.add(i);
    else tree.raise(m.c1, m.c2, m.r2);
  }
  return {
    merges: unique.filter((_m, i) => !dropped.has(i)),
    overlapping: unique.filter((_m, i) => dropped.has(i)),
  };
}

/** The rows that hold something, ascending (a sparse array's keys). */
function presentRows(values: unknown[][]): number[] {
  const rows: number[] = [];
  for (const k of Object.keys(values)) rows.push(Number(k));
  return rows;
}

/** Blank every cell a merge covers but its top-left one, visiting only cells that hold a value. */
export function blankMergedCells(values: unknown[][], merges: Rect[]): void {
  if (merges.length === 0) return;
  const rows = presentRows(values);
  for (const m of merges) {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]! < m.r1) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < rows.length && rows[k]! <= m.r2; k++) {
      const r = rows[k]!;
      const line = values[r]!;
      const end = Math.min(m.c2, line.length - 1);
      const blank = (c: number): void => {
        if ((r !== m.r1 || c !== m.c1) && line[c] !== undefined) delete line[c];
      };
      if (end - m.c1 < 64) for (let c = m.c1; c <= end; c++) blank(c);
      else for (const key of Object.keys(line)) if (Number(key) >= m.c1 && Number(key) <= end) blank(Number(key));
    }
  }
}
