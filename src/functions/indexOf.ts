import { toNumber, toOptionalNumber } from "../core/coerce";
import { indexOf } from "../core/growth";
import { allBlank, firstProblem, spill, zip2 } from "./lib/cells";

/**
 * The comparison as an index, previous period = 100 (105.2 for +5.2%), as statistics offices print it. Example: =CT.INDEX(B5;C5)
 * @customfunction INDEX
 * @param {any[][]} current This period's figure, a cell or a range (e.g. 21000).
 * @param {any[][]} previous The same period a year earlier, a cell or a range of the same size (e.g. 19962). Must not be 0.
 * @param {any[][]} [base] The index of the previous period; 100 when left out.
 * @returns {any[][]} current / previous × base: 105.2 for +5.2%.
 */
export function INDEX(current: any[][], previous: any[][], base?: any[][]): any[][] {
  const fast = base == null ? zip2(current, previous, indexOf) : null;
  if (fast) return fast;
  return spill([current, previous, base ?? null], (x) => {
    const c = x[0],
      p = x[1],
      b = x[2];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof c === "number" && typeof p === "number" && (b == null || typeof b === "number"))
      return indexOf(c, p, b ?? 100);
    if (allBlank([c, p])) return "";
    const cur = toNumber(c, "current");
    const prev = toNumber(p, "previous");
    const bas = toOptionalNumber(b, "base");
    return firstProblem(cur, prev, bas) ?? indexOf(cur as number, prev as number, (bas as number | null) ?? 100);
  });
}
