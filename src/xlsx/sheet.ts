/**
 * One worksheet part, streamed: cell values as Excel's range.values gives them (numbers, dates as
 * serial numbers, strings, booleans, error text), kept SPARSE (only rows and cells that hold
 * something), plus merges, hidden rows and columns, table parts, which cells show a date, and the
 * formula cells whose saved result is not to be trusted (computed afterwards, formulaCells.ts).
 * Every element kind is counted against its ceiling (limits.ts) as it is met.
 */
import { sheetAddress } from "../core/address";
import { problem } from "../core/problem";
import type { Problem } from "../core/problem";
import { parseCellRef, parseRangeRef } from "./cellRef";
import type { FormulaCell } from "./formulaCells";
import type { ElementBudget, ElementKind } from "./limits";
import { uniqueMerges, blankMergedCells } from "./merges";
import { isoToSerial } from "./serial";
import { attr, decodeEscapes, parseEntry } from "./xml";
import type { InflateBudget, ZipEntry } from "./zip";

export type Rect = { r1: number; c1: number; r2: number; c2: number };

export interface SheetRead {
  values: unknown[][];
  merges: Rect[];
  hiddenRows: number[];
  hiddenCols: number[];
  dateCells: { row: number; col: number }[];
  tableIds: string[];
  /** Formula cells to compute: every one when the workbook recalculates on load, else those without a result. */
  formulas: FormulaCell[];
  /** Every shared formula's master (its index -> cell and text), for followers whose master was not kept. */
  sharedMasters: Map<string, FormulaCell>;
  cells: number;
}

export interface SheetContext {
  sheet: string;
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** The workbook asks for a full recalculation on load (calcPr fullCalcOnLoad): saved results are not trusted. */
  recalc: boolean;
  problems: Problem[];
  /** What is left of each element ceiling over the whole workbook. */
  budget: ElementBudget;
}

const MAX_COL = 16383;
/** Duplicate cells named one by one, at most this many a sheet (then one more problem counts the rest). */
const MAX_NAMED = 100;

/** Elements that are only counted (their content is not read). */
const COUNTED: Record<string, ElementKind> = {
  hyperlink: "hyperlinks",
  cfRule: "conditionalFormats",
  dataValidation: "dataValidations",
};

class SheetParser {
  readonly values: unknown[][] = [];
  readonly hiddenRows: number[] = [];
  readonly colRanges: [number, number][] = [];
  readonly mergeRefs: string[] = [];
  readonly dateCells: { row: number; col: number }[] = [];
  readonly tableIds: string[] = [];
  readonly formulas: (FormulaCell | null)[] = [];
  readonly formulaAt = new Map<number, number>();
  readonly sharedMasters = new Map<string, FormulaCell>();
  readonly conflicts = new Set<number>();
  cells = 0;
  duplicates = 0;
  outOfOrder: { first: string; count: number } | null = null;

  row = -1;
  col = -1;
  /** The previous cell's position in the file (row * 16384 + col): cells come in order. */
  last = -1;
  type = "n";
  style = 0;
  formula: { text: string; shared?: string } | null = null;
  v: string | null = null;
  inline: string | null = null;
  into: "v" | "t" | "f" | null = null;
  phonetic = 0;
  inCell = false;
  inSheetData = false;
  disordered = false;

  constructor(readonly ctx: SheetContext) {}

  address(row: number, col: number): string {
    return sheetAddress(this.ctx.sheet, Math.max(0, row), Math.max(0, col));
  }

