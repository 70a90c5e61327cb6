/**
 * Method `auto` (tự động): the year's estimate by the candidate method that did best on the indicator's
 * own past years (docs/estimate.md).
 *
 * 1. Past years with a month missing (incomplete) or marked revised are left out and named; so is a year
 *    whose year before is not a usable whole year (a flow's methods need it: "no-year-before").
 * 2. Each usable past year Y is estimated from its months 1..M (M = this report's month) and the usable
 *    years just before it, by every candidate (src/core/estimateCandidates.ts), and compared with Y's
 *    whole-year figure: the absolute error as a share of it.
 * 3. Every candidate is scored over the same years: a year where one candidate cannot be computed (Holt-Winters
 *    needs 2 years before it) is dropped and named ("short-history") while at least 3 years stay; otherwise
 *    that candidate is dropped.
 * 4. A break year (every candidate erred more than 3 times its own median error, as 2020–2021 did) is
 *    left out and named.
 * 5. The candidate with the smallest mean absolute error wins (ties: the order of CANDIDATES).
 * With fewer than 3 years left the answer is a fallback, said with its reason: the caller uses seasonal,
 * exactly as without `auto`.
 */
import { candidateEstimate, CANDIDATES, yearFigure } from "./estimateCandidates";
import type { Candidate } from "./estimateCandidates";
import type { MonthValue } from "./types";

/** One past year of an indicator's months. */
export interface PastYear {
  year: number;
  /** T1..T12; null is missing. */
  months: readonly MonthValue[];
  /** The year's figures were revised after they were first published: left out of the back-test. */
  revised?: boolean;
}

export interface AutoInput {
  kind: "flow" | "index";
  /** This year, and its months T1..T12 (only 1..through are read). */
  year: number;
  months: readonly MonthValue[];
  through: number;
  /** Past years in any order; only years before `year` count. */
  pastYears: readonly PastYear[];
  /** For an index: the geometric average (default) or the arithmetic one. */
  geometric?: boolean;
}

/** Why a past year is not in the back-test. */
export type LeftOutReason = "incomplete" | "revised" | "no-year-before" | "short-history" | "break";

export interface LeftOut {
  year: number;
  reason: LeftOutReason;
}

/** The method chosen, its estimate and the mean absolute error (a fraction) it had over `years`. */
export interface AutoChoice {
  chosen: true;
  method: Candidate;
  estimate: number;
  error: number;
  years: number[];
  /** Every candidate's mean absolute error over the same years. */
  errors: Partial<Record<Candidate, number>>;
  leftOut: LeftOut[];
}

/** Too few years to choose: seasonal as without `auto`; `years` is how many past years could be tested. */
export interface AutoFallback {
  chosen: false;
  reason: "few-years" | "this-year-incomplete";
  years: number[];
  leftOut: LeftOut[];
}

export const MIN_BACKTEST_YEARS = 3;
const BREAK_FACTOR = 3;

function wholeYear(months: readonly MonthValue[], kind: "flow" | "index"): number[] | null {
  const out: number[] = [];
  for (let m = 0; m < 12; m++) {
    const v = months[m];
    if (typeof v !== "number" || !Number.isFinite(v) || (kind === "index" && v <= 0)) return null;
    out.push(v);
  }
  return out;
}

function monthsThrough(months: readonly MonthValue[], through: number): number[] | null {
  const out: number[] = [];
  for (let m = 0; m < through; m++) {
    const v = months[m];
    if (typeof v !== "number" || !Number.isFinite(v)) return null;
    out.push(v);
  }
  return out;
}

/** The usable years, and the past years left out for holes or revisions. */
function usableYears(a: AutoInput): { good: Map<number, number[]>; leftOut: LeftOut[] } {
  const good = new Map<number, number[]>();
  const leftOut: LeftOut[] = [];
  const past = [...a.pastYears].filter((p) => p.year < a.year).sort((x, y) => x.year - y.year);
  for (const p of past) {
    const months = wholeYear(p.months, a.kind);
    if (months === null) leftOut.push({ year: p.year, reason: "incomplete" });
    else if (p.revised) leftOut.push({ year: p.year, reason: "revised" });
    else good.set(p.year, months);
  }
  return { good, leftOut };
}

