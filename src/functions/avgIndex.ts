import { isFailure } from "../core/failure";
import { parseIndexBasis } from "../core/indexBasis";
import { periodAverageIndex } from "../core/indexAverage";
import { optText } from "./lib/runner";
import { runMonthRows, type MonthRowFunction } from "./lib/monthRows";

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
  return runMonthRows(AVGINDEX_SPEC, { months, lastYear: last_year_months, through: through_month, args: [basis] });
}

/** The geometric mean of the months' same-month ratios (src/core/indexAverage.ts), base 100. */
export const AVGINDEX_SPEC: MonthRowFunction = {
  blankWhen: "both",
  params: [optText("basis")],
  kind: () => "index",
  body: (row, [basis]) => {
    const b = parseIndexBasis(basis as string | null, row.lastYearGiven);
    if (isFailure(b)) return b;
    const r = periodAverageIndex(row.months, row.lastYear, row.through, b);
    return typeof r === "number" ? r * 100 : r;
  },
};
