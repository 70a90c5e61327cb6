/**
 * A bounded .xlsx reader of our own, on fflate (streaming inflate) and saxes (SAX): every sheet's
 * values as Excel's range.values gives them, with what the report reader needs to read a workbook as
 * offices keep it (merges, hidden sheets/rows/columns, tables, date cells). Synchronous and free of
 * Node and DOM APIs: the command, the browser page and a Web Worker all use it.
 *
 * Why not ExcelJS here: its full reader holds the whole workbook in memory (a stray cell at
 * XFD1048576 allocates every row up to it), its streaming reader ignores merges and runs only in Node,
 * and it reads t="d" cells wrongly. ExcelJS stays for writing reports.
 *
 * Cost is bounded, each bound a refusal naming the file and the limit: the file's size, the bytes
 * inflated (counted as they come out, whatever the zip declares) and every element kind (cells, rows,
 * cols, merges, shared strings, styles, hyperlinks, conditional formats, data validations; limits.ts).
 *
 * Saved formula results are trusted unless the workbook asks for a full recalculation on load (as
 * XlsxWriter, pandas and openpyxl write it, saving 0 or nothing): then, and for a formula without a
 * saved result, the cell is computed from its inputs (formula.ts, formulaCells.ts) or left blank, named.
 */
import type { Message } from "../core/message";
import type { SourceValues } from "../core/sheetValues";
import type { Problem } from "../core/problem";
import { REFUSALS } from "./messages";
import {
  readCreator,
  readCustomProperties,
  readRels,
  readSharedStrings,
  readStyles,
  readTable,
  readWebExtensionProperties,
  readWorkbookPart,
  workbookPath,
  type Part,
} from "./parts";
import { parseRangeRef } from "./cellRef";
import { computeFormulas, type FormulaSheet } from "./formulaCells";
import { DEFAULT_ELEMENT_LIMITS, ElementBudget, ElementLimitError, type ElementLimits } from "./limits";
import { readSheet, type SheetRead } from "./sheet";
import { formulaProblems } from "./formulaProblems";
import { isEncryptedOle, isOle, isXlsbEntries, isZip, looksLikeCsv, looksLikeHtml } from "./sniff";
import { entryText, InflateBudget, listEntries, ZipError } from "./zip";

export interface ReadLimits {
  maxFileBytes: number;
  maxInflatedBytes: number;
  maxCells: number;
  /** The other element kinds' ceilings (limits.ts); cells are maxCells. */
  maxElements?: Partial<Omit<ElementLimits, "cells">>;
  /** Cells visited in computing formulas (formulaCells.ts); past it the rest are left blank, named. */
  maxFormulaSteps?: number;
}

/**
 * 100 MB of file, 100 MB inflated, 2 million cells, the element ceilings of limits.ts. A national
 * compilation of 20,000 indicator rows (~360,000 cells, ~12 MB of sheet XML) reads in a few seconds;
 * 200,000 rows (~110 MB of XML, 3.6 million cells) is refused at once by the sizes the zip declares (or,
 * for a zip that under-declares, when the inflated bytes or the cells pass the limit).
 * Measured with `npm run bench -- reader`.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 2 ** 20,
  maxInflatedBytes: 100 * 2 ** 20,
  maxCells: DEFAULT_ELEMENT_LIMITS.cells,
  maxElements: DEFAULT_ELEMENT_LIMITS,
  maxFormulaSteps: 50_000_000,
};

export interface WorkbookFile {
  /** Every sheet in workbook order, hidden ones too (flagged). */
  sources: SourceValues[];
  /** E.g. a formula without a saved result. */
  problems: Problem[];
  /** docProps/core.xml dc:creator. */
  creator: string;
  /** docProps/custom.xml: name -> value as text. */
  customProperties: Record<string, string>;
  /** xl/webextensions/webextension*.xml we:property name -> value. */
  webExtensionProperties: Record<string, string>;
}

export type ReadRefusalCode =
  | "encrypted"
  | "xls"
  | "xlsb"
  | "ods"
  | "csv"
  | "html"
  | "not-xlsx"
  | "corrupt"
  | "too-large"
  | "too-many-cells"
  | "too-many-elements";

export interface ReadRefusal {
  code: ReadRefusalCode;
  message: Message;
}

export type ReadOutcome = { ok: true; workbook: WorkbookFile } | { ok: false; refusal: ReadRefusal };

function refuse(code: ReadRefusalCode, message: Message): ReadOutcome {
  return { ok: false, refusal: { code, message } };
}

