/**
 * Raw data from an .xlsx file: every sheet's values as Excel's range.values would give them (numbers,
 * strings, booleans, null for blank). Formula cells give their saved result, rich text is flattened,
 * hyperlinks give their text. The file is read into memory once and never written. Until the bounded
 * reader of src/xlsx lands (CONTRACTS.md §1), this ExcelJS reading stands in for it, with the same
 * refusal codes; the file's size is bounded before it is opened.
 */
import ExcelJS from "exceljs";
import type { SourceValues } from "../report/reader";
import { sheetAddress } from "../report/address";
import type { Problem } from "../report/types";
import { readCustomProperties } from "../writers/customProperties";
import { readRegularFile, nodeFs, type FsLayer } from "./fileAccess";
import { refusalOf } from "./fileKind";
import { InputError } from "./inputError";
import { CLI_LIMITS } from "./limits";
import { CLI_MESSAGES } from "./messages";
import { webExtensionProperties } from "./webExtensions";
export { REPORT_CREATOR } from "../writers/xlsx";
export { InputError } from "./inputError";

export interface XlsxData {
  sources: SourceValues[];
  problems: Problem[];
  creator: string;
  /** docProps/custom.xml: name -> value (the fingerprint of a ct-report report lives here). */
  customProperties: Record<string, string>;
  /** The add-in's document settings saved in the file (name -> JSON text): src/cli/webExtensions.ts. */
  webExtensionProperties?: Record<string, string>;
}

/** A plain value from an ExcelJS cell value; `noResult` is called for a formula without a saved result. */
export function plainValue(v: unknown, noResult: () => void): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      if (!("result" in o) || o.result === undefined || o.result === null) {
        noResult();
        return null;
      }
      return plainValue(o.result, noResult);
    }
    if ("result" in o) return plainValue(o.result, noResult);
    if (Array.isArray(o.richText)) return o.richText.map((t) => String((t as { text?: unknown }).text ?? "")).join("");
    if ("error" in o) return String(o.error);
    if ("text" in o) return plainValue(o.text, noResult);
  }
  return String(v);
}

/**
 * The values of one worksheet, row 1 column A first: sparse, as src/report/reader.ts accepts (a row without
 * values is a hole, a row ends at its last value), so a stray cell at XFD1048576 costs one row of 16,384
 * entries, not a 1,048,576 × 16,384 grid.
 */
export function sheetValues(ws: ExcelJS.Worksheet, problems: Problem[]): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell's slaves repeat the master's value in ExcelJS: keep the master only, as Excel does.
      if (cell.isMerged && cell.master !== cell) return;
      while (line.length < c - 1) line.push(null);
      line[c - 1] = plainValue(cell.value, () =>
        problems.push({
          code: "formula-no-result",
          severity: "warning",
          address: sheetAddress(ws.name, r - 1, c - 1),
          message: CLI_MESSAGES.formulaNoResult(),
        }),
      );
    });
    out[r - 1] = line;
  });
  return out;
}

/** Read every sheet of .xlsx bytes. Throws InputError naming the file when they are not a workbook we can read. */
export async function readXlsxBytes(
  bytes: Uint8Array,
  shownName: string,
  maxInflatedBytes = CLI_LIMITS.maxInflatedBytes,
): Promise<XlsxData> {
  const refused = refusalOf(bytes, shownName, maxInflatedBytes);
  if (refused) throw refused;
  let customProperties: Record<string, string>;
  try {
    customProperties = readCustomProperties(bytes);
  } catch {
    customProperties = {};
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError(CLI_MESSAGES.corrupt(shownName, e instanceof Error ? e.message : String(e)), "corrupt");
  }
  const problems: Problem[] = [];
  const sources: SourceValues[] = [];
  wb.eachSheet((ws) => {
    sources.push({ sheet: ws.name, values: sheetValues(ws, problems), origin: { row: 0, col: 0 } });
  });
  return {
    sources,
    problems,
    creator: wb.creator ?? "",
    customProperties,
    webExtensionProperties: webExtensionProperties(bytes),
  };
}

/**
 * Read every sheet of an .xlsx file: a regular file of at most `maxBytes` (refused at once otherwise, by
 * its stat, before it is opened). Throws InputError naming the file.
 */
export async function readXlsx(
  file: string,
  shownName = file,
  maxBytes = CLI_LIMITS.maxFileBytes,
  fsl: FsLayer = nodeFs,
  maxInflatedBytes = CLI_LIMITS.maxInflatedBytes,
): Promise<XlsxData> {
  return readXlsxBytes(await readRegularFile(file, shownName, maxBytes, fsl), shownName, maxInflatedBytes);
}
