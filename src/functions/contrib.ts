import { toNumber } from "../core/coerce";
import { contribution } from "../core/contrib";
import { allBlank, firstProblem, spill } from "./lib/cells";

/**
 * Points of growth a part contributed to the whole, as a fraction (0.012 = 1.2 percentage points; format as %). Example: =CT.CONTRIB(C6;D6;D5)
 * @customfunction CONTRIB
 * @param {any[][]} part_now The part this period (e.g. processing industry, 9 months 2013: 18500).
 * @param {any[][]} part_before The part in the same period a year earlier (e.g. 17600).
 * @param {any[][]} total_before The whole in the same period a year earlier (e.g. all industry: 19962). Must not be 0.
 * @returns {any[][]} (part_now − part_before) / total_before; the parts add up to the whole's growth.
 */
export function CONTRIB(part_now: any[][], part_before: any[][], total_before: any[][]): any[][] {
  return spill([part_now, part_before, total_before], (x) => {
    const n = x[0],
      b = x[1],
      t = x[2];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof n === "number" && typeof b === "number" && typeof t === "number") return contribution(n, b, t);
    if (allBlank([n, b])) return "";
    const now = toNumber(n, "part_now");
    const before = toNumber(b, "part_before");
    const total = toNumber(t, "total_before");
    return firstProblem(now, before, total) ?? contribution(now as number, before as number, total as number);
  });
}
