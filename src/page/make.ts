/**
 * One data file's reports, as the command makes them: the bounded reader, the one report request, the
 * .xlsx writer (cached results kept: a downloaded file opens in Protected View without recalculating)
 * and the Word writer. Part of the lazy chunk (ExcelJS, docx): never loaded before the first paint.
 */
import { failureMessage } from "../report/make/requestFailure";
import type { Message } from "../core/message";
import type { Kind } from "../core/types";
import { countKinds } from "../report/read/dataset";
import { makeReport } from "../report/make/request";
import { faceRequest, savedInFile, type FaceOverrides } from "../report/make/faceRequest";
import { DEFAULT_DOCUMENT_SETTINGS } from "../report/document/documentSettings";
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

/**
 * The page's choices: overrides of each workbook's saved settings, as the task pane's form and the
 * command's flags are (src/report/make/faceRequest.ts); a choice left out keeps the saved value.
 */
export interface Choices extends FaceOverrides {
  /** The agency heading typed on the page; "" keeps the one saved in each workbook. */
  heading?: { agencyParent: string; agency: string };
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

/** The heading typed on the page as document fields; a blank field keeps the workbook's own. */
function headingFields(heading: Choices["heading"]): Record<string, string> {
  const out: Record<string, string> = {};
  if (heading?.agencyParent.trim()) out.province = heading.agencyParent.trim();
  if (heading?.agency.trim()) out.agency = heading.agency.trim();
  return out;
}

/** The reports of one file; `taken` keeps the names unique across the run. */
export async function makeFile(loaded: LoadedFile, choices: Choices, taken: Set<string>): Promise<MadeFile> {
  if (!loaded.outcome.ok)
    return { name: loaded.name, ok: false, message: loaded.outcome.refusal.message, problems: [] };
  const wb = loaded.outcome.workbook;
  const { heading, ...overrides } = choices;
  const face = faceRequest(savedInFile(wb.webExtensionProperties), { ...overrides, document: headingFields(heading) });
  const document = face.request.document ?? DEFAULT_DOCUMENT_SETTINGS;
  const made = makeReport(wb.sources, wb.problems, face.request, face.read);
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