  open(name: string, a: Record<string, string>, selfClosing: boolean): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = !selfClosing;
        return;
      case "row":
        return this.openRow(a);
      case "c":
        if (this.inSheetData) this.openCell(a, selfClosing);
        return;
      case "v":
        if (this.inCell) {
          this.v ??= "";
          if (!selfClosing) this.into = "v";
        }
        return;
      case "f":
        if (!this.inCell) return;
        this.formula = { text: "", ...(a.t === "shared" && a.si !== undefined ? { shared: a.si } : {}) };
        if (!selfClosing) this.into = "f";
        return;
      case "is":
        if (this.inCell) this.inline ??= "";
        return;
      case "rPh":
        if (!selfClosing) this.phonetic++;
        return;
      case "t":
        if (this.inCell && this.inline !== null && !selfClosing) this.into = "t";
        return;
      default:
        return this.openOther(name, a);
    }
  }

  openRow(a: Record<string, string>): void {
    this.ctx.budget.take("rows");
    const r = Number(a.r);
    this.row = Number.isInteger(r) && r >= 1 && r <= 1048576 ? r - 1 : this.row + 1;
    this.col = -1;
    if (a.hidden === "1" || a.hidden === "true") this.hiddenRows.push(this.row);
  }

  openCell(a: Record<string, string>, selfClosing: boolean): void {
    const ref = a.r ? parseCellRef(a.r) : null;
    if (ref) {
      this.row = ref.row;
      this.col = ref.col;
    } else this.col = Math.min(MAX_COL, this.col + 1);
    if (this.row < 0) this.row = 0;
    const at = this.row * (MAX_COL + 1) + this.col;
    this.disordered = at <= this.last;
    if (this.disordered) this.noteOutOfOrder();
    this.last = Math.max(this.last, at);
    this.type = a.t ?? "n";
    this.style = Number(a.s ?? 0) || 0;
    this.formula = null;
    this.v = null;
    this.inline = null;
    this.inCell = !selfClosing;
  }

  openOther(name: string, a: Record<string, string>): void {
    const counted = COUNTED[name];
    if (counted) return this.ctx.budget.take(counted);
    if (name === "col") {
      this.ctx.budget.take("cols");
      if (a.hidden !== "1" && a.hidden !== "true") return;
      const min = Math.max(1, Number(a.min) || 1);
      const max = Math.min(MAX_COL + 1, Number(a.max) || min);
      if (max >= min) this.colRanges.push([min - 1, max - 1]);
    } else if (name === "mergeCell") {
      this.ctx.budget.take("merges");
      if (a.ref) this.mergeRefs.push(a.ref);
    } else if (name === "tablePart") {
      const id = attr(a, "r:id");
      if (id) this.tableIds.push(id);
    }
  }

  close(name: string): void {
    if (name === "v" || name === "t" || name === "f") this.into = null;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "sheetData") this.inSheetData = false;
    else if (name === "c" && this.inCell) {
      this.inCell = false;
      this.finishCell();
    }
  }

  text(t: string): void {
    if (this.into === "v") this.v += t;
    else if (this.into === "f" && this.formula) this.formula.text += t;
    else if (this.into === "t" && this.phonetic === 0 && this.inline !== null) this.inline += t;
  }

  noteOutOfOrder(): void {
    if (this.outOfOrder) this.outOfOrder.count++;
    else this.outOfOrder = { first: this.address(this.row, this.col), count: 1 };
  }

  /** A formula whose saved result is not used: computed later (or named when it cannot be). */
  keepFormula(): boolean {
    const f = this.formula;
    if (f?.shared !== undefined && f.text !== "" && !this.sharedMasters.has(f.shared)) {
      this.sharedMasters.set(f.shared, { row: this.row, col: this.col, text: f.text, date: false });
    }
    if (!f || (this.v !== null && !this.ctx.recalc)) return false;
    if (!this.claim()) return true;
    this.formulaAt.set(this.row * (MAX_COL + 1) + this.col, this.formulas.length);
    this.formulas.push({
      row: this.row,
      col: this.col,
      text: f.text,
      ...(f.shared !== undefined ? { shared: f.shared } : {}),
      date: this.ctx.dateStyles[this.style] === true,
    });
    return true;
  }

  finishCell(): void {
    if (this.keepFormula()) return;
    const v = this.v;
    switch (this.type) {
      case "s":
        if (v !== null) this.put(this.ctx.sharedStrings[Number(v)] ?? "", false);
        return;
      case "inlineStr":
        if (this.inline !== null) this.put(decodeEscapes(this.inline), false);
        else if (v !== null) this.put(decodeEscapes(v), false);
        return;
      case "str":
        if (v !== null) this.put(decodeEscapes(v), false);
        return;
      case "b":
        if (v !== null) this.put(v.trim() === "1" || v.trim().toLowerCase() === "true", false);
        return;
      case "e":
        if (v !== null) this.put(v, false);
        return;
      case "d": {
        if (v === null) return;
        const serial = isoToSerial(v, this.ctx.date1904);
        this.put(serial ?? v, serial !== null);
        return;
      }
      default: {
        if (v === null || v.trim() === "") return;
        const n = Number(v);
        if (Number.isFinite(n)) this.put(n, this.ctx.dateStyles[this.style] === true);
        else this.put(v, false);
      }
    }
  }

  /**
   * Count the cell and check that its place is free. A second cell at a place already holding a value
   * (two `<c r="L3">`) is an error naming it, and the place is left blank: no value silently wins.
   */
  claim(): boolean {
    this.ctx.budget.take("cells");
    this.cells++;
    const at = this.row * (MAX_COL + 1) + this.col;
    if (this.conflicts.has(at)) return false;
    if (!this.disordered) return true;
    const f = this.formulaAt.get(at);
    if (this.values[this.row]?.[this.col] === undefined && f === undefined) return true;
    this.conflicts.add(at);
    if (f !== undefined) {
      this.formulas[f] = null;
      this.formulaAt.delete(at);
    }
    const line = this.values[this.row];
    if (line) delete line[this.col];
    this.duplicates++;
    if (this.duplicates <= MAX_NAMED) {
      this.ctx.problems.push(problem("duplicate-cell", "error", this.address(this.row, this.col)));
    }
    return false;
  }

  put(value: unknown, isDate: boolean): void {
    if (!this.claim()) return;
    let line = this.values[this.row];
    if (!line) this.values[this.row] = line = [];
    line[this.col] = value;
    if (isDate) this.dateCells.push({ row: this.row, col: this.col });
  }

  /** The problems of the sheet as a whole, after its last cell. */
  sheetProblems(): void {
    const p = this.ctx.problems;
    if (this.duplicates > MAX_NAMED) {
      p.push(
        problem("duplicate-cell-more", "error", "", { sheet: this.ctx.sheet, count: this.duplicates - MAX_NAMED }),
      );
    }
    const order = this.outOfOrder;
    if (order && order.count > this.duplicates) {
      p.push(problem("cell-out-of-order", "warning", order.first, { count: order.count }));
    }
  }
}

