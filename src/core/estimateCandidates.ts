/**
 * The candidate estimates of a whole year from its first M months and the whole years before it, the
 * methods `auto` chooses among (src/core/estimateAuto.ts). With YTD the sum of this year's months 1..M,
 * Y_j the total of past year j and Y_j(M) its months 1..M:
 *
 * flow (a year total):
 * - seasonal: YTD × Y_last / Y_last(M) (last year's share; estimateYear's "seasonal");
 * - seasonal3: YTD / mean over the last (up to) 3 years of Y_j(M) / Y_j (their average share);
 * - recent: YTD + (12 − M) × the average of the last 3 months;
 * - runrate: YTD × 12 / M;
 * - holtWinters / holtWintersMul: YTD + the months M+1..12 forecast by exponential smoothing with a
 *   12-month season, additive or multiplicative (src/core/holtWinters.ts), fitted on every past month
 *   and this year's months (it needs 2 past years).
 * index (a year average of indices on the same month of last year, base 100):
 * - latest: the months left carry the latest month (today's rule);
 * - recent: they carry the average of the last 3 months;
 * - soFar: the year is the average so far.
 * The average is geometric (the statistics office's rule, src/core/indexAverage.ts) or arithmetic.
 * A candidate that cannot be computed from what is given is null, never a guess.
 */
import { holtWintersForecast } from "./holtWinters";
import type { Kind } from "./types";

/** A method `auto` can choose. */
export type Candidate =
  "seasonal" | "seasonal3" | "recent" | "runrate" | "holtWinters" | "holtWintersMul" | "latest" | "soFar";

/** The candidates of each kind, in the order a tie is settled (the first wins). */
export const CANDIDATES: Record<"flow" | "index", readonly Candidate[]> = {
  flow: ["seasonal", "seasonal3", "recent", "runrate", "holtWinters", "holtWintersMul"],
  index: ["latest", "recent", "soFar"],
};

/** What a candidate needs: this year's months 1..M (all known), and whole past years, oldest first. */
export interface CandidateInput {
  kind: "flow" | "index";
  /** This year's months 1..M, every one a finite number. */
  months: readonly number[];
  /** Whole past years (12 finite months each), consecutive, the last one just before this year. */
  history: readonly (readonly number[])[];
  /** For an index: a geometric average (the office's rule) instead of an arithmetic one. */
  geometric?: boolean;
}

const RECENT = 3;

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** The whole-year figure of 12 months: their total (flow) or their average (index). */
export function yearFigure(kind: "flow" | "index", months: readonly number[], geometric = true): number {
  if (kind === "flow") return sum(months);
  if (geometric) return Math.exp(sum(months.map((v) => Math.log(v))) / months.length);
  return sum(months) / months.length;
}

function indexYear(months: readonly number[], carry: number, geometric: boolean): number | null {
  const all = [...months, ...Array<number>(12 - months.length).fill(carry)];
  if (geometric && !all.every((v) => v > 0)) return null;
  return finiteOrNull(yearFigure("index", all, geometric));
}

function shareEstimate(ytd: number, M: number, years: readonly (readonly number[])[]): number | null {
  if (years.length === 0) return null;
  const shares = years.map((y) => sum(y.slice(0, M)) / sum(y));
  const share = sum(shares) / shares.length;
  if (!Number.isFinite(share) || share === 0) return null;
  return finiteOrNull(ytd / share);
}

function flowCandidate(c: Candidate, a: CandidateInput): number | null {
  const M = a.months.length;
  const ytd = sum(a.months);
  const left = 12 - M;
  switch (c) {
    case "seasonal":
      return shareEstimate(ytd, M, a.history.slice(-1));
    case "seasonal3":
      return shareEstimate(ytd, M, a.history.slice(-3));
    case "recent":
      return finiteOrNull(ytd + (left * sum(a.months.slice(-RECENT))) / Math.min(RECENT, M));
    case "runrate":
      return finiteOrNull((ytd * 12) / M);
    case "holtWinters":
    case "holtWintersMul": {
      if (left === 0) return ytd;
      const series = [...a.history.flat(), ...a.months];
      const ahead = holtWintersForecast(series, left, c === "holtWinters" ? "additive" : "multiplicative");
      return ahead === null ? null : finiteOrNull(ytd + sum(ahead));
    }
    default:
      return null;
  }
}

function indexCandidate(c: Candidate, a: CandidateInput): number | null {
  const geometric = a.geometric ?? true;
  const latest = a.months[a.months.length - 1] as number;
  switch (c) {
    case "latest":
      return indexYear(a.months, latest, geometric);
    case "recent": {
      const last = a.months.slice(-RECENT);
      return indexYear(a.months, sum(last) / last.length, geometric);
    }
    case "soFar": {
      if (geometric && !a.months.every((v) => v > 0)) return null;
      return finiteOrNull(yearFigure("index", a.months, geometric));
    }
    default:
      return null;
  }
}

/** One candidate's whole-year estimate, or null when it does not apply or cannot be computed. */
export function candidateEstimate(c: Candidate, a: CandidateInput): number | null {
  const M = a.months.length;
  if (M < 1 || M > 12 || !a.months.every(Number.isFinite)) return null;
  return a.kind === "flow" ? flowCandidate(c, a) : indexCandidate(c, a);
}

/** The kinds `auto` applies to: a level's estimate is its latest value whatever the method. */
export function autoApplies(kind: Kind): kind is "flow" | "index" {
  return kind === "flow" || kind === "index";
}
