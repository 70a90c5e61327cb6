/**
 * The last report this runtime made (by the pane's button or the ribbon's): what the model was given (data,
 * options, document settings), what it made, and the sheet it was written to. The pane's paragraph, "copy
 * the Word body" and "download the .docx" rebuild it from that sheet as it stands (src/excel/reportSheet.ts).
 * One owner of this shared state (the ribbon and the pane share the runtime).
 */
import type { ReportMade } from "../report/make/sheetReport";

export interface LastReport extends ReportMade {
  /** The report sheet's name as written (unique in the workbook). */
  sheetName: string;
  /** The officer's template sheet the figures went into: no table of the model's to read back. */
  templateSheet?: string;
}

let last: LastReport | null = null;

export function rememberReport(made: LastReport): void {
  last = made;
}

export function lastReport(): LastReport | null {
  return last;
}
