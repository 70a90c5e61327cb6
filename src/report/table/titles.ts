/** The report's names for its period: the sheet name, the title and the summary's heading. Pure. */
import { periodSheetName, periodTitle, summaryHeading } from "../../core/periodPhrases";
import { layoutOf, periodOf } from "../period/layout";
import { uniqueSheetName } from "./sheetName";
import type { ReportOptions } from "../period/options";

type PeriodOptions = Pick<ReportOptions, "year" | "month" | "lang" | "periodKind">;

/**
 * The report sheet's name, saying the kind: "BC 9T-2013", "BC T5-2013", "BC Q3-2013", "BC năm 2013".
 * Always a name Excel accepts (sheetName.ts): the writers only add " (2)" when the workbook has it already.
 */
export function reportSheetName(o: PeriodOptions): string {
  return uniqueSheetName(periodSheetName(periodOf(o), o.lang), []);
}

/** The report's title. */
export function reportTitle(o: PeriodOptions, hasNext: boolean): string {
  const p = periodOf(o);
  return periodTitle(p, o.lang, { withEstimate: layoutOf(p.month, p.kind) === "autumn", hasNext });
}

/** "Tóm tắt 9 tháng năm 2013:": the summary's heading. */
export function reportSummaryHeading(o: PeriodOptions): string {
  return summaryHeading(periodOf(o), o.lang);
}
