/**
 * The back-test of the year-end estimate on the statistics office's monthly tables
 * (test/fixtures/published/gso-monthly.json), shared by `npm run bench -- estimate` and its jest test.
 *
 * The months a workbook holds are rebuilt from the releases: for a flow, the year to date through month m
 * as revised in the next release is YTD(m+1) − E(m+1) (E the month's estimate), and month m the difference
 * of two such totals; December is the December release's estimate, so the twelve months add up to the year
 * as first published. For an index, each month as first published. The estimate of year Y in month M uses
 * months 1..M−1 as revised and month M as estimated in release M (what the officer had), and is compared
 * with the December release's year to date (the year as first published).
 */
import { chooseEstimate } from "../src/core/estimateAuto";
import { candidateEstimate, CANDIDATES } from "../src/core/estimateCandidates";
import type { Candidate } from "../src/core/estimateCandidates";
import type { MonthValue } from "../src/core/types";

export interface Release {
  year: number;
  month: number;
  thisMonth: number;
  yearToDate: number;
  file: string;
}

export interface FixtureSeries {
  vi: string;
  en: string;
  kind: "flow" | "index";
  unit: string;
  releases: Release[];
}

export interface Fixture {
  series: Record<string, FixtureSeries>;
}

/** One series' years: the months a workbook holds, the month-M vintage and the year as first published. */
interface SeriesYears {
  kind: "flow" | "index";
  months: Map<number, MonthValue[]>;
  published: Map<number, number>;
  releases: Map<string, Release>;
}

const key = (y: number, m: number): string => `${y}-${m}`;

function cumulative(r: Map<string, Release>, y: number, m: number): number | null {
  if (m === 0) return 0;
  if (m === 12) return r.get(key(y, 12))?.yearToDate ?? null;
  const next = r.get(key(y, m + 1));
  return next ? next.yearToDate - next.thisMonth : null;
}

function seriesYears(s: FixtureSeries): SeriesYears {
  const releases = new Map(s.releases.map((r) => [key(r.year, r.month), r]));
  const months = new Map<number, MonthValue[]>();
  const published = new Map<number, number>();
  for (const y of new Set(s.releases.map((r) => r.year))) {
    const row: MonthValue[] = [];
    for (let m = 1; m <= 12; m++) {
      if (s.kind === "index") {
        row.push(releases.get(key(y, m))?.thisMonth ?? null);
        continue;
      }
      const a = cumulative(releases, y, m - 1);
      const b = cumulative(releases, y, m);
      row.push(a === null || b === null ? null : b - a);
    }
    months.set(y, row);
    const dec = releases.get(key(y, 12));
    if (dec) published.set(y, dec.yearToDate);
  }
  return { kind: s.kind, months, published, releases };
}

/** This year's months as known in release M: 1..M−1 as revised, M as estimated. */
function vintage(sy: SeriesYears, y: number, M: number): number[] | null {
  const row = sy.months.get(y);
  const r = sy.releases.get(key(y, M));
  if (!row || !r) return null;
  const out: number[] = [];
  for (let m = 1; m < M; m++) {
    const v = row[m - 1];
    if (typeof v !== "number") return null;
    out.push(v);
  }
  out.push(sy.kind === "flow" ? r.yearToDate - out.reduce((s, x) => s + x, 0) : r.thisMonth);
  return out;
}

function historyBefore(sy: SeriesYears, y: number): number[][] {
  const run: number[][] = [];
  for (let p = y - 1; sy.months.has(p); p--) {
    const row = sy.months.get(p) as MonthValue[];
    if (!row.every((v) => typeof v === "number")) break;
    run.unshift(row as number[]);
  }
  return run;
}

/** The absolute error share of every method (and `auto`) on one year, or null when the year cannot be tested. */
export interface YearResult {
  series: string;
  year: number;
  errors: Partial<Record<Candidate | "auto", number>>;
  autoMethod: Candidate | `${Candidate} (fallback)`;
}

function yearResult(name: string, sy: SeriesYears, y: number, M: number): YearResult | null {
  const months = vintage(sy, y, M);
  const actual = sy.published.get(y);
  if (months === null || actual === undefined) return null;
  const history = historyBefore(sy, y);
  const err = (e: number | null): number | undefined => (e === null ? undefined : Math.abs(e - actual) / actual);
  const errors: YearResult["errors"] = {};
  for (const c of CANDIDATES[sy.kind]) errors[c] = err(candidateEstimate(c, { kind: sy.kind, months, history }));
  const pastYears = [...sy.months].filter(([p]) => p < y).map(([year, m]) => ({ year, months: m }));
  const full = [...months, ...Array<MonthValue>(12 - M).fill(null)];
  const choice = chooseEstimate({ kind: sy.kind, year: y, months: full, through: M, pastYears });
  const base: Candidate = sy.kind === "flow" ? "seasonal" : "latest";
  errors.auto = choice.chosen ? err(choice.estimate) : errors[base];
  return { series: name, year: y, errors, autoMethod: choice.chosen ? choice.method : `${base} (fallback)` };
}

/** Every year of every series with at least `minPast` past years in the fixture, estimated in month M. */
export function backTestFixture(fx: Fixture, M = 9, minPast = 3, only?: string[]): YearResult[] {
  const out: YearResult[] = [];
  for (const [name, s] of Object.entries(fx.series)) {
    if (only && !only.includes(name)) continue;
    const sy = seriesYears(s);
    const years = [...sy.months.keys()].sort((a, b) => a - b);
    for (const y of years) {
      if (years.filter((p) => p < y).length < minPast) continue;
      const r = yearResult(name, sy, y, M);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The mean absolute error of each method over the results (only methods computed on every one). */
export function meanErrors(results: readonly YearResult[]): Partial<Record<Candidate | "auto", number>> {
  const out: Partial<Record<Candidate | "auto", number>> = {};
  const methods = new Set(results.flatMap((r) => Object.keys(r.errors))) as Set<Candidate | "auto">;
  for (const m of methods) {
    const xs = results.map((r) => r.errors[m]);
    if (xs.every((x) => typeof x === "number")) out[m] = (xs as number[]).reduce((s, x) => s + x, 0) / xs.length;
  }
  return out;
}
