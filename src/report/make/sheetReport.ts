/**
 * The report as its sheet stands: the model's report rebuilt with the figures the officer left in the
 * sheet's figure cells (an estimate edited by judgment, a cell cleared), so the paragraph, the Word body and
 * its table follow the sheet, not the first model. Pure: the Excel adapter reads the table's values
 * (src/excel/reportSheet.ts) and hands them here.
 *
 * The table's words (headings, STT, names, units, plans in words) must read as the model wrote them: when
 * they do not (rows deleted or inserted, columns moved), the figures cannot be placed and the answer is a
 * refusal naming the first cell that changed, never figures from the wrong rows.
 */
import type { Lang } from "../../core/types";
import type { DocumentSettings } from "../document/documentSettings";
import type { FigureEdit } from "../edits/figureEdits";
import { sheetAddress } from "../../core/address";
import { buildReport } from "./model";
import type { Area } from "../table/grid";
import type { Dataset } from "../read/dataset";
import type { Report } from "../table/report";
import type { ReportOptions } from "../period/options";

/** What the model was given and made: enough to make it again with the sheet's figures. */
export interface ReportMade {
  data: Dataset;
  options: ReportOptions;
  document: DocumentSettings;
  report: Report;
}

export type SheetReport =
  | { ok: true; report: Report; edits: FigureEdit[] }
  /** The table's words moved: the cell, the words the model wrote and what the cell holds now. */
  | { ok: false; reason: "changed"; address: string; expected: string; found: string }
  /** The report has no table map (not made by the model). */
  | { ok: false; reason: "no-table" };

/** The area of the sheet to read back: the table, header rows to the last indicator row. */
export function tableArea(report: Report): Area | null {
  return report.text?.figures ? report.text.table : null;
}

/** Excel keeps 15 significant digits: a figure written and read back unchanged may differ in the last bits. */
function sameNumber(a: number, b: number | null): boolean {
  return b !== null && Math.abs(a - b) <= 1e-13 * Math.max(1, Math.abs(a), Math.abs(b));
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

/**
 * The officer's edits: each figure cell whose value differs from the model's, or the first of the table's
 * words that moved. `values` is the table area's values as Excel gives them ("" for a blank cell).
 */
export function sheetEdits(
  report: Report,
  sheetName: string,
  values: readonly (readonly unknown[])[],
): { ok: true; edits: FigureEdit[] } | { ok: false; address: string; expected: string; found: string } {
  const area = tableArea(report);
  if (!area || !report.text?.figures) return { ok: true, edits: [] };
  const at = (r: number, c: number): unknown => values[r - area.r1]?.[c - area.c1];
  const figureAt = new Map(report.text.figures.map((f) => [`${f.row},${f.col}`, f]));
  const edits: FigureEdit[] = [];
  for (let r = area.r1; r <= area.r2; r++) {
    for (let c = area.c1; c <= area.c2; c++) {
      const cell = report.grid.cells[r]?.[c];
      const now = at(r, c);
      const figure = figureAt.get(`${r},${c}`);
      if (figure) {
        const placed = typeof cell?.value === "number" ? cell.value : null;
        const address = sheetAddress(sheetName, r, c);
        const base = { code: figure.code, key: figure.key, address };
        if (typeof now === "number") {
          if (!sameNumber(now, placed)) edits.push({ ...base, value: now });
        } else if (shown(now) === "") {
          if (placed !== null) edits.push({ ...base, value: null });
        } else edits.push({ ...base, value: null, text: shown(now) });
        continue;
      }
      // A formula's result follows the figures; only the words and numbers the model wrote are the layout.
      if (!cell || cell.formula || cell.value === null || cell.value === undefined) continue;
      if (typeof cell.value === "number" && typeof now === "number" && sameNumber(now, cell.value)) continue;
      const expected = shown(cell.value);
      if (expected === "" || shown(now) === expected) continue;
      return { ok: false, address: sheetAddress(sheetName, r, c), expected, found: shown(now) };
    }
  }
  return { ok: true, edits };
}

/**
 * The report made again from the same data with the sheet's figures, or why the sheet cannot be read.
 * `lang` writes it in the other language (the edits are figures, the same in both).
 */
export function reportFromSheet(
  made: ReportMade,
  sheetName: string,
  values: readonly (readonly unknown[])[],
  lang: Lang = made.options.lang,
): SheetReport {
  if (!tableArea(made.report)) return { ok: false, reason: "no-table" };
  const read = sheetEdits(made.report, sheetName, values);
  if (!read.ok)
    return { ok: false, reason: "changed", address: read.address, expected: read.expected, found: read.found };
  const report = buildReport(made.data, { ...made.options, lang }, made.document, read.edits);
  return { ok: true, report, edits: read.edits };
}
