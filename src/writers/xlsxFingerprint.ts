/**
 * The fingerprint of an .xlsx report (src/writers/fingerprint.ts) through ExcelJS: the cell facts of a
 * workbook, the report's bytes with the fingerprint stamped in, and what an existing file's fingerprint
 * says (not ours, unedited, edited). The same facts are taken from the workbook being written and from a
 * file read back, so a report compares equal to itself after Excel or LibreOffice saved it unchanged.
 */
import ExcelJS from "exceljs";
import { readCustomProperties, setCustomProperty } from "./customProperties";
import { FINGERPRINT_PROPERTY, fingerprint, provenance, type CellFact, type Provenance } from "./fingerprint";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: unknown }[] }).texts;
  if (Array.isArray(texts)) return texts.map((t) => String(t.text ?? "")).join("");
  return undefined;
}

/** The constant of a non-formula cell as a fact value. */
function constantOf(cell: ExcelJS.Cell): CellFact["value"] {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // ExcelJS turns a number with a date format into a Date on reading: back to Excel's serial number.
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((t) => String((t as { text?: unknown }).text ?? "")).join("");
  if ("error" in o) return String(o.error);
  if ("text" in o) return String(o.text);
  return String(v);
}

/** A cell ExcelJS does not write (blank, no style): a note on it is not in the file. */
function unwritten(cell: ExcelJS.Cell): boolean {
  if (cell.type !== ExcelJS.ValueType.Null) return false;
  const style = (cell.style ?? {}) as Record<string, unknown>;
  return Object.values(style).every(
    (v) => v === undefined || (typeof v === "object" && v !== null && Object.keys(v).length === 0),
  );
}

/**
 * Every cell fact of a workbook (merged areas counted once, at their top-left cell). Blank cells are
 * visited too, for their notes; the cost is bounded by the file size limit of whoever reads the file.
 * `asWritten`: facts of a workbook in memory as they will read back from the file ExcelJS writes of it
 * (ExcelJS 4.4 writes a note on a blank unstyled cell but reads it back attached to no cell, so that note
 * is left out), so a report's fingerprint is taken without reading the written file back.
 */
export function workbookFacts(wb: ExcelJS.Workbook, asWritten = false): { sheets: string[]; cells: CellFact[] } {
  const sheets: string[] = [];
  const cells: CellFact[] = [];
  wb.worksheets.forEach((ws, s) => {
    sheets.push(ws.name);
    // includeEmpty: a blank cell (or a row of them) may carry a note, e.g. why a figure is missing.
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const note = asWritten && unwritten(cell) ? undefined : noteText(cell.note);
        const fact: CellFact = {
          sheet: s,
          row: r - 1,
          col: c - 1,
          ...(cell.numFmt ? { format: cell.numFmt } : {}),
          ...(note !== undefined ? { note } : {}),
        };
        if (cell.type === ExcelJS.ValueType.Formula) fact.formula = cell.formula;
        else fact.value = constantOf(cell);
        cells.push(fact);
      }),
    );
  });
  return { sheets, cells };
}

/** The fingerprint of a workbook's content (`asWritten`: of a workbook in memory, see workbookFacts). */
export function workbookFingerprint(wb: ExcelJS.Workbook, asWritten = false): string {
  const { sheets, cells } = workbookFacts(wb, asWritten);
  return fingerprint(sheets, cells);
}

/**
 * The .xlsx bytes of a workbook, carrying its fingerprint in a custom document property. The fingerprint
 * is taken from the workbook in memory as it reads back (test/writers/fingerprintAsWritten.test.ts holds
 * the two equal), not by reading the file back: on a national compilation (20,000 rows) reading back cost
 * as much as writing. ExcelJS stores the parts (no deflate) and setCustomProperty deflates the package
 * once, with fflate, when it adds the property.
 */
export async function xlsxWithFingerprint(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return setCustomProperty(bytes, FINGERPRINT_PROPERTY, workbookFingerprint(wb, true));
}

/** The fingerprint an .xlsx file carries, if any. Throws when the bytes are not a zip. */
export function carriedFingerprint(bytes: Uint8Array): string | undefined {
  return readCustomProperties(bytes)[FINGERPRINT_PROPERTY];
}

/**
 * What an existing .xlsx says about itself: "not-ours" without a fingerprint (or when not a workbook),
 * "unedited" when its content still gives the fingerprint it carries, else "edited".
 */
export async function xlsxProvenance(bytes: Uint8Array): Promise<Provenance> {
  let carried: string | undefined;
  try {
    carried = carriedFingerprint(bytes);
  } catch {
    return "not-ours";
  }
  if (carried === undefined) return "not-ours";
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return "edited"; // it carried our fingerprint but is no longer a readable workbook: never replace silently
  }
  return provenance(carried, workbookFingerprint(wb));
}
