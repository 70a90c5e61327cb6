/**
 * One data file's reports, as the command makes them: the bounded reader, the one report request, the
 * .xlsx writer (cached results kept: a downloaded file opens in Protected View without recalculating)
 * and the Word writer. Part of the lazy chunk (ExcelJS, docx): never loaded before the first paint.
 */
import type { PeriodKind } from "../core/periodPhrases";
import { aboutFile } from "../core/failureMessages";
import { requestFailureMessage } from "../report/make/requestFailure";
import type { Message } from "../core/message";
import type { EstimateMethod, Kind, Lang } from "../core/types";
import { countKinds } from "../report/read/dataset";
import { makeReport, type RequestFailure } from "../report/make/request";
import { documentSettingsFromProperties, type DocumentSettings } from "../report/document/documentSettings";
import type { Problem } from "../core/problem";
import type { Report } from "../report/table/report";
import type { ReportOptions } from "../report/period/options";
import { reportDocx } from "../writers/docx";
import { reportXlsxBytes } from "../writers/xlsx";
import { readWorkbookBytes, type ReadOutcome } from "../xlsx";
import { docxName, reportFileName, uniqueName } from "./names";

/** A file the officer gave, as bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file after reading: its workbook, or the reader's refusal. */
export interface LoadedFile {
  name: string;
  outcome: ReadOutcome;
}

/** The page's choices, the same as the task pane's and the command's. */
export interface Choices {
  year?: number;
  month?: number;
  method: EstimateMethod;
  compare: "index" | "growth";
  lang: Lang;
  values: boolean;
  numberStyle: "vi" | "en";
  /** The month, the quarter or the months so far; absent: the month's default. */
  periodKind?: PeriodKind;
  /** Decimals of percent of plan and growth: 2 when chosen (44,72%), absent is 1. */
  percentDecimals?: 2;
  /** The agency heading typed on the page; "" keeps the one saved in each workbook. */
  heading: { agencyParent: string; agency: string };
}

export interface Download {
  name: string;
  bytes: Uint8Array;
}

export type MadeFile =
  | {
      name: string;
      ok: true;
      report: Report;
      options: ReportOptions;
      years: number[];
      kindCounts: Record<Kind, number>;
      xlsx: Download;
      docx: Download;
    }
  | { name: string; ok: false; message: Message; problems: Problem[] };

/** Read one file with the reader's default limits (the command's). */
export function readFile(file: InputFile): LoadedFile {
  return { name: file.name, outcome: readWorkbookBytes(file.bytes, file.name) };
}

/** The workbook's document settings with the page's heading over them where typed. */
function settingsFor(loaded: LoadedFile, heading: Choices["heading"]): DocumentSettings {
  const w = loaded.outcome.ok ? loaded.outcome.workbook : null;
  const saved = documentSettingsFromProperties(w?.webExtensionProperties).settings;
  return {
    ...saved,
    ...(heading.agencyParent.trim() ? { province: heading.agencyParent.trim() } : {}),
    ...(heading.agency.trim() ? { agency: heading.agency.trim() } : {}),
  };
}

/** Why a file has no report, in both languages, naming the file (the words every face uses for the request's failure). */
export function failureMessage(file: string, failure: RequestFailure): Message {
  return aboutFile(file, requestFailureMessage(failure));
}

/** The reports of one file; `taken` keeps the names unique across the run. */
export async function makeFile(loaded: LoadedFile, choices: Choices, taken: Set<string>): Promise<MadeFile> {
  if (!loaded.outcome.ok)
    return { name: loaded.name, ok: false, message: loaded.outcome.refusal.message, problems: [] };
  const wb = loaded.outcome.workbook;
  const document = settingsFor(loaded, choices.heading);
  const made = makeReport(wb.sources, wb.problems, {
    document,
    lang: choices.lang,
    values: choices.values,
    numberStyle: choices.numberStyle,
    method: choices.method,
    compare: choices.compare,
    ...(choices.percentDecimals === 2 ? { percentDecimals: 2 as const } : {}),
    ...(choices.year !== undefined ? { year: choices.year } : {}),
    ...(choices.month !== undefined ? { month: choices.month } : {}),
    ...(choices.periodKind !== undefined ? { periodKind: choices.periodKind } : {}),
  });
  if (!made.ok) {
    return {
      name: loaded.name,
      ok: false,
      message: failureMessage(loaded.name, made.failure),
      problems: made.problems,
    };
  }
  const xlsxName = uniqueName(reportFileName(loaded.name, made.report.sheetName), taken);
  // The command's own bytes, fingerprint included: a later run of the command replaces an unedited one.
  const xlsx = await reportXlsxBytes(made.report);
  const docx = await reportDocx(made.report, document);
  return {
    name: loaded.name,
    ok: true,
    report: made.report,
    options: made.options,
    years: [...new Set(made.dataset.indicators.map((i) => i.year))].sort((a, b) => a - b),
    kindCounts: countKinds(made.dataset),
    xlsx: { name: xlsxName, bytes: xlsx },
    docx: { name: docxName(xlsxName), bytes: docx },
  };
}
