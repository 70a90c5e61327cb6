import { isIncomingError, toOptionalMonth, toOptionalText } from "../core/coerce";
import { isFailure } from "../core/failure";
import { lastMonthWithData, readMonthRow } from "../core/months";
import { parseKind } from "../core/options";
import { periodValue } from "../core/period";
import { monthRows } from "../core/shape";
import { allBlank, column, firstProblem, perRow } from "./lib/cells";
import { toExcelError } from "../excel/errors";

/**
 * The period figure of a row of monthly values, by kind: a flow sums, an index averages, a level takes the last month. Example: =CT.YTD(H5:S5;9;"cộng dồn")
 * @customfunction YTD
 * @param {any[][]} months T1..T12 of one indicator in a row (or several rows: one result per row). Blank = not reported yet.
 * @param {any[][]} [through_month] The last month of the period, 1 to 12; when left out, the last month with data.
 * @param {any[][]} [kind] "flow" / "cộng dồn" (sum, the default), "index" / "bình quân" (average) or "level" / "cuối kỳ" (last).
 * @returns {any[][]} One figure per row: the sum, the average or the last value of months 1..through_month.
 */
export function YTD(months: any[][], through_month?: any[][], kind?: any[][]): any[][] {
  const rows = monthRows(months);
  const through = perRow(through_month ?? null, rows.length, "through_month");
  const kinds = perRow(kind ?? null, rows.length, "kind");
  if (isFailure(through)) return [[toExcelError(through)]];
  if (isFailure(kinds)) return [[toExcelError(kinds)]];
  return column(
    rows.map((row, i) => {
      if (allBlank(row)) return "";
      const th = toOptionalMonth(through(i), "through_month");
      const kt = toOptionalText(kinds(i), "kind");
      const m = readMonthRow(row);
      const p0 = firstProblem(th, kt);
      if (p0) return p0;
      if (isFailure(m) || isIncomingError(m)) return m;
      const k = parseKind(kt as string | null);
      if (typeof k !== "string") return k;
      // Desktop Excel hands 0 for a blank cell: with no through_month, trailing zeros are not yet reported.
      const t = (th as number | null) ?? lastMonthWithData(m, true);
      // The one period rule (src/core/period.ts), as the report uses it: a blank month inside the period is #N/A.
      return periodValue(m, t === 0 ? 12 : t, k);
    }),
  );
}
