/**
 * The one report request: sources + what the officer asked -> a report, or a failure saying why not.
 * The only rule for the report period and the only defaults; the add-in, the command and the browser
 * page all come through here, so they cannot disagree. Pure: the faces turn a failure into their own
 * words (a task pane message, an exit code), nothing here throws on bad data.
 */
import type { NumberStyle } from "../../core/numberText";
import { defaultPeriodKind, endsQuarter, type PeriodKind } from "../../core/periodPhrases";
import type { EstimateMethod, Lang } from "../../core/types";
import { lastMonth } from "../period/period";
import type { DocumentSettings } from "../document/documentSettings";
import { buildReport } from "./model";
import { inferPeriod } from "../period/period";
import { readDataset, type ReadOptions } from "../read/reader";
import { type SourceValues } from "../../core/sheetValues";
import type { Dataset } from "../read/dataset";
import type { Problem } from "../../core/problem";
import type { Report } from "../table/report";
import type { ReportOptions } from "../period/options";

/** What the officer asked for; anything left out takes the defaults below or is inferred from the data. */
export interface ReportRequest {
  year?: number;
  month?: number;
  method?: EstimateMethod;
  compare?: "index" | "growth";
  lang: Lang;
  /** Computed values instead of live formulas in the comparison columns. */
  values?: boolean;
  numberStyle?: NumberStyle;
  /** The document's heading, number, signer (src/report/document/documentSettings.ts); absent: the defaults. */
  document?: DocumentSettings;
  /** The month, the quarter or the months so far; absent: the month's default (defaultPeriodKind). */
  periodKind?: PeriodKind;
  /** Decimals of percent of plan and of growth (44,72%): 1 when absent; price indices keep 2. */
  percentDecimals?: 1 | 2;
}

/**
 * The defaults of every face, said once: last year's seasonal shape, indices (previous = 100), live
 * formulas, numbers typed as text read in the Vietnamese style (21.000,5).
 */
export const REPORT_DEFAULTS: Readonly<
  Pick<ReportOptions, "method" | "comparison" | "live"> & { numberStyle: NumberStyle }
> = {
  method: "seasonal",
  comparison: "index",
  live: true,
  numberStyle: "vi",
};

/** Why no report could be made. */
export type RequestFailure =
  | { code: "no-data" }
  | { code: "no-month"; year: number }
  | { code: "no-indicators"; year: number }
  // A quarter report asked for at a month that ends no quarter (only 3, 6, 9, 12 do).
  | { code: "quarter-month"; year: number; month: number };

export type MadeReport =
  | { ok: true; report: Report; options: ReportOptions; dataset: Dataset }
  | { ok: false; failure: RequestFailure; problems: Problem[] };

/** The latest month of `year` with a figure in any indicator (0 when none). */
export function latestMonthOf(data: Dataset, year: number): number {
  let best = 0;
  for (const ind of data.indicators) if (ind.year === year) best = Math.max(best, lastMonth(ind.months));
  return best;
}

/**
 * The period rule: the year asked for, else the latest year with a monthly figure; the month asked
 * for, else the latest month with data in that year (so a 2013 report stays at month 9 even when
 * January 2014 is already in the data).
 */
export function resolveOptions(data: Dataset, req: ReportRequest): ReportOptions | RequestFailure {
  const year = req.year ?? inferPeriod(data)?.year;
  if (year === undefined) return { code: "no-data" };
  const month = req.month ?? latestMonthOf(data, year);
  if (!month) return { code: "no-month", year };
  const periodKind = req.periodKind ?? defaultPeriodKind(month);
  if (periodKind === "quarter" && !endsQuarter(month)) return { code: "quarter-month", year, month };
  return {
    year,
    month,
    method: req.method ?? REPORT_DEFAULTS.method,
    comparison: req.compare ?? REPORT_DEFAULTS.comparison,
    lang: req.lang,
    live: req.values === undefined ? REPORT_DEFAULTS.live : !req.values,
    periodKind,
    ...(req.percentDecimals === 2 ? { percentDecimals: 2 as const } : {}),
  };
}

/** The options when nobody asks anything: the inferred period and the defaults; null when the data has no month. */
export function defaultOptions(data: Dataset, lang: Lang): ReportOptions | null {
  const options = resolveOptions(data, { lang });
  return isFailure(options) ? null : options;
}

function isFailure(x: ReportOptions | RequestFailure): x is RequestFailure {
  return "code" in x;
}

/** The report of a dataset already read (the add-in reads through Excel, the command through src/xlsx). */
export function reportFromDataset(dataset: Dataset, req: ReportRequest): MadeReport {
  if (dataset.indicators.length === 0) return { ok: false, failure: { code: "no-data" }, problems: dataset.problems };
  const options = resolveOptions(dataset, req);
  if (isFailure(options)) return { ok: false, failure: options, problems: dataset.problems };
  const failNoIndicators = (problems: Problem[]): MadeReport => ({
    ok: false,
    failure: { code: "no-indicators", year: options.year },
    problems,
  });
  if (!dataset.indicators.some((i) => Math.abs(i.year - options.year) <= 1)) return failNoIndicators(dataset.problems);
  const report = buildReport(dataset, options, req.document);
  if (report.indicatorCount === 0) return failNoIndicators(report.problems);
  return { ok: true, report, options, dataset };
}

/** Read the sources and make the report; `extraProblems` (found while opening the file) come first. */
export function makeReport(
  sources: SourceValues[],
  extraProblems: Problem[],
  req: ReportRequest,
  readOptions: ReadOptions = {},
): MadeReport {
  const read = readDataset(sources, {
    ...readOptions,
    ...(req.numberStyle ? { numberStyle: req.numberStyle } : {}),
  });
  return reportFromDataset({ indicators: read.indicators, problems: [...extraProblems, ...read.problems] }, req);
}
