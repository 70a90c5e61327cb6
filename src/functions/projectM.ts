import { toOptionalBoolean } from "../core/coerce";
import { fail } from "../core/failure";
import { toExcelError } from "../excel/errors";
import { column, toExcelCell } from "./lib/cells";
import { projectRows, readPastYears } from "./lib/projectRows";

/**
 * Year-end estimate from the monthly rows (ước thực hiện năm): a year total for a flow, the year average for an index, the latest value for a level. Example: =CT.PROJECTM(H5:S5;H4:S4)
 * @customfunction PROJECTM
 * @param {any[][]} this_year_months T1..T12 of this year in a row (or several rows: one estimate per row). Blank = not reported yet.
 * @param {any[][]} [last_year_months] T1..T12 of last year, same rows; needed by "seasonal".
 * @param {any[][]} [kind] "flow" / "cộng dồn" (the default), "index" / "bình quân" or "level" / "cuối kỳ".
 * @param {any[][]} [method] "seasonal" (last year's shape; the default when last year is given), "runrate" (average month × 12), "recent" (last 3 months' average for the months left) or "auto" / "tự động" (the method that did best on past_years).
 * @param {any[][]} [through_month] The last month with data to use, 1 to 12; when left out, the last month with data.
 * @param {any[][]} [past_years] T1..T12 of the years before this one, one row a year, oldest first, the last row last year; "auto" tests every method on them (3 years or more) and keeps the best.
 * @param {any[][]} [details] TRUE: spill the estimate, the method used and its mean past error (a fraction) in 3 cells.
 * @returns {any[][]} One whole-year estimate per row, in the indicator's unit.
 */
export function PROJECTM(
  this_year_months: any[][],
  last_year_months?: any[][],
  kind?: any[][],
  method?: any[][],
  through_month?: any[][],
  past_years?: any[][],
  details?: any[][],
): any[][] {
  const wantDetails = toOptionalBoolean(details == null ? null : details[0]?.[0], "details");
  if (typeof wantDetails !== "boolean") return [[toExcelCell(wantDetails)]];
  const past = past_years == null ? null : readPastYears(past_years);
  if (past !== null && !Array.isArray(past)) return [[toExcelCell(past)]];
  const out = projectRows({ this_year_months, last_year_months, kind, method, through_month, past });
  if (!Array.isArray(out)) return [[toExcelError(out)]];
  if (!wantDetails) return column(out.map((r) => r.value));
  if (out.length !== 1) return [[toExcelError(fail("value", "details-one-row", { rows: out.length }))]];
  const r = out[0] as (typeof out)[number];
  return [[toExcelCell(r.value), toExcelCell(r.method), toExcelCell(r.error)]];
}
