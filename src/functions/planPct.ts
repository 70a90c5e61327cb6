import { toNumber, toOptionalBoolean } from "../core/coerce";
import { planPct } from "../core/plan";
import { allBlank, firstProblem, spill, zip2 } from "./lib/cells";

/**
 * Percent of the plan achieved, as a fraction (0.61 = 61%; format the cell as %). Example: =CT.PLANPCT(F5;E5)
 * @customfunction PLANPCT
 * @param {any[][]} actual The result so far or the estimate, a cell or a range (e.g. 21000 tỷ đồng).
 * @param {any[][]} plan The annual plan (kế hoạch), same unit, a cell or a range (e.g. 34500). Must not be 0.
 * @param {any[][]} [lower_is_better] TRUE for a ceiling target (CPI under 7%): achievement is plan / actual. FALSE when left out.
 * @returns {any[][]} actual / plan (or plan / actual for a ceiling target): 1 = plan met, above 1 = above plan.
 */
export function PLANPCT(actual: any[][], plan: any[][], lower_is_better?: any[][]): any[][] {
  const fast = lower_is_better == null ? zip2(actual, plan, planPct) : null;
  if (fast) return fast;
  return spill([actual, plan, lower_is_better ?? null], (x) => {
    const a = x[0],
      p = x[1],
      l = x[2];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof a === "number" && typeof p === "number" && (l == null || typeof l === "boolean"))
      return planPct(a, p, l === true);
    if (allBlank([a, p])) return "";
    const act = toNumber(a, "actual");
    const pl = toNumber(p, "plan");
    const lower = toOptionalBoolean(l, "lower_is_better");
    return firstProblem(act, pl, lower) ?? planPct(act as number, pl as number, lower as boolean);
  });
}
