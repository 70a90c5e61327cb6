import { toNumber } from "../core/coerce";
import { estimateFromYtd } from "../core/estimate";
import { fail } from "../core/failure";
import { parseMethod } from "../core/options";
import { firstProblem } from "./lib/cells";
import { num, optText, raw, runCells, type CellFunction } from "./lib/runner";

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
  return runCells(projectSpec(last_year_ytd != null && last_year_total != null), [
    ytd,
    month,
    last_year_ytd,
    last_year_total,
    method,
  ]);
}

/** Last year's figures are read only by the seasonal method, so they stay raw until it is chosen. */
function projectSpec(lastYearGiven: boolean): CellFunction {
  return {
    params: [num("ytd"), num("month"), raw("last_year_ytd"), raw("last_year_total"), optText("method")],
    blankWhen: [0, 2, 3],
    body: ([y, m, ly, lt, text]) => {
      const how = parseMethod(text as string | null, lastYearGiven ? "seasonal" : "runrate");
      if (typeof how !== "string") return how;
      if (how === "recent") return fail("value", "needs-months");
      if (how !== "seasonal") return estimateFromYtd(y as number, m as number, null, null, "runrate");
      const lyy = toNumber(ly, "last_year_ytd");
      const lyt = toNumber(lt, "last_year_total");
      return (
        firstProblem(lyy, lyt) ?? estimateFromYtd(y as number, m as number, lyy as number, lyt as number, "seasonal")
      );
    },
  };
}

export const PROJECT_SPEC: CellFunction = projectSpec(true);
