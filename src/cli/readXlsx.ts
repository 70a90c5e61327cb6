/**
 * Raw data from an .xlsx file: every sheet's values as Excel's range.values would give them (numbers,
 * strings, booleans, null for blank). Formula cells give their saved result, rich text is flattened,
 * hyperlinks give their text. The file is read into memory once and never written.
 */
import { readFile } from "fs/promises";
import ExcelJS from "exceljs";
import type { SourceValues } from "../report/reader";
import { sheetAddress } from "../report/address";
import type { Problem } from "../report/types";
import { CLI_MESSAGES, type Bi } from "./messages";
import { webExtensionProperties } from "./webExtensions";
export { REPORT_CREATOR } from "../writers/xlsx";

export interface XlsxData {
  sources: SourceValues[];
  problems: Problem[];
  creator: string;
  /** The add-in's document settings saved in the file (name -> JSON text): src/cli/webExtensions.ts. */
  webExtensionProperties?: Record<string, string>;
}

/** A file that cannot be read at all; the message names the file. */
export class InputError extends Error {
  constructor(readonly bilingual: Bi) {
    super(bilingual.en);
  }
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // the old .xls (and encrypted .xlsx)

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
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

/** The values of one worksheet, row 1 column A first. */
export function sheetValues(ws: ExcelJS.Worksheet, problems: Problem[]): unknown[][] {
  const out: unknown[][] = [];
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = new Array(cols).fill(null);
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged cell's slaves repeat the master's value in ExcelJS: keep the master only, as Excel does.
        if (cell.isMerged && cell.master !== cell) return;
        line[c - 1] = plainValue(cell.value, () =>
          problems.push({
            code: "formula-no-result",
            severity: "warning",
            address: sheetAddress(ws.name, r - 1, c - 1),
            message: CLI_MESSAGES.formulaNoResult(),
          }),
        );
      });
    }
    out.push(line);
  }
  return out;
}

/** Read every sheet of an .xlsx file. Throws InputError naming the file when it is not a workbook. */
export async function readXlsx(file: string, shownName = file): Promise<XlsxData> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    throw new InputError(CLI_MESSAGES.unreadable(shownName, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  if (startsWith(buf, OLE_MAGIC)) throw new InputError(CLI_MESSAGES.oldXls(shownName));
  if (!startsWith(buf, ZIP_MAGIC)) throw new InputError(CLI_MESSAGES.notXlsx(shownName));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError(CLI_MESSAGES.unreadable(shownName, e instanceof Error ? e.message : String(e)));
  }
  const problems: Problem[] = [];
  const sources: SourceValues[] = [];
  wb.eachSheet((ws) => {
    sources.push({ sheet: ws.name, values: sheetValues(ws, problems), origin: { row: 0, col: 0 } });
  });
  return { sources, problems, creator: wb.creator ?? "", webExtensionProperties: webExtensionProperties(buf) };
}
