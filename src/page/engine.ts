/**
 * The page's heavy half, loaded as its own chunk after the first paint (src/page/report.ts): the
 * reader, the report model and both writers. Everything the light half calls goes through here.
 */
import { savedSettingsFromProperties, type Settings } from "../report/make/reportSettings";
import { readFile, makeFile, type Choices, type InputFile, type LoadedFile, type MadeFile } from "./make";
import { DEFAULT_READ_LIMITS } from "../xlsx";
import { fillMessage } from "../core/message";
import { aboutFile, FAILURE_MESSAGES } from "../core/failureMessages";
import { REFUSALS } from "../xlsx/messages";
import { zipReports } from "./zip";

export type { Choices, InputFile, LoadedFile, MadeFile };
export { zipReports };

/**
 * Read every chosen file in the order given. A file over the reader's size limit is refused before
 * its bytes are read into memory.
 */
export async function readFiles(files: readonly File[]): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  for (const f of files) {
    if (f.size > DEFAULT_READ_LIMITS.maxFileBytes) {
      const message = REFUSALS.fileTooLarge(f.name, f.size, DEFAULT_READ_LIMITS.maxFileBytes);
      out.push({ name: f.name, outcome: { ok: false, refusal: { code: "too-large", message } } });
    } else {
      out.push(readFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }));
    }
  }
  return out;
}

/** Make every file's reports with the same choices; an unexpected failure is that file's, not the run's. */
export async function makeReports(loaded: readonly LoadedFile[], choices: Choices): Promise<MadeFile[]> {
  const taken = new Set<string>();
  const out: MadeFile[] = [];
  for (const file of loaded) {
    try {
      out.push(await makeFile(file, choices, taken));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const message = aboutFile(file.name, fillMessage(FAILURE_MESSAGES.unexpected, { detail }));
      out.push({ name: file.name, ok: false, message, problems: [] });
    }
  }
  return out;
}

/** The task pane's settings saved in the first workbook that has them (ct.settings; src/report/make/reportSettings.ts). */
export function savedSettings(loaded: readonly LoadedFile[]): Settings | null {
  for (const f of loaded) {
    const saved = f.outcome.ok ? savedSettingsFromProperties(f.outcome.workbook.webExtensionProperties) : null;
    if (saved) return saved;
  }
  return null;
}
