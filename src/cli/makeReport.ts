/**
 * One input's report, the way the ribbon makes it: read the data, take the period from the command
 * line or infer it, build the report with the same pure core the add-in uses. No file I/O here.
 */
import type { EstimateMethod, Lang } from "../core/types";
import { lastMonth } from "../report/measures";
import type { DocumentSettings } from "../report/documentSettings";
import { buildReport } from "../report/model";
import { defaultOptions } from "../report/period";
import { readDataset, type SourceValues } from "../report/reader";
import type { Dataset, Problem, Report, ReportOptions } from "../report/types";
import { CLI_MESSAGES, type Bi } from "./messages";

export interface ReportRequest {
  year?: number;
  month?: number;
  method?: EstimateMethod;
  compare?: "index" | "growth";
  lang: Lang;
  values: boolean;
  numberStyle?: "vi" | "en";
}

export type MadeReport =
  | { ok: true; report: Report; options: ReportOptions; dataset: Dataset }
  | { ok: false; message: Bi; problems: Problem[] };

/** The latest month of `year` with a figure in any indicator (0 when none). */
export function latestMonthOf(data: Dataset, year: number): number {
  let best = 0;
  for (const ind of data.indicators) if (ind.year === year) best = Math.max(best, lastMonth(ind.months));
  return best;
}

/** The report options: the command line's choices over the ribbon's defaults. null when no period can be found. */
export function resolveOptions(
  data: Dataset,
  req: ReportRequest,
): ReportOptions | { missing: "year" | "month"; year?: number } {
  const base = defaultOptions(data, req.lang);
  const year = req.year ?? base?.year;
  if (year === undefined) return { missing: "year" };
  const month = req.month ?? (base && base.year === year ? base.month : latestMonthOf(data, year));
  if (!month) return { missing: "month", year };
  return {
    year,
    month,
    method: req.method ?? base?.method ?? "seasonal",
    comparison: req.compare ?? base?.comparison ?? "index",
    lang: req.lang,
    live: !req.values,
  };
}

/** Read the sources and build the report; `file` names the input in messages. */
export function makeReport(
  file: string,
  sources: SourceValues[],
  extraProblems: Problem[],
  req: ReportRequest,
  document?: DocumentSettings,
): MadeReport {
  const read = readDataset(sources, req.numberStyle ? { numberStyle: req.numberStyle } : {});
  const dataset: Dataset = { indicators: read.indicators, problems: [...extraProblems, ...read.problems] };
  if (dataset.indicators.length === 0)
    return { ok: false, message: CLI_MESSAGES.noData(file), problems: dataset.problems };
  const options = resolveOptions(dataset, req);
  if ("missing" in options) {
    const message =
      options.missing === "month" && options.year !== undefined
        ? CLI_MESSAGES.noMonth(file, options.year)
        : CLI_MESSAGES.noData(file);
    return { ok: false, message, problems: dataset.problems };
  }
  if (!dataset.indicators.some((i) => Math.abs(i.year - options.year) <= 1)) {
    return { ok: false, message: CLI_MESSAGES.noIndicators(file, options.year), problems: dataset.problems };
  }
  const report = buildReport(dataset, options, document);
  if (report.indicatorCount === 0) {
    return { ok: false, message: CLI_MESSAGES.noIndicators(file, options.year), problems: report.problems };
  }
  return { ok: true, report, options, dataset };
}