/** The usable years just before `year`, oldest first (the run stops at the first gap). */
function historyBefore(good: Map<number, number[]>, year: number): number[][] {
  const run: number[][] = [];
  for (let y = year - 1; good.has(y); y--) run.unshift(good.get(y) as number[]);
  return run;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

type ErrorTable = Map<Candidate, Map<number, number>>;

/** Each candidate's absolute error share on each testable past year (a missing entry: not computable). */
function backTest(a: AutoInput, good: Map<number, number[]>, tested: number[], candidates: Candidate[]): ErrorTable {
  const table: ErrorTable = new Map(candidates.map((c) => [c, new Map<number, number>()]));
  for (const y of tested) {
    const months = good.get(y) as number[];
    const actual = yearFigure(a.kind, months, a.geometric ?? true);
    const input = {
      kind: a.kind,
      months: months.slice(0, a.through),
      history: historyBefore(good, y),
      geometric: a.geometric,
    };
    for (const c of candidates) {
      const e = candidateEstimate(c, input);
      if (e !== null && actual !== 0) table.get(c)?.set(y, Math.abs(e - actual) / Math.abs(actual));
    }
  }
  return table;
}

/** The candidates and years compared: all candidates on the years they share, while 3 years stay. */
function sameYears(table: ErrorTable, tested: number[]): { candidates: Candidate[]; years: number[] } {
  let candidates = [...table.keys()];
  const shared = (cs: Candidate[]): number[] => tested.filter((y) => cs.every((c) => table.get(c)?.has(y)));
  while (candidates.length > 1 && shared(candidates).length < MIN_BACKTEST_YEARS) {
    const fewest = candidates.reduce((w, c) => ((table.get(c)?.size ?? 0) < (table.get(w)?.size ?? 0) ? c : w));
    candidates = candidates.filter((c) => c !== fewest);
  }
  return { candidates, years: shared(candidates) };
}

/** Years where every candidate erred more than BREAK_FACTOR times its own median error. */
function breakYears(table: ErrorTable, candidates: Candidate[], years: number[]): number[] {
  const medians = new Map(candidates.map((c) => [c, median(years.map((y) => table.get(c)?.get(y) as number))]));
  return years.filter((y) =>
    candidates.every((c) => (table.get(c)?.get(y) as number) > BREAK_FACTOR * (medians.get(c) as number)),
  );
}

/** The `auto` choice for one indicator, or the reason it falls back to seasonal. */
export function chooseEstimate(a: AutoInput): AutoChoice | AutoFallback {
  const { good, leftOut } = usableYears(a);
  const thisMonths = monthsThrough(a.months, a.through);
  if (thisMonths === null) return { chosen: false, reason: "this-year-incomplete", years: [], leftOut };
  const need = a.kind === "flow" ? 1 : 0;
  const tested: number[] = [];
  for (const y of good.keys()) {
    if (historyBefore(good, y).length >= need) tested.push(y);
    else leftOut.push({ year: y, reason: "no-year-before" });
  }
  const now = { kind: a.kind, months: thisMonths, history: historyBefore(good, a.year), geometric: a.geometric };
  const estimates = new Map<Candidate, number>();
  for (const c of CANDIDATES[a.kind]) {
    const e = candidateEstimate(c, now);
    if (e !== null) estimates.set(c, e);
  }
  const table = backTest(a, good, tested, [...estimates.keys()]);
  const { candidates, years: compared } = sameYears(table, tested);
  for (const y of tested) if (!compared.includes(y)) leftOut.push({ year: y, reason: "short-history" });
  const breaks = candidates.length > 0 ? breakYears(table, candidates, compared) : [];
  for (const y of breaks) leftOut.push({ year: y, reason: "break" });
  const years = compared.filter((y) => !breaks.includes(y));
  leftOut.sort((x, y) => x.year - y.year);
  if (candidates.length === 0 || years.length < MIN_BACKTEST_YEARS)
    return { chosen: false, reason: "few-years", years, leftOut };
  const errors: Partial<Record<Candidate, number>> = {};
  for (const c of candidates) errors[c] = mean(years.map((y) => table.get(c)?.get(y) as number));
  const method = candidates.reduce((w, c) => ((errors[c] as number) < (errors[w] as number) ? c : w));
  return {
    chosen: true,
    method,
    estimate: estimates.get(method) as number,
    error: errors[method] as number,
    years,
    errors,
    leftOut,
  };
}
