/**
 * The last report this runtime made (by the pane's button or the ribbon's), with the document settings it
 * was made under: what the pane's "copy the Word body" and "download the .docx" use. One owner of this
 * shared state (the ribbon and the pane share the runtime).
 */
import type { DocumentSettings } from "../report/documentSettings";
import type { Report } from "../report/types";

let last: { report: Report; settings: DocumentSettings } | null = null;

export function rememberReport(report: Report, settings: DocumentSettings): void {
  last = { report, settings };
}

export function lastReport(): { report: Report; settings: DocumentSettings } | null {
  return last;
}
