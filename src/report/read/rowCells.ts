/**
 * One row of a data sheet as the reader sees it: its cells (blank merged cells filled down from the merge's
 * top-left, only within a merge), their addresses, whether a cell shows a date or a percent, and a cell read
 * as a number — a date, a boolean or unreadable text where a number belongs is a problem, never a figure; a
 * number typed as text is read by the data's declared style and listed.
 */
import { formatNumber } from "../../core/format";
import { NUMBER_STYLE_WORDS, parseNumberText, type NumberStyle } from "../../core/numberText";
import { sheetAddress } from "../../core/address";
import { problem } from "../../core/problem";
import type { Problem } from "../../core/problem";
import type { SourceValues } from "../../core/sheetValues";
import { isBlank } from "../../core/coerce";
import { decimalsOf, flatten } from "./cellText";
import type { Field, Layout } from "./header";

/** What every row of one sheet is read with. */
export interface SheetContext {
  src: SourceValues;
  layout: Layout;
  style: NumberStyle;
  problems: Problem[];
  or: number;
  oc: number;
  /** Keys "r,c" (indexes into values) of cells showing a date, and of cells showing a percent. */
  dates: Set<string>;
  percents: Set<string>;
  /** Values filled down merges in the fields' columns: key "r,c" -> the merge's top-left value. */
  fill: Map<string, unknown>;
}

/** Keys "r,c" into a source's values of cells given in sheet coordinates. */
export function cellKeys(src: SourceValues, cells: { row: number; col: number }[] | undefined): Set<string> {
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  return new Set((cells ?? []).map((d) => `${d.row - or},${d.col - oc}`));
}

export class RowCells {
  constructor(
    readonly s: SheetContext,
    readonly r: number,
    readonly row: unknown[],
  ) {}

  /** The sheet-qualified address of column c of this row. */
  addr(c: number): string {
    return sheetAddress(this.s.src.sheet, this.s.or + this.r, this.s.oc + c);
  }

  /** The cell's value, a blank filled down its merge. */
  cellAt(c: number): unknown {
    const v = this.row[c];
    if (isBlank(v) && this.s.fill.size > 0) {
      const f = this.s.fill.get(`${this.r},${c}`);
      if (f !== undefined) return flatten(f);
    }
    return flatten(v);
  }

  /** The cell of a field, or undefined when the layout has no such column. */
  at(f: Field): unknown {
    const c = this.s.layout.fields[f];
    return c === undefined ? undefined : this.cellAt(c);
  }

  colOf(f: Field, fallback: number): number {
    return this.s.layout.fields[f] ?? fallback;
  }

  isDate(c: number): boolean {
    return this.s.dates.has(`${this.r},${c}`);
  }

  isPercent(c: number | undefined): boolean {
    return c !== undefined && this.s.percents.has(`${this.r},${c}`);
  }

  push(p: Problem): void {
    this.s.problems.push(p);
  }

  /** Column c read as a number (`what` names the column in problems); null when blank or unreadable. */
  number(c: number, what: string): number | null {
    const v = flatten(this.row[c]);
    if (isBlank(v)) return null;
    const a = this.addr(c);
    if (typeof v === "number") {
      if (this.isDate(c)) {
        this.push(problem("date-in-number", "error", a, { what }));
        return null;
      }
      if (Number.isFinite(v)) return v;
      this.push(problem("not-finite", "error", a));
      return null;
    }
    if (typeof v === "boolean") {
      this.push(problem("boolean-in-number", "error", a, { what, text: v ? "TRUE" : "FALSE" }));
      return null;
    }
    return this.textNumber(String(v).trim(), a, what);
  }

  /** A number typed as text, read by the declared style and listed (a dash is a blank). */
  private textNumber(t: string, a: string, what: string): number | null {
    const style = this.s.style;
    if (/^[-–—.]+$/.test(t)) {
      this.push(problem("dash-as-blank", "info", a, { text: t }));
      return null;
    }
    const reading = parseNumberText(t, style);
    if (!reading) {
      this.push(problem("text-in-number", "error", a, { what, text: t }));
      return null;
    }
    const shown = formatNumber(reading.value, decimalsOf(reading.value), style);
    if (reading.style !== style) {
      this.push(
        problem("text-number-other-style", "warning", a, {
          text: t,
          value: shown,
          style: NUMBER_STYLE_WORDS[reading.style],
          declared: NUMBER_STYLE_WORDS[style],
        }),
      );
    } else if (reading.ambiguous) {
      const other = parseNumberText(t, style === "vi" ? "en" : "vi");
      const otherShown = other ? formatNumber(other.value, decimalsOf(other.value), style) : "?";
      this.push(
        problem("text-number-ambiguous", "warning", a, {
          text: t,
          value: shown,
          other: otherShown,
          style: NUMBER_STYLE_WORDS[style],
        }),
      );
    } else {
      this.push(
        problem("text-number-converted", "info", a, { text: t, value: shown, style: NUMBER_STYLE_WORDS[style] }),
      );
    }
    return reading.value;
  }
}