/** Read an .xlsx from its bytes, or say why not. Never throws for bad input. */
export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReadOutcome {
  if (bytes.length > limits.maxFileBytes) {
    return refuse("too-large", REFUSALS.fileTooLarge(fileName, bytes.length, limits.maxFileBytes));
  }
  if (isOle(bytes)) {
    return isEncryptedOle(bytes)
      ? refuse("encrypted", REFUSALS.encrypted(fileName))
      : refuse("xls", REFUSALS.xls(fileName));
  }
  if (!isZip(bytes)) {
    if (looksLikeHtml(bytes)) return refuse("html", REFUSALS.html(fileName));
    return looksLikeCsv(bytes) ? refuse("csv", REFUSALS.csv(fileName)) : refuse("not-xlsx", REFUSALS.notXlsx(fileName));
  }
  const budget = new InflateBudget(limits.maxInflatedBytes);
  try {
    const entries = listEntries(bytes);
    // Refuse at once when the sizes the zip declares are already over the ceiling (the count made
    // while inflating still catches a zip that declares less than it holds).
    let declared = 0;
    for (const e of entries.values()) declared += e.declaredSize;
    if (declared > limits.maxInflatedBytes) {
      return refuse("too-large", REFUSALS.declaredTooLarge(fileName, declared, limits.maxInflatedBytes));
    }
    const part: Part = { bytes, entries, budget };
    const mimetype = entries.get("mimetype");
    if (mimetype && /opendocument\.spreadsheet/.test(entryText(bytes, mimetype, budget))) {
      return refuse("ods", REFUSALS.ods(fileName));
    }
    if (isXlsbEntries(entries.keys())) return refuse("xlsb", REFUSALS.xlsb(fileName));
    const wbPath = workbookPath(part);
    if (!wbPath) {
      if (entries.has("content.xml")) return refuse("ods", REFUSALS.ods(fileName));
      return refuse("not-xlsx", REFUSALS.notXlsx(fileName));
    }
    return { ok: true, workbook: readParts(part, wbPath, limits) };
  } catch (e) {
    if (e instanceof ZipError && e.kind === "inflated-limit") {
      return refuse("too-large", REFUSALS.inflatedTooLarge(fileName, limits.maxInflatedBytes));
    }
    if (e instanceof ElementLimitError) {
      return e.kind === "cells"
        ? refuse("too-many-cells", REFUSALS.tooManyCells(fileName, e.limit))
        : refuse("too-many-elements", REFUSALS.tooManyElements(fileName, e.kind, e.limit));
    }
    const why = e instanceof Error ? e.message : String(e);
    return refuse("corrupt", REFUSALS.corrupt(fileName, why.slice(0, 200)));
  }
}

function readParts(part: Part, wbPath: string, limits: ReadLimits): WorkbookFile {
  const { sheets, date1904, fullCalcOnLoad } = readWorkbookPart(part, wbPath);
  const budget = new ElementBudget({ ...DEFAULT_ELEMENT_LIMITS, ...limits.maxElements, cells: limits.maxCells });
  const wbRels = readRels(part, wbPath);
  const relTargets = [...wbRels.values()];
  const sharedPath = relTargets.find((t) => /sharedStrings\d*\.xml$/i.test(t));
  const stylesPath = relTargets.find((t) => /styles\d*\.xml$/i.test(t));
  const sharedStrings = sharedPath ? readSharedStrings(part, sharedPath, budget) : [];
  const { dateStyles } = stylesPath ? readStyles(part, stylesPath, budget) : { dateStyles: [] as boolean[] };

  const problems: Problem[] = [];
  const sources: SourceValues[] = [];
  const formulaSheets: FormulaSheet[] = [];
  for (const s of sheets) {
    const entry = s.path ? part.entries.get(s.path) : undefined;
    const hidden = s.state !== "visible";
    if (!entry || !s.path) {
      // A chart sheet or a missing part: no cells.
      sources.push({ sheet: s.name, values: [], origin: { row: 0, col: 0 }, ...(hidden ? { hidden } : {}) });
      continue;
    }
    const ctx = { sheet: s.name, sharedStrings, dateStyles, date1904, recalc: fullCalcOnLoad, problems, budget };
    const read = readSheet(part.bytes, entry, part.budget, ctx);
    formulaSheets.push({
      name: s.name,
      values: read.values,
      formulas: read.formulas,
      dateCells: read.dateCells,
      sharedMasters: read.sharedMasters,
    });
    sources.push(sourceOf(part, s.path, s.name, hidden, date1904, read));
  }
  if (formulaSheets.some((f) => f.formulas.length > 0)) {
    const outcome = computeFormulas(formulaSheets, limits.maxFormulaSteps ?? Infinity);
    problems.push(...formulaProblems(outcome));
  }
  for (const src of sources) if (src.dateCells?.length === 0) delete src.dateCells;
  return {
    sources,
    problems,
    creator: readCreator(part),
    customProperties: readCustomProperties(part),
    webExtensionProperties: readWebExtensionProperties(part),
  };
}

/** One sheet's values and facts as the report reader takes them. */
function sourceOf(
  part: Part,
  path: string,
  sheet: string,
  hidden: boolean,
  date1904: boolean,
  read: SheetRead,
): SourceValues {
  const sheetRels = read.tableIds.length > 0 ? readRels(part, path) : new Map<string, string>();
  const tables: NonNullable<SourceValues["tables"]> = [];
  for (const id of read.tableIds) {
    const tablePath = sheetRels.get(id);
    const t = tablePath ? readTable(part, tablePath) : null;
    const rect = t ? parseRangeRef(t.ref) : null;
    if (t && rect) tables.push({ name: t.name, ...rect });
  }
  return {
    sheet,
    values: read.values,
    origin: { row: 0, col: 0 },
    ...(hidden ? { hidden } : {}),
    ...(read.merges.length ? { merges: read.merges } : {}),
    ...(read.hiddenRows.length ? { hiddenRows: read.hiddenRows } : {}),
    ...(read.hiddenCols.length ? { hiddenCols: read.hiddenCols } : {}),
    ...(tables.length ? { tables } : {}),
    // The same array the formulas add their date cells to.
    dateCells: read.dateCells,
    ...(date1904 ? { date1904 } : {}),
  };
}
