import { estimateYear } from "../core/estimate";
import { checkPeriod } from "../core/months";
import { parseKind, parseMethod } from "../core/options";
import { optText } from "./lib/runner";
import { runMonthRows, type MonthRowFunction } from "./lib/monthRows";

/**
 * Year-end estimate from the monthly rows (ước thực hiện năm): a year total for a flow, the year average for an index, the latest value for a level. Example: =CT.PROJECTM(H5:S5;H4:S4)
 * @customfunction PROJECTM
 * @param {any[][]} this_year_months T1..T12 of this year in a row (or several rows: one estimate per row). Blank = not reported yet.
 * @param {any[][]} [last_year_months] T1..T12 of last year, same rows; needed by "seasonal".
 * @param {any[][]} [kind] "flow" / "cộng dồn" (the default), "index" / "bình quân" or "level" / "cuối kỳ".
 * @param {any[][]} [method] "seasonal" (last year's shape; the default when last year is given), "runrate" (average month × 12) or "recent" (last 3 months' average for the months left).
 * @param {any[][]} [through_month] The last month with data to use, 1 to 12; when left out, the last month with data.
 * @returns {any[][]} One whole-year estimate per row, in the indicator's unit.
 */
export function PROJECTM(
  this_year_months: any[][],
  last_year_months?: any[][],
  kind?: any[][],
  method?: any[][],
  through_month?: any[][],
): any[][] {
  return runMonthRows(PROJECTM_SPEC, {
    months: this_year_months,
    lastYear: last_year_months,
    through: through_month,
    args: [kind, method],
  });
}

/** The estimate of months 1..through (src/core/estimate.ts), once the period has every month it needs. */
export const PROJECTM_SPEC: MonthRowFunction = {
  blankWhen: "months",
  params: [optText("kind"), optText("method")],
  kind: ([kind]) => parseKind(kind as string | null),
  body: (row, [, method]) => {
    const ly = row.lastYear ?? undefined;
    const how = parseMethod(method as string | null, ly && row.kind === "flow" ? "seasonal" : "runrate");
    if (typeof how !== "string") return how;
    const input = { kind: row.kind, months: row.months, through: row.through, method: how, lastYearMonths: ly };
    return checkPeriod(row.months, row.through, row.kind) ?? estimateYear(input);
  },
};
