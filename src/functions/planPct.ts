import { planPct } from "../core/plan";
import { num, optBool, runCells, type CellFunction } from "./lib/runner";

/**
 * Percent of the plan achieved, as a fraction (0.61 = 61%; format the cell as %). Example: =CT.PLANPCT(F5;E5)
 * @customfunction PLANPCT
 * @param {any[][]} actual The result so far or the estimate, a cell or a range (e.g. 21000 tỷ đồng).
 * @param {any[][]} plan The annual plan (kế hoạch), same unit, a cell or a range (e.g. 34500). Must not be 0.
 * @param {any[][]} [lower_is_better] TRUE for a ceiling target (CPI under 7%): achievement is plan / actual. FALSE when left out.
 * @returns {any[][]} actual / plan (or plan / actual for a ceiling target): 1 = plan met, above 1 = above plan.
 */
export function PLANPCT(actual: any[][], plan: any[][], lower_is_better?: any[][]): any[][] {
  return runCells(PLANPCT_SPEC, [actual, plan, lower_is_better]);
}

export const PLANPCT_SPEC: CellFunction = {
  params: [num("actual"), num("plan"), optBool("lower_is_better")],
  blankWhen: [0, 1],
  body: ([a, p, lower]) => planPct(a as number, p as number, lower === true),
  fast2: (a, p) => planPct(a, p),
};
