/**
 * "Tạo báo cáo": read -> infer the period (ask nothing when it can be inferred) -> build -> write a
 * new sheet (or fill a copy of the officer's template) -> activate. Two round trips in the usual
 * case: one read, one write. When no source was chosen and the data had to be searched for (three
 * round trips), the sheet found is remembered in the document settings, so every later run takes two.
 */
import type { Lang } from "../core/types";
import { distinctProblems } from "../core/distinctProblems";
import { reportFromDataset } from "../report/make/request";
import { faceRequest } from "../report/make/faceRequest";
import { loadDocumentSettings } from "./documentSettingsStore";
import { rememberReport } from "./lastReport";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../report/document/documentSettings";
import { fillTemplate } from "../report/table/template";
import type { Problem } from "../core/problem";
import type { Report } from "../report/table/report";
import type { ReportOptions } from "../report/period/options";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import { loadSettings, saveSettings, settingsLang, type Settings } from "./settings";
import { uniqueSheetName } from "../report/table/sheetName";
import { writeTemplateCopy } from "./templateCopy";
import type { PeriodKind } from "../core/periodPhrases";
import { requestFailureError, UserError } from "./userError";
import { planWrites } from "./writePlan";
import { writeBlocks } from "./writer";

export interface RunResult {
  sheetName: string;
  indicatorCount: number;
  problems: Problem[];
  paragraph: string;
  year: number;
  month: number;
  templateSheet?: string;
  /** The report's kind (the month, the quarter, the months so far); absent from reports made before it. */
  periodKind?: PeriodKind;
  /** The report's language (the paragraph's). */
  lang: Lang;
  /**
   * Set when this run found the data by searching the workbook and saved it as the settings' source
   * ("sheet:Dữ liệu mẫu"): the next run reads it directly, in two round trips.
   */
  savedSource?: string;
}

/** Progress steps, keyed for the task pane's strings (run.step.*). */
export type RunStep = "read" | "build" | "write" | "done";

/**
 * The report of a run through the one face request (src/report/make/faceRequest.ts): the settings the pane
 * saved, with the run's language over them. Throws UserError when none.
 */
export function reportOf(
  s: Settings,
  read: WorkbookRead,
  lang: Lang,
  document: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS,
): { report: Report; options: ReportOptions } {
  const made = reportFromDataset(read.data, faceRequest({ settings: s, document }, { lang }).request);
  if (made.ok) return { report: made.report, options: made.options };
  throw requestFailureError(made.failure);
}

/** Values loaded from (row, col) as if loaded from A1: empty rows and columns in front. */
export function atA1(values: unknown[][], origin: { row: number; col: number }): unknown[][] {
  const pad = (): unknown[] => Array.from({ length: origin.col }, () => "");
  return [...Array.from({ length: origin.row }, () => []), ...values.map((row) => [...pad(), ...row])];
}

/** Make the report of the period and show it. Throws UserError when nothing can be done. */
export async function runReport(s: Settings, onProgress?: (step: RunStep) => void): Promise<RunResult> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const lang: Lang = settingsLang(s);
  const result = await Excel.run(async (context) => {
    onProgress?.("read");
    const read = await readWorkbook(context, s, { numberStyle: s.numberStyle });
    onProgress?.("build");
    const documentSettings = loadDocumentSettings();
    const { report, options } = reportOf(s, read, lang, documentSettings);
    const sheetName = uniqueSheetName(report.sheetName, read.sheetNames);
    const made = { data: read.data, options, document: documentSettings, report, sheetName };
    rememberReport(read.template ? { ...made, templateSheet: read.template.sheet } : made);
    onProgress?.("write");
    let problems = report.problems;
    if (read.template) {
      if (read.template.values.length === 0) throw new UserError("template-empty", { name: read.template.sheet });
      // Pad to A1 so fillTemplate's rows, columns and problem addresses are the sheet's own.
      const filled = fillTemplate(atA1(read.template.values, read.template.origin), read.data, options, sheetName);
      // The template's figures share their indicators' problems with the report: each listed once.
      problems = distinctProblems([...report.problems, ...filled.problems]);
      await writeTemplateCopy(context, read.template.sheet, sheetName, { row: 0, col: 0 }, filled.cells);
    } else {
      const sheet = context.workbook.worksheets.add(sheetName);
      const blocks = planWrites(report.grid);
      await writeBlocks(context, sheet, blocks, { after: () => sheet.activate() });
    }
    onProgress?.("done");
    const result: RunResult = {
      sheetName,
      indicatorCount: report.indicatorCount,
      problems,
      paragraph: report.paragraph,
      year: options.year,
      month: options.month,
      periodKind: options.periodKind,
      lang,
    };
    if (read.template) result.templateSheet = read.template.sheet;
    if (s.source === null && read.found === "search") result.savedSource = read.sourceLabel;
    return result;
  });
  if (result.savedSource) {
    const saved = await rememberSource(result.savedSource);
    if (!saved) delete result.savedSource;
  }
  return result;
}

/**
 * Keep the source found by a search in the document settings (only `source` changes: the stored
 * settings are reloaded, not the run's own copy, which may carry a language filled in by the caller).
 * Not a workbook round trip. False when it could not be saved: the report stands, the next run searches again.
 */
async function rememberSource(id: string): Promise<boolean> {
  try {
    const stored = loadSettings();
    if (stored.source !== null) return stored.source === id;
    await saveSettings({ ...stored, source: id });
    return loadSettings().source === id; // false outside Office: nothing to save in
  } catch {
    return false;
  }
}
