import { isIncomingError, toOptionalMonth, toOptionalText } from "../core/coerce";
import { fail, isFailure } from "../core/failure";
import { parseIndexBasis } from "../core/indexBasis";
import { periodAverageIndex } from "../core/indexAverage";
import { lastMonthWithData, readMonthRow } from "../core/months";
import { monthRows } from "../core/shape";
import { toExcelError } from "../excel/errors";
import { allBlank, column, firstProblem, perRow } from "./lib/cells";

/**
 * Average index of the period on the same period last year, as statistics offices compute it: the geometric mean of the monthly indices on the same month a year earlier, base 100 (103.15 = +3.15%). Example: =CT.AVGINDEX(H6:S6;H5:S5;9)
 * @customfunction AVGINDEX
 * @param {any[][]} months This year's T1..T12 in a row (or rows: one result each): fixed-base indices (CPI 2019 = 100), or indices on the same month of last year (103.37) when last_year_months is left out.
 * @param {any[][]} [last_year_months] Last year's T1..T12 on the same fixed base: one row, or one per row of months. Leave out when months are already on the same month of last year.
 * @param {any[][]} [through_month] The last month of the period, 1 to 12; when left out, the last month with data.
 * @param {any[][]} [basis] "fixed" / "gốc cố định" (the default with last_year_months) or "same-month" / "cùng kỳ" (required without them).
 * @returns {any[][]} One index per row, previous period = 100: (Π I_m)^(1/M) × 100.
 */
export function AVGINDEX(
  months: any[][],
  last_year_months?: any[][],
  through_month?: any[][],
  basis?: any[][],
): any[][] {
  const rows = monthRows(months);
  const lastRows = last_year_months == null ? null : monthRows(last_year_months);
  // Last year may be one row for every row, or one row per row.
  if (lastRows !== null && lastRows.length !== rows.length && lastRows.length !== 1)
    return [[toExcelError(fail("value", "shape-mismatch", { a: `${rows.length}`, b: `${lastRows.length}` }))]];
  const through = perRow(through_month ?? null, rows.length, "through_month");
  const bases = perRow(basis ?? null, rows.length, "basis");
  if (isFailure(through)) return [[toExcelError(through)]];
  if (isFailure(bases)) return [[toExcelError(bases)]];
  return column(
    rows.map((row, i) => {
      const lastRow = lastRows === null ? null : ((lastRows.length === 1 ? lastRows[0] : lastRows[i]) as unknown[]);
      if (allBlank(row) && (lastRow === null || allBlank(lastRow))) return "";
      const th = toOptionalMonth(through(i), "through_month");
      const bt = toOptionalText(bases(i), "basis");
      const m = readMonthRow(row);
      const p = lastRow === null ? null : readMonthRow(lastRow);
      const p0 = firstProblem(th, bt, m, p);
      if (p0) return p0;
      const b = parseIndexBasis(bt as string | null, lastRow !== null);
      if (isFailure(b)) return b;
      if (isIncomingError(m) || isIncomingError(p)) return "";
      const cur = m as (number | null)[];
      // Desktop Excel hands 0 for a blank cell: with no through_month, trailing zeros are not yet reported.
      const t = (th as number | null) ?? lastMonthWithData(cur, true);
      if (t === 0) return fail("na", "no-months", { month: 12 });
      const r = periodAverageIndex(cur, p as (number | null)[] | null, t, b);
      return typeof r === "number" ? r * 100 : r;
    }),
  );
}
