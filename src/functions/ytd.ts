import { parseKind } from "../core/options";
import { periodValue } from "../core/period";
import { optText } from "./lib/runner";
import { runMonthRows, type MonthRowFunction } from "./lib/monthRows";

/**
 * The period figure of a row of monthly values, by kind: a flow sums, an index averages, a level takes the last month. Example: =CT.YTD(H5:S5;9;"cộng dồn")
 * @customfunction YTD
 * @param {any[][]} months T1..T12 of one indicator in a row (or several rows: one result per row). Blank = not reported yet.
 * @param {any[][]} [through_month] The last month of the period, 1 to 12; when left out, the last month with data.
 * @param {any[][]} [kind] "flow" / "cộng dồn" (sum, the default), "index" / "bình quân" (average) or "level" / "cuối kỳ" (last).
 * @returns {any[][]} One figure per row: the sum, the average or the last value of months 1..through_month.
 */
export function YTD(months: any[][], through_month?: any[][], kind?: any[][]): any[][] {
  return runMonthRows(YTD_SPEC, { months, through: through_month, args: [kind] });
}

/** The one period rule (src/core/period.ts), as the report uses it: a blank month inside the period is #N/A. */
export const YTD_SPEC: MonthRowFunction = {
  blankWhen: "months",
  params: [optText("kind")],
  kind: ([kind]) => parseKind(kind as string | null),
  body: (row) => periodValue(row.months, row.through, row.kind),
};
