/**
 * One worksheet part, streamed: cell values as Excel's range.values gives them (numbers, dates as
 * serial numbers, strings, booleans, error text), kept SPARSE (only rows and cells that hold
 * something), plus merges, hidden rows and columns, table parts and which cells show a date.
 */
import { sheetAddress } from "../core/address";
import { problem } from "../core/problem";
import type { Problem } from "../core/problem";
import { parseCellRef, parseRangeRef } from "./cellRef";
import { isoToSerial } from "./serial";
import { attr, parseEntry } from "./xml";
import type { InflateBudget, ZipEntry } from "./zip";

export type Rect = { r1: number; c1: number; r2: number; c2: number };

export interface SheetRead {
  values: unknown[][];
  merges: Rect[];
  hiddenRows: number[];
  hiddenCols: number[];
  dateCells: { row: number; col: number }[];
  tableIds: string[];
  cells: number;
}

/** Thrown when the workbook holds more cells than the ceiling. */
export class CellLimitError extends Error {}

export interface SheetContext {
  sheet: string;
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  problems: Problem[];
  /** Cells still allowed in the whole workbook. */
  cellBudget: { left: number };
}

const MAX_COL = 16383;

export function readSheet(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, ctx: SheetContext): SheetRead {
  const values: unknown[][] = [];
  const merges: Rect[] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  const dateCells: { row: number; col: number }[] = [];
  const tableIds: string[] = [];
  let cells = 0;

  let row = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let v: string | null = null;
  let inline: string | null = null;
  let into: "v" | "t" | null = null;
  let phonetic = 0;
  let inCell = false;
  let inSheetData = false;

  const put = (value: unknown, isDate: boolean): void => {
    if (ctx.cellBudget.left-- <= 0) throw new CellLimitError();
    cells++;
    let line = values[row];
    if (!line) values[row] = line = [];
    line[col] = value;
    if (isDate) dateCells.push({ row, col });
  };

  parseEntry(bytes, e, budget, {
    open(name, a, selfClosing) {
      switch (name) {
        case "sheetData":
          inSheetData = !selfClosing;
          return;
        case "row": {
          const r = Number(a.r);
          row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
          col = -1;
          if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(row);
          return;
        }
        case "c": {
          if (!inSheetData) return;
          const ref = a.r ? parseCellRef(a.r) : null;
          if (ref) {
            row = ref.row;
            col = ref.col;
          } else col = Math.min(MAX_COL, col + 1);
          if (row < 0) row = 0;
          type = a.t ?? "n";
          style = Number(a.s ?? 0) || 0;
          hasFormula = false;
          v = null;
          inline = null;
          inCell = !selfClosing;
          return;
        }
        case "v":
          if (inCell && !selfClosing) {
            into = "v";
            v ??= "";
          } else if (inCell) v ??= "";
          return;
        case "f":
          if (inCell) hasFormula = true;
          return;
        case "is":
          if (inCell) inline ??= "";
          return;
        case "rPh":
          if (!selfClosing) phonetic++;
          return;
        case "t":
          if (inCell && inline !== null && !selfClosing) into = "t";
          return;
        case "col":
          if (a.hidden === "1" || a.hidden === "true") {
            const min = Math.max(1, Number(a.min) || 1);
            const max = Math.min(MAX_COL + 1, Number(a.max) || min);
            for (let c = min; c <= max; c++) hiddenCols.push(c - 1);
          }
          return;
        case "mergeCell": {
          const rect = a.ref ? parseRangeRef(a.ref) : null;
          if (rect) merges.push(rect);
          return;
        }
        case "tablePart": {
          const id = attr(a, "r:id");
          if (id) tableIds.push(id);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      if (name === "v" || name === "t") into = null;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "sheetData") inSheetData = false;
      else if (name === "c" && inCell) {
        inCell = false;
        finishCell();
      }
    },
    text(t) {
      if (into === "v") v += t;
      else if (into === "t" && phonetic === 0 && inline !== null) inline += t;
    },
  });

  function finishCell(): void {
    switch (type) {
      case "s": {
        if (v === null) return;
        put(ctx.sharedStrings[Number(v)] ?? "", false);
        return;
      }
      case "inlineStr":
        if (inline !== null) put(inline, false);
        else if (v !== null) put(v, false);
        return;
      case "str":
        if (v !== null) put(v, false);
        else if (hasFormula) noResult();
        return;
      case "b":
        if (v !== null) put(v.trim() === "1" || v.trim().toLowerCase() === "true", false);
        else if (hasFormula) noResult();
        return;
      case "e":
        if (v !== null) put(v, false);
        else if (hasFormula) noResult();
        return;
      case "d": {
        if (v === null) {
          if (hasFormula) noResult();
          return;
        }
        const serial = isoToSerial(v, ctx.date1904);
        put(serial ?? v, serial !== null);
        return;
      }
      default: {
        if (v === null || v.trim() === "") {
          if (hasFormula) noResult();
          return;
        }
        const n = Number(v);
        if (Number.isFinite(n)) put(n, ctx.dateStyles[style] === true);
        else put(v, false);
      }
    }
  }

  function noResult(): void {
    ctx.problems.push(
      problem("formula-no-result", "warning", sheetAddress(ctx.sheet, Math.max(0, row), Math.max(0, col))),
    );
  }

  // Excel shows a merged area's value in its top-left cell only; the others read as blank.
  for (const m of merges) {
    for (let r = m.r1; r <= m.r2 && r < values.length; r++) {
      const line = values[r];
      if (!line) continue;
      for (let c = m.c1; c <= m.c2 && c < line.length; c++) {
        if ((r !== m.r1 || c !== m.c1) && line[c] !== undefined) delete line[c];
      }
    }
  }
  const dates = dateCells.filter((d) => values[d.row]?.[d.col] !== undefined);

  return { values, merges, hiddenRows, hiddenCols, dateCells: dates, tableIds, cells };
}
