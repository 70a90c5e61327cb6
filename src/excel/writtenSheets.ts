/**
 * The fingerprint of a report sheet as written, so a second "Tạo báo cáo" for the same period replaces the
 * sheet it made when the officer left it untouched, and asks when it was edited: the command's rule for a
 * file (src/cli/target.ts), here for a sheet. The fingerprint is the SHA-256 of the sheet's used range as
 * Excel gives it back right after the write (its address, every cell's formula or constant, its number
 * format), read in the write's own round trip. It is kept in the workbook's document settings under
 * WRITTEN_SHEETS_KEY (sheet name -> fingerprint), so it travels with the file to the next session.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** Document settings key: the report sheets this add-in wrote, by name, with their fingerprints. */
export const WRITTEN_SHEETS_KEY = "ct.reportSheets";

/** What a used range gives back: its address, its formulas (constants where no formula) and formats. */
export interface SheetContent {
  address: string;
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** The fingerprint of a sheet's content: equal for the same cells, formulas and formats, in the same place. */
export function sheetFingerprint(c: SheetContent): string {
  const address = c.address.replace(/^.*!/, ""); // the sheet's name is not content
  const body = JSON.stringify({ v: 1, address, formulas: c.formulas, numberFormat: c.numberFormat });
  return bytesToHex(sha256(utf8ToBytes(body)));
}

function store(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

/** The fingerprints of the report sheets written in this workbook (empty outside Office). */
export function writtenSheets(): Record<string, string> {
  let raw: unknown = null;
  try {
    raw = store()?.get(WRITTEN_SHEETS_KEY) ?? null;
  } catch {
    raw = null;
  }
  const out: Record<string, string> = {};
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string") out[k] = v;
  }
  return out;
}

/**
 * Remember the fingerprint of the sheet just written (names no longer in the workbook are dropped), and
 * save the document settings unless `save` is false (a save that follows saves it too). Not a workbook
 * round trip; a failed save is quiet: the next run then treats the sheet as not the add-in's and makes a
 * new one beside it, as before.
 */
export async function rememberWrittenSheet(
  name: string,
  fingerprint: string,
  sheetNames: string[],
  save = true,
): Promise<void> {
  const s = store();
  if (!s) return;
  const kept = Object.fromEntries(Object.entries(writtenSheets()).filter(([k]) => sheetNames.includes(k)));
  try {
    s.set(WRITTEN_SHEETS_KEY, { ...kept, [name]: fingerprint });
    if (save) await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
  } catch {
    // The report stands; only the replacement on a second click is lost.
  }
}
