/** Every report of a run in one .zip (in memory), for the officer who gave several files. */
import { zipStored } from "../core/package";
import type { Download, MadeFile } from "./make";

/** The .xlsx and .docx of every file that made a report; already-compressed files are stored as they are. */
export function zipReports(made: readonly MadeFile[]): Uint8Array {
  const files: Download[] = [];
  for (const m of made) if (m.ok) files.push(m.xlsx, m.docx);
  return zipStored(files);
}
