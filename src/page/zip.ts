/** Every report of a run in one .zip (fflate, in memory), for the officer who gave several files. */
import { zipSync } from "fflate";
import type { Download, MadeFile } from "./make";

/** The .xlsx and .docx of every file that made a report; already-compressed files are stored as they are. */
export function zipReports(made: readonly MadeFile[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const m of made) {
    if (!m.ok) continue;
    for (const d of [m.xlsx, m.docx] as Download[]) entries[d.name] = [d.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
