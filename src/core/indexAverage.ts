/**
 * The average index of a period against the same period of the previous year, as the statistics office
 * computes it (DOMAIN.md, "What real published reports do"): the geometric mean of the monthly indices
 * against the same month a year earlier,
 *
 *   I = (I_1 × I_2 × … × I_M)^(1/M),   I_m = this year's month m / last year's month m.
 *
 * The months may be held two ways, which the data must declare (docs/data-layout.md):
 * - "fixed": index numbers on a fixed base (CPI 2009 = 100), so I_m = current[m] / previous[m];
 * - "same-month": the published index against the same month of last year (103,37), so I_m = current[m] / 100.
 * A ratio of simple averages of fixed-base numbers differs from this in the second decimal in some years.
 */
import { fail } from "./failure";
import type { CalcFailure, MonthValue } from "./types";

/** How a row of monthly index numbers is based. */
export type IndexBasis = "fixed" | "same-month";

/**
 * The monthly indices against the same month a year earlier, as ratios (1.0337 for 103,37), for months
 * `first`..`through`. A missing month (in either year) or a base that is not positive is #N/A naming it.
 */
export function sameMonthRatios(
  current: readonly MonthValue[],
  previous: readonly MonthValue[] | null,
  first: number,
  through: number,
  basis: IndexBasis,
): number[] | CalcFailure {
  if (!Number.isInteger(through) || through < 1 || through > 12)
    return fail("value", "month-range", { value: through });
  if (!Number.isInteger(first) || first < 1 || first > through) return fail("value", "month-range", { value: first });
  const out: number[] = [];
  for (let m = first; m <= through; m++) {
    const c = current[m - 1];
    if (typeof c !== "number") return fail("na", "missing", { what: `T${m}` });
    if (basis === "same-month") {
      if (!(c > 0)) return fail("value", "not-positive-index", { what: `T${m}` });
      out.push(c / 100);
      continue;
    }
    if (previous === null) return fail("na", "missing", { what: "last-year-months" });
    const p = previous[m - 1];
    if (typeof p !== "number") return fail("na", "missing", { what: `T${m} (last year)` });
    if (!(p > 0) || !(c > 0)) return fail("value", "not-positive-index", { what: `T${m}` });
    out.push(c / p);
  }
  return out;
}

/** The geometric mean of positive ratios (through logarithms, so twelve factors never overflow). */
export function geometricMean(ratios: readonly number[]): number {
  if (ratios.length === 0) throw new Error("geometricMean of no ratios");
  let s = 0;
  for (const r of ratios) s += Math.log(r);
  return Math.exp(s / ratios.length);
}

/**
 * The average index of months `first`..`through` against the same months a year earlier, as a ratio
 * (1.0315 for "tăng 3,15%"). `first` is 1 for the year to date, 7 for quý III through 9.
 */
export function periodAverageIndex(
  current: readonly MonthValue[],
  previous: readonly MonthValue[] | null,
  through: number,
  basis: IndexBasis,
  first = 1,
): number | CalcFailure {
  const ratios = sameMonthRatios(current, previous, first, through, basis);
  if (!Array.isArray(ratios)) return ratios;
  return geometricMean(ratios);
}
