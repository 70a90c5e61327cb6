import { isBlank, toNumber, toOptionalText } from "../core/coerce";
import { estimateFromYtd } from "../core/estimate";
import { fail } from "../core/failure";
import { parseMethod } from "../core/options";
import { allBlank, firstProblem, spill } from "./lib/cells";

/**
 * Year-end estimate of a cumulative figure (ước thực hiện năm), in its unit. Example: =CT.PROJECT(F5;9;G5;H5)
 * @customfunction PROJECT
 * @param {any[][]} ytd The result from January to the month (lũy kế), a cell or a range (e.g. 21000).
 * @param {any[][]} month The last month counted in ytd, 1 to 12 (e.g. 9).
 * @param {any[][]} [last_year_ytd] Last year's result over the same months (e.g. 19962).
 * @param {any[][]} [last_year_total] Last year's whole-year result (e.g. 27500).
 * @param {any[][]} [method] "seasonal" (last year's shape; the default when last year is given) or "runrate" (ytd × 12 / month).
 * @returns {any[][]} The whole-year estimate: ytd × last_year_total / last_year_ytd, or ytd × 12 / month.
 */
export function PROJECT(
  ytd: any[][],
  month: any[][],
  last_year_ytd?: any[][],
  last_year_total?: any[][],
  method?: any[][],
): any[][] {
  const lyGiven = last_year_ytd != null && last_year_total != null;
  return spill([ytd, month, last_year_ytd ?? null, last_year_total ?? null, method ?? null], (x) => {
    const y = x[0],
      m = x[1],
      ly = x[2],
      lt = x[3],
      me = x[4];
    if (isBlank(y)) return allBlank([y, ly, lt]) ? "" : toNumber(y, "ytd");
    const yy = toNumber(y, "ytd");
    const mm = toNumber(m, "month");
    const text = toOptionalText(me, "method");
    const p0 = firstProblem(yy, mm, text);
    if (p0) return p0;
    const how = parseMethod(text as string | null, lyGiven ? "seasonal" : "runrate");
    if (typeof how !== "string") return how;
    if (how === "recent") return fail("value", "needs-months");
    const chosen = how === "manual" ? "runrate" : how;
    if (chosen === "runrate") return estimateFromYtd(yy as number, mm as number, null, null, "runrate");
    const lyy = toNumber(ly, "last_year_ytd");
    const lyt = toNumber(lt, "last_year_total");
    return (
      firstProblem(lyy, lyt) ?? estimateFromYtd(yy as number, mm as number, lyy as number, lyt as number, "seasonal")
    );
  });
}
