import { isBlank, toNumber, toOptionalBoolean } from "../core/coerce";
import { fail } from "../core/failure";
import { planPct } from "../core/plan";
import { parsePlanText, planFigure } from "../core/planTarget";
import { savedNumberStyle } from "../excel/settings";
import { num, runCells, type CellFunction, type Param } from "./lib/runner";

/**
 * Percent of the plan achieved, as a fraction (0.61 = 61%; format the cell as %). Example: =CT.PLANPCT(F5;E5)
 * @customfunction PLANPCT
 * @param {any[][]} actual The result so far or the estimate, a cell or a range (e.g. 21000 tỷ đồng).
 * @param {any[][]} plan The annual plan (kế hoạch), same unit, a cell or a range (e.g. 34500), or as written: "khoảng 34.500", "tối thiểu 34.500", "không quá 7", read in the number style saved for the report. Must not be 0.
 * @param {any[][]} [lower_is_better] TRUE for a ceiling target (CPI under 7%): achievement is plan / actual. Left out: TRUE for a plan written "dưới" / "không quá", else FALSE.
 * @returns {any[][]} actual / plan (or plan / actual for a ceiling target): 1 = plan met, above 1 = above plan.
 */
export function PLANPCT(actual: any[][], plan: any[][], lower_is_better?: any[][]): any[][] {
  return runCells(PLANPCT_SPEC, [actual, plan, lower_is_better]);
}

/** A plan cell: a number, or a plan as written read by the report's own parser (its figure and whether it is a ceiling). */
const planParam: Param = {
  name: "plan",
  type: (x, name) => {
    if (typeof x !== "string" || isBlank(x)) return toNumber(x, name);
    // The workbook's number style as saved for the report (src/excel/settings.ts): one reading on every face.
    const p = parsePlanText(x, savedNumberStyle());
    // A plain number typed as text stays text, as for every CT function: a dot or a comma changes it a thousandfold.
    if (p === null) return fail("value", "plan-unreadable", { text: x.trim() });
    if (p.type === "number") return toNumber(x, name);
    const figure = planFigure(p);
    if (figure === null) return fail("value", "plan-no-figure", { text: x.trim() });
    return { figure, ceiling: p.type === "below" };
  },
};
/** Blank stays undecided (null): the plan's own words decide. */
const lowerParam: Param = {
  name: "lower_is_better",
  type: (x, name) => (isBlank(x) ? null : toOptionalBoolean(x, name)),
};

export const PLANPCT_SPEC: CellFunction = {
  params: [num("actual"), planParam, lowerParam],
  blankWhen: [0, 1],
  body: ([a, p, lower]) => {
    const worded = typeof p === "object" && p !== null ? (p as { figure: number; ceiling: boolean }) : null;
    const figure = worded ? worded.figure : (p as number);
    const ceiling = lower === null ? worded?.ceiling === true : lower === true;
    return planPct(a as number, figure, ceiling);
  },
  fast2: (a, p) => planPct(a, p),
};
