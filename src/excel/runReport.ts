/**
 * "Tạo báo cáo": read -> infer the period (ask nothing when it can be inferred) -> build -> write a
 * new sheet (in place of the one an earlier click wrote for the period, when it is unedited) (or fill a copy of the officer's template) -> activate. Two round trips in the usual
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
import { supports } from "./support";
import { rememberWrittenSheet, sheetFingerprint, writtenSheets } from "./writtenSheets";

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

/** What runReport writes besides the report: the fingerprint of a new report sheet as written. */
interface BatchResult extends RunResult {
  written?: { fingerprint: string; sheetNames: string[] };
}

/**
 * Make the report of the period and show it. Throws UserError when nothing can be done. A second click for
 * the same period replaces the report sheet the first one wrote when that sheet is as written, and asks
 * (UserError "report-sheet-edited") when the officer edited it (src/excel/writtenSheets.ts). The whole run
 * is one undo step where Excel can merge one (runAsOneUndoStep).
 */
export async function runReport(s: Settings, onProgress?: (step: RunStep) => void): Promise<RunResult> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const lang: Lang = settingsLang(s);
  const { written, ...result }: BatchResult = await runAsOneUndoStep((context) =>
    reportBatch(context, s, lang, onProgress),
  );
  // One save of the document settings: the source's, when there is one to remember, carries the sheet's.
  if (written) {
    const save = result.savedSource === undefined;
    await rememberWrittenSheet(result.sheetName, written.fingerprint, written.sheetNames, save);
  }
  if (result.savedSource) {
    const saved = await rememberSource(result.savedSource);
    if (!saved) delete result.savedSource;
  }
  return result;
}

/** Excel's refusal to merge a run's syncs into one undo step (a host or a workbook without that undo). */
function isUndoNotSupported(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "UndoNotSupported" || (e instanceof Error && /UndoNotSupported/.test(e.message));
}

/**
 * One Excel.run whose syncs are one undo step: `mergeUndoGroup` where the host has ExcelApi 1.20. Older
 * hosts, or a host that answers UndoNotSupported, get the run ungrouped (each sync its own undo step), as
 * before 1.20 (docs/excel-adapter.md). A refused grouped run changed nothing, so it is run again whole.
 */
export async function runAsOneUndoStep<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (supports("1.20")) {
    try {
      return await Excel.run({ mergeUndoGroup: true }, batch);
    } catch (e) {
      if (!isUndoNotSupported(e)) throw e;
    }
  }
  return Excel.run(batch);
}

/**
 * The sheet the report goes to: its first name ("BC 9T-2013") when no sheet has it, or when the sheet of
 * that name is one this add-in wrote and it still gives the fingerprint it was written with (then it is
 * replaced: `replace` is its name in the workbook); "(2)", "(3)"… beside a sheet that is not the add-in's.
 * One more round trip only when such a sheet is there; UserError when that sheet was edited.
 */
async function targetSheet(
  context: Excel.RequestContext,
  wanted: string,
  sheetNames: string[],
): Promise<{ sheetName: string; replace?: string }> {
  const first = uniqueSheetName(wanted, []);
  const there = sheetNames.find((n) => n.toLocaleLowerCase() === first.toLocaleLowerCase());
  const stored = there === undefined ? undefined : writtenSheets()[there];
  if (there === undefined || stored === undefined) return { sheetName: uniqueSheetName(wanted, sheetNames) };
  const used = context.workbook.worksheets.getItem(there).getUsedRange().load("address,formulas,numberFormat");
  await context.sync();
  if (sheetFingerprint(used) !== stored) throw new UserError("report-sheet-edited", { name: there });
  return { sheetName: first, replace: there };
}

/** Write the report to a new sheet (in place of `replace`), activate it, and give its fingerprint as written. */
async function writeReportSheet(
  context: Excel.RequestContext,
  report: Report,
  target: { sheetName: string; replace?: string },
): Promise<string> {
  const sheets = context.workbook.worksheets;
  if (target.replace !== undefined) sheets.getItem(target.replace).delete();
  const sheet = sheets.add(target.sheetName);
  let used: Excel.Range | null = null;
  await writeBlocks(context, sheet, planWrites(report.grid), {
    after: () => {
      sheet.activate();
      used = sheet.getUsedRange().load("address,formulas,numberFormat");
    },
  });
  return sheetFingerprint(used as unknown as Excel.Range);
}

/** The run inside Excel.run: read, build, write, in two round trips (three beside an earlier report). */
async function reportBatch(
  context: Excel.RequestContext,
  s: Settings,
  lang: Lang,
  onProgress?: (step: RunStep) => void,
): Promise<BatchResult> {
  onProgress?.("read");
  const read = await readWorkbook(context, s, { numberStyle: s.numberStyle });
  onProgress?.("build");
  const documentSettings = loadDocumentSettings();
  const { report, options } = reportOf(s, read, lang, documentSettings);
  const target = read.template
    ? { sheetName: uniqueSheetName(report.sheetName, read.sheetNames) }
    : await targetSheet(context, report.sheetName, read.sheetNames);
  const sheetName = target.sheetName;
  const made = { data: read.data, options, document: documentSettings, report, sheetName };
  rememberReport(read.template ? { ...made, templateSheet: read.template.sheet } : made);
  onProgress?.("write");
  let problems = report.problems;
  let written: BatchResult["written"];
  if (read.template) {
    if (read.template.values.length === 0) throw new UserError("template-empty", { name: read.template.sheet });
    // Pad to A1 so fillTemplate's rows, columns and problem addresses are the sheet's own.
    const filled = fillTemplate(atA1(read.template.values, read.template.origin), read.data, options, sheetName);
    // The template's figures share their indicators' problems with the report: each listed once.
    problems = distinctProblems([...report.problems, ...filled.problems]);
    await writeTemplateCopy(context, read.template.sheet, sheetName, { row: 0, col: 0 }, filled.cells);
  } else {
    const fingerprint = await writeReportSheet(context, report, target);
    const names = read.sheetNames.filter((n) => n !== target.replace);
    written = { fingerprint, sheetNames: [...names, sheetName] };
  }
  onProgress?.("done");
  const result: BatchResult = {
    sheetName,
    indicatorCount: report.indicatorCount,
    problems,
    paragraph: report.paragraph,
    year: options.year,
    month: options.month,
    periodKind: options.periodKind,
    lang,
  };
  if (written) result.written = written;
  if (read.template) result.templateSheet = read.template.sheet;
  if (s.source === null && read.found === "search") result.savedSource = read.sourceLabel;
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
