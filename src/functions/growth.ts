import { toNumber } from "../core/coerce";
import { growth } from "../core/growth";
import { allBlank, firstProblem, spill, zip2 } from "./lib/cells";

/**
 * Growth on the same period, as a fraction (0.052 = 5.2%; format the cell as %). Example: =CT.GROWTH(B5;C5)
 * @customfunction GROWTH
 * @param {any[][]} current This period's figure, a cell or a range (e.g. 9 months of 2013: 21000).
 * @param {any[][]} previous The same period a year earlier, a cell or a range of the same size (e.g. 19962). Must not be 0.
 * @returns {any[][]} (current − previous) / |previous|: 0.052 for +5.2%. A range gives a range.
 */
export function GROWTH(current: any[][], previous: any[][]): any[][] {
  const fast = zip2(current, previous, growth);
  if (fast) return fast;
  return spill([current, previous], (x) => {
    const c = x[0],
      p = x[1];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof c === "number" && typeof p === "number") return growth(c, p);
    if (allBlank([c, p])) return "";
    const cur = toNumber(c, "current");
    const prev = toNumber(p, "previous");
    return firstProblem(cur, prev) ?? growth(cur as number, prev as number);
  });
}
