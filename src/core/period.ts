/**
 * The one rule for a period figure (DOMAIN.md, "Indicator kinds"), shared by CT.YTD, CT.PROJECTM and
 * the report: a flow sums months 1..through, an index averages them, a level takes its latest value
 * at or before `through`. A blank month inside the period of a flow or an index (a hole), or a period
 * past the last month with data, gives NO figure: never a sum or an average of fewer months.
 */
import { fail } from "./failure";
import type { CalcFailure, Kind, MonthValue } from "./types";

/** The largest number an Excel cell holds (Excel specifications and limits): beyond it is an overflow. */
export const EXCEL_MAX_NUMBER = 9.99999999999999e307;

/** True for a number Excel can hold and show: finite and within ±EXCEL_MAX_NUMBER. */
export function withinExcel(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x) <= EXCEL_MAX_NUMBER;
}

/** A period figure and the month it stands at (a level's latest month; `through` otherwise). */
export interface PeriodFigure {
  value: number;
  month: number;
}

/** Why a period has no figure: the months (1-based) that are blank, or whose sum overflows. */
export interface PeriodGap {
  failure: CalcFailure;
  reason: "missing" | "overflow" | "range";
  months: number[];
}

export type PeriodOutcome = PeriodFigure | PeriodGap;

export function isPeriodGap(x: PeriodOutcome): x is PeriodGap {
  return "failure" in x;
}

/** "T5" or "T5, T10, T11": the month cells a message names. */
export function monthNames(months: readonly number[]): string {
  return months.map((m) => `T${m}`).join(", ");
}

/**
 * The period figure of months first..through by kind (1..through: the year to date; 7..9: quý III), or why
 * there is none. Never reads a blank as zero: a quarter with a blank month is a hole, never a short sum. A
 * level takes its latest value at or before `through`, as for any period.
 */
export function periodFigure(months: readonly MonthValue[], through: number, kind: Kind, first = 1): PeriodOutcome {
  if (!Number.isInteger(through) || through < 1 || through > 12)
    return { failure: fail("value", "month-range", { value: through }), reason: "range", months: [] };
  if (!Number.isInteger(first) || first < 1 || first > through)
    return { failure: fail("value", "month-range", { value: first }), reason: "range", months: [] };
  if (kind === "level") {
    // A level is reported when it is counted (often each quarter): its latest value stands.
    for (let m = through; m >= 1; m--) {
      const v = months[m - 1];
      if (typeof v === "number") return withinExcel(v) ? { value: v, month: m } : overflow([m]);
    }
    return { failure: fail("na", "no-months", { month: through }), reason: "missing", months: [through] };
  }
  const missing: number[] = [];
  for (let m = first; m <= through; m++) if (typeof months[m - 1] !== "number") missing.push(m);
  if (missing.length > 0)
    return { failure: fail("na", "missing", { what: monthNames(missing) }), reason: "missing", months: missing };
  const values = months.slice(first - 1, through) as number[];
  const all = values.map((_, i) => first + i);
  if (kind === "flow") {
    let sum = 0;
    for (const v of values) sum += v;
    return withinExcel(sum) ? { value: sum, month: through } : overflow(all);
  }
  // An index averages: summing v / n keeps every partial sum within the largest month (no overflow).
  let mean = 0;
  for (const v of values) mean += v / values.length;
  return withinExcel(mean) ? { value: mean, month: through } : overflow(all);
}

function overflow(months: number[]): PeriodGap {
  return { failure: fail("value", "overflow", { what: monthNames(months) }), reason: "overflow", months };
}

/** The period figure as a cell result: the number, or the failure (#N/A naming the blank months). */
export function periodValue(months: readonly MonthValue[], through: number, kind: Kind): number | CalcFailure {
  const r = periodFigure(months, through, kind);
  return isPeriodGap(r) ? r.failure : r.value;
}
