/**
 * Figures the report cannot give, and why, in the officer's words. The rule itself is the core's
 * (src/core/period.ts, shared with CT.YTD): a blank month inside the period, or a period past the
 * last month with data, leaves the figure blank. Here: which cells are missing, the cell note, the
 * problem (severity error, naming the raw data's cell and month) and the paragraph's clause.
 */
import { isPeriodGap, periodFigure, withinExcel } from "../../core/period";
import type { Kind } from "../../core/types";
import { sheetAddress } from "../../core/address";
import type { IndicatorYear } from "../read/dataset";

/** The report's figures made from months. */
export type FigureKey =
  | "lastYear"
  | "samePeriod"
  | "actual"
  | "monthNow"
  | "monthBefore"
  | "estimate"
  // The previous month (thực hiện tháng trước); the quarter, its same quarter last year, the previous quarter.
  | "monthPrev"
  | "quarterNow"
  | "quarterSame"
  | "quarterPrev";

/**
 * A figure left blank: the months (of `year`) it lacks or that overflow, and their cells. "no-row": the
 * indicator has no row for `year` at all (its cells are last year's row).
 */
export interface FigureGap {
  key: FigureKey;
  year: number;
  months: number[];
  cells: string[];
  reason: "missing" | "overflow" | "no-row";
  /** The estimate is blank because the period's figure is (the same months). */
  dependent?: boolean;
}

/** A level's figure taken from an earlier month than the period's end (reported each quarter). */
export interface FigureStand {
  key: FigureKey;
  year: number;
  month: number;
  end: number;
}

/** One figure of one indicator: the value, or the gap; a level may say which month it stands at. */
export interface Measured {
  value: number | null;
  gap?: FigureGap;
  stand?: FigureStand;
}

/** The address a problem about a whole row points at: its code cell, else its first cell. */
export function rowAddress(ind: IndicatorYear): string {
  return ind.cells?.code ?? sheetAddress(ind.source.sheet, ind.source.row - 1, 0);
}

/** The cell of month m of a row: the reader's address, else the row's address with the month named. */
export function monthCell(ind: IndicatorYear, m: number): string {
  return ind.cells?.months?.[m - 1] ?? `${rowAddress(ind)} (T${m})`;
}

function gapOf(ind: IndicatorYear, key: FigureKey, months: number[], reason: FigureGap["reason"]): FigureGap {
  return { key, year: ind.year, months, cells: months.map((m) => monthCell(ind, m)), reason };
}

/** The figure of months first..through (1..through: the year so far) of a row by the one period rule. */
export function measurePeriod(ind: IndicatorYear, through: number, kind: Kind, key: FigureKey, first = 1): Measured {
  const r = periodFigure(ind.months, through, kind, first);
  if (isPeriodGap(r))
    return { value: null, gap: gapOf(ind, key, r.months, r.reason === "overflow" ? "overflow" : "missing") };
  if (kind === "level" && r.month < through)
    return { value: r.value, stand: { key, year: ind.year, month: r.month, end: through } };
  return { value: r.value };
}

/** The figure of month m alone (a level: its latest value at or before m). */
export function measureMonth(ind: IndicatorYear, m: number, kind: Kind, key: FigureKey): Measured {
  if (kind === "level") return measurePeriod(ind, m, kind, key);
  const v = ind.months[m - 1];
  if (typeof v !== "number") return { value: null, gap: gapOf(ind, key, [m], "missing") };
  if (!withinExcel(v)) return { value: null, gap: gapOf(ind, key, [m], "overflow") };
  return { value: v };
}

/** The estimate left blank because the period's figure is. */
export function dependentGap(actual: FigureGap): FigureGap {
  return { ...actual, key: "estimate", dependent: true };
}
