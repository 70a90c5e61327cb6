/**
 * The verifier of the workbook's earlier fingerprint ("v1:sha256:", src/writers/cellFactsV1.ts): the
 * cell facts of an .xlsx read through ExcelJS, compared with the fingerprint it carries. Given to the
 * package module's provenance (src/core/package/provenance.ts) by src/writers/provenance.ts.
 */
import ExcelJS from "exceljs";
import { fingerprint, type CellFact } from "./cellFactsV1";

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

/**
 * Every cell fact of a workbook read from a file (merged areas counted once, at their top-left cell).
 * Blank cells are visited too, for their notes; the cost is bounded by the file size limit of whoever
 * reads the file.
 */
export function workbookFacts(wb: ExcelJS.Workbook): { sheets: string[]; cells: CellFact[] } {
  const sheets: string[] = [];
  const cells: CellFact[] = [];
  wb.worksheets.forEach((ws, s) => {
    sheets.push(ws.name);
    // includeEmpty: a blank cell (or a row of them) may carry a note, e.g. why a figure is missing.
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const note = noteText(cell.note);
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

/** The earlier fingerprint of a workbook read from a file. */
export function workbookFingerprintV1(wb: ExcelJS.Workbook): string {
  const { sheets, cells } = workbookFacts(wb);
  return fingerprint(sheets, cells);
}

/** Undefined when `carried` is not of the earlier workbook scheme; else whether the .xlsx still gives it. */
export async function verifyXlsxV1(carried: string, bytes: Uint8Array): Promise<boolean | undefined> {
  if (!/^v1:sha256:[0-9a-f]{64}$/.test(carried)) return undefined;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbookFingerprintV1(wb) === carried;
}
