/**
 * The report without the sheet: read and build exactly as runReport does, and give back the
 * paragraph and the figures, writing nothing. The task pane uses it to rewrite the paragraph in the
 * other language without making a second report sheet. One round trip (two when the workbook must be
 * searched); no write, no activation, no settings saved.
 */
import type { Problem } from "../core/problem";
import { readWorkbook } from "./readWorkbook";
import { reportOf } from "./runReport";
import { settingsLang, type Settings } from "./settings";
import { UserError } from "./userError";

export interface PreviewResult {
  paragraph: string;
  indicatorCount: number;
  problems: Problem[];
  year: number;
  month: number;
  /** The paragraph's language (the settings' choice, else Office's). */
  lang: "vi" | "en";
}

/** The paragraph and figures of the report `s` describes. Throws UserError as runReport does. */
export async function previewReport(s: Settings): Promise<PreviewResult> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const lang = settingsLang(s);
  return Excel.run(async (context) => {
    // The template only changes where the figures go, never the paragraph: not read.
    const read = await readWorkbook(context, { source: s.source, template: null }, { numberStyle: s.numberStyle });
    const { report, options } = reportOf(s, read, lang);
    return {
      paragraph: report.paragraph,
      indicatorCount: report.indicatorCount,
      problems: report.problems,
      year: options.year,
      month: options.month,
      lang,
    };
  });
}
