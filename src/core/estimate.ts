import { fail } from "./failure";
import type { CalcFailure, EstimateMethod, Kind, MonthValue } from "./types";

/** Input of estimateYear(): one indicator's months of this year (and last year's, for "seasonal"). */
export interface EstimateInput {
  kind: Kind;
  /** T1..T12 of this year; null is missing. Months after `through` are ignored. */
  months: readonly MonthValue[];
  /** The last month of the period, 1..12. */
  through: number;
  method: EstimateMethod;
  /** T1..T12 of last year, needed by "seasonal" for a flow. */
  lastYearMonths?: readonly MonthValue[];
  /** How many of the latest known months "recent" averages (default 3). */
  recentMonths?: number;
  /** A published year-to-date figure (lũy kế) that overrides the sum (flow) or average (index). */
  ytdOverride?: number | null;
  /**
   * An index of the same month of last year (bình quân (cùng kỳ)): the year's average on the previous year is
   * the geometric mean of the months, as the statistics office computes it (src/core/indexAverage.ts).
   */
  geometric?: boolean;
}

function validMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

function finite(x: number, what: string): number | CalcFailure {
  return Number.isFinite(x) ? x : fail("num", "not-finite", { what });
}

/**
 * The whole-year estimate (ước thực hiện năm) of one indicator from its monthly figures.
 * - flow: a year total. runrate = average known month × 12 (= YTD × 12 / M when no month is
 *   missing); seasonal = YTD × LY total / LY over the same known months; recent = YTD +
 *   (12 − M) × average of the last k known months; manual = runrate (the officer edits it).
 * - index: the year average, the months after M carried forward at the latest month
 *   ("recent": at the average of the last k months).
 * - level: the latest known value.
 * Missing months are skipped, never read as zero.
 */
export function estimateYear(a: EstimateInput): number | CalcFailure {
  const { kind, months, through, method } = a;
  if (!validMonth(through)) return fail("value", "month-range", { value: through });
  const k = a.recentMonths ?? 3;
  if (!Number.isInteger(k) || k < 1 || k > 12) return fail("value", "month-range", { value: k });
  const known: { m: number; v: number }[] = [];
  for (let m = 1; m <= through; m++) {
    const v = months[m - 1];
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return fail("num", "not-finite", { what: `T${m}` });
      known.push({ m, v });
    }
  }
  const override = typeof a.ytdOverride === "number" ? a.ytdOverride : null;
  if (override !== null && !Number.isFinite(override)) return fail("num", "not-finite", { what: "YTD" });
  if (known.length === 0 && (override === null || kind === "level")) return fail("na", "no-months", { month: through });
  const latest = known.length > 0 ? (known[known.length - 1] as { v: number }).v : (override as number);
  const recentAvg = (): number => {
    const last = known.slice(-k);
    return last.reduce((s, x) => s + x.v, 0) / last.length;
  };
  const left = 12 - through;

  if (kind === "level") return latest;

  if (kind === "index") {
    const carry = method === "recent" && known.length > 0 ? recentAvg() : latest;
    if (a.geometric) {
      // The carried months join the known ones in one geometric mean (the published lũy kế counts for M months).
      const logs = override !== null ? through * Math.log(override) : known.reduce((s, x) => s + Math.log(x.v), 0);
      const n = override !== null ? through : known.length;
      return finite(Math.exp((logs + left * Math.log(carry)) / (n + left)), "estimate");
    }
    if (override !== null) return finite((override * through + carry * left) / 12, "estimate");
    const sum = known.reduce((s, x) => s + x.v, 0);
    return finite((sum + carry * left) / (known.length + left), "estimate");
  }

  // flow
  const ytd = override ?? known.reduce((s, x) => s + x.v, 0);
  const countedMonths = override !== null ? through : known.length;
  switch (method) {
    case "runrate":
    case "manual":
      return finite((ytd * 12) / countedMonths, "estimate");
    case "recent":
      if (known.length === 0) return finite((ytd * 12) / countedMonths, "estimate");
      return finite(ytd + left * recentAvg(), "estimate");
    // "auto" without past years to test is seasonal (src/core/estimateChosen.ts chooses when it has them).
    case "seasonal":
    case "auto": {
      const ly = a.lastYearMonths;
      if (!ly) return fail("na", "needs-last-year", { what: "T1..T12" });
      let lyTotal = 0;
      for (let m = 1; m <= 12; m++) {
        const v = ly[m - 1];
        if (typeof v !== "number") return fail("na", "needs-last-year", { what: `T${m}` });
        if (!Number.isFinite(v)) return fail("num", "not-finite", { what: `T${m}` });
        lyTotal += v;
      }
      // Compare like with like: last year over the months this year has (all M with an override).
      let lyYtd = 0;
      if (override !== null) for (let m = 1; m <= through; m++) lyYtd += ly[m - 1] as number;
      else for (const x of known) lyYtd += ly[x.m - 1] as number;
      if (lyYtd === 0) return fail("div0", "zero-last-year-ytd");
      return finite((ytd * lyTotal) / lyYtd, "estimate");
    }
    default:
      return fail("value", "unknown-method", { value: String(method) });
  }
}

/**
 * The year-end estimate of a flow from cumulative figures: runrate = YTD × 12 / M;
 * seasonal = YTD × last year's total / last year's YTD. Default: seasonal when both last-year
 * figures are given, otherwise runrate.
 */
export function estimateFromYtd(
  ytd: number,
  month: number,
  lastYearYtd?: number | null,
  lastYearTotal?: number | null,
  method?: "runrate" | "seasonal",
): number | CalcFailure {
  if (!Number.isFinite(ytd)) return fail("num", "not-finite", { what: "YTD" });
  if (!validMonth(month)) return fail("value", "month-range", { value: month });
  const hasLy = typeof lastYearYtd === "number" && typeof lastYearTotal === "number";
  const m = method ?? (hasLy ? "seasonal" : "runrate");
  if (m === "runrate") return finite((ytd * 12) / month, "estimate");
  if (m !== "seasonal") return fail("value", "unknown-method", { value: String(m) });
  if (typeof lastYearYtd !== "number") return fail("na", "needs-last-year", { what: "last_year_ytd" });
  if (typeof lastYearTotal !== "number") return fail("na", "needs-last-year", { what: "last_year_total" });
  if (!Number.isFinite(lastYearYtd)) return fail("num", "not-finite", { what: "last_year_ytd" });
  if (!Number.isFinite(lastYearTotal)) return fail("num", "not-finite", { what: "last_year_total" });
  if (lastYearYtd === 0) return fail("div0", "zero-last-year-ytd");
  return finite((ytd * lastYearTotal) / lastYearYtd, "estimate");
}