/** Sorted, overlapping column ranges joined: the hidden columns, each once. */
function hiddenColumns(ranges: [number, number][]): number[] {
  const out: number[] = [];
  let next = 0;
  for (const [a, b] of ranges.sort((x, y) => x[0] - y[0])) {
    for (let c = Math.max(a, next); c <= b; c++) out.push(c);
    next = Math.max(next, b + 1);
  }
  return out;
}

export function readSheet(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, ctx: SheetContext): SheetRead {
  const p = new SheetParser(ctx);
  parseEntry(bytes, e, budget, {
    open: (name, a, selfClosing) => p.open(name, a, selfClosing),
    close: (name) => p.close(name),
    text: (t) => p.text(t),
  });
  p.sheetProblems();
  const { merges, overlapping } = uniqueMerges(p.mergeRefs.map(parseRangeRef).filter((m): m is Rect => m !== null));
  if (overlapping.length > 0) {
    const first = overlapping[0]!;
    ctx.problems.push(
      problem("merge-overlap", "warning", p.address(first.r1, first.c1), { count: overlapping.length }),
    );
  }
  // Excel shows a merged area's value in its top-left cell only; the others read as blank.
  blankMergedCells(p.values, merges);
  const dates = p.dateCells.filter((d) => p.values[d.row]?.[d.col] !== undefined);
  return {
    values: p.values,
    merges,
    hiddenRows: p.hiddenRows,
    hiddenCols: hiddenColumns(p.colRanges),
    dateCells: dates,
    tableIds: p.tableIds,
    formulas: p.formulas.filter((f): f is FormulaCell => f !== null),
    sharedMasters: p.sharedMasters,
    cells: p.cells,
  };
}
