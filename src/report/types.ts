/**
 * The contract between the reader, the report model and the two writers (Excel, .xlsx).
 * Pure data: no Office import.
 */
import type { Message } from "../core/message";
import type { IndexBasis } from "../core/indexAverage";
import type { PeriodKind } from "../core/periodPhrases";
import type { PlanTarget } from "../core/planTarget";
import type { EstimateMethod, Kind, Lang } from "../core/types";
import type { ValueKey } from "./columns";

/** A plan as written: a number, a range, a bound, an approximate target or a growth (src/core/planTarget.ts). */
export type { PlanTarget } from "../core/planTarget";
/** One row of the raw data: one indicator, one year. */
export interface IndicatorYear {
  code: string; // Mã, e.g. "GTSX"
  group: string; // Nhóm, e.g. "Công nghiệp"
  name: string; // Chỉ tiêu
  unit: string; // ĐVT
  kind: Kind;
  year: number;
  plan: PlanTarget | null; // Kế hoạch (or dự toán for budget lines)
  months: (number | null)[]; // T1..T12, exactly 12 entries, null = missing
  ytd: number | null; // Lũy kế: a published year-to-date figure, overrides computation
  /** Where the row came from, for problems and for "select this cell". */
  source: { sheet: string; row: number }; // row is 1-based, as Excel shows it
  /** Chính / Main column: true marked (x, có, yes, 1), false marked "không"/"no"/0, absent when blank or no column. */
  main?: boolean;
  /**
   * An index row's months: fixed-base numbers ("bình quân (gốc cố định)") or indices on the same month of
   * last year ("bình quân (cùng kỳ)"). Absent when the kind word does not say (problem index-basis-missing).
   */
  basis?: IndexBasis;
  /**
   * Sheet-qualified addresses of the row's cells, for problems found after reading (a stale Lũy kế, a
   * blank month inside the report period). `months[m - 1]` is the cell of month m (filled by the reader).
   */
  cells?: { code?: string; ytd?: string; months?: (string | undefined)[] };
  /** The plan cell's text as typed when it could not be read (plan is null): shown as text, never a number. */
  planText?: string;
  /** Figures a later row of the same code and year replaced (docs/data-layout.md, "Revisions"). */
  revisions?: Revision[];
  /** A budget line's second estimate, dự toán HĐND tỉnh giao ("Dự toán HĐND" column); `plan` is then the centre's. */
  localPlan?: PlanTarget | null;
  /** The Dự toán HĐND cell's text as typed when it could not be read (localPlan is absent): shown as text. */
  localPlanText?: string;
}

/** How far a figure has come: the office's estimate, then preliminary, actual, revised, official. */
export type RevisionStatus = "estimate" | "preliminary" | "actual" | "revised" | "official";

/** One figure of an indicator-year replaced by a later revision row (Loại số liệu). */
export interface Revision {
  what: "month" | "ytd" | "plan";
  /** The month (1..12) of a revised month. */
  month?: number;
  /** The revising row's status, and the status of the row whose figure it replaced (undefined: unmarked). */
  status: RevisionStatus;
  replaced?: RevisionStatus;
  /** The figures before and after (plans that are not numbers carry none). */
  before?: number;
  after?: number;
  /** The revised cell, sheet-qualified. */
  cell: string;
}

export type ProblemSeverity = "error" | "warning" | "info";

/** One thing found wrong or converted in the raw data, with the cell to look at. */
export interface Problem {
  code: string; // stable key, e.g. "text-number-converted", "duplicate-row"
  severity: ProblemSeverity;
  /** Sheet-qualified A1 address, e.g. "'Dữ liệu'!H5"; "" when the problem has no one cell. */
  address: string;
  message: Message;
}

/** What the reader hands the report model. */
export interface Dataset {
  indicators: IndicatorYear[];
  problems: Problem[];
}

/** Options of one report run (the task pane's settings; the ribbon infers them). */
export interface ReportOptions {
  year: number;
  month: number; // through month, 1..12
  method: EstimateMethod;
  comparison: "index" | "growth"; // 105,2 or 5,2
  lang: Lang;
  live: boolean; // native formulas in comparison cells, or computed values
  /** The month, the quarter ending at `month`, or the months so far; absent: the month's default (docs/periods.md). */
  periodKind?: PeriodKind;
  percentDecimals?: 1 | 2; // decimals of percent of plan and growth (columns, sentences); 1 when absent; price indices keep 2
}

/** Cell style, kept small so both writers can honour every field. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  fontSize?: number;
  fill?: string; // "#RRGGBB"
}

/** One cell of the report. A formula is A1-style, invariant (English names, commas), leading "=". */
export interface GridCell {
  value?: string | number | null;
  formula?: string;
  format?: string; // Excel number format code, e.g. "#,##0.0"
  style?: CellStyle;
  /** A cell note in the report's language: why the cell is blank, or which month a level stands at. */
  note?: string;
}

/** A rectangle, 0-based, inclusive. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** The report as a grid both writers turn into a sheet. Row 0, column 0 is cell A1. */
export interface Grid {
  rows: number;
  cols: number;
  cells: (GridCell | undefined)[][]; // [row][col]
  merges: Area[];
  borders: Area[]; // thin borders on every cell edge inside the area
  colWidths: number[]; // in Excel character units, one per column
  freeze: { rows: number; cols: number };
  print: {
    landscape: boolean;
    fitToWidth: number;
    repeatRows: { first: number; last: number };
    /** The printed page's header and footer, in Excel's codes ("&P" the page number, "&N" the page count). */
    header?: HeaderFooterText;
    footer?: HeaderFooterText;
    /** The first page prints no header or footer (Nghị định 30: page numbers from page 2). */
    differentFirst?: boolean;
    /** Paper size: "A4" (the only one the report uses). */
    paper?: "A4";
    /** Centre the table on the page horizontally. */
    centerHorizontally?: boolean;
    /** Page margins in inches (Excel's page setup unit). */
    margins?: PageMargins;
  };
  /** Row heights in points, rows that need more than Excel's default (wrapped text); sorted by row. */
  rowHeights?: { row: number; points: number }[];
}

/** Page margins in inches, as Excel's page setup dialog and the .xlsx file hold them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** The three parts of a printed header or footer, each in Excel's header/footer codes. */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

/** What report(data, options) returns. */
export interface Report {
  sheetName: string; // "BC 9T-2013": the writer adds " (2)" and on when taken, 31 characters at most
  title: string;
  grid: Grid;
  paragraph: string; // the officer's paragraph of the period, in options.lang
  indicatorCount: number;
  problems: Problem[]; // the reader's problems plus the model's
  /** The report's words for a document (the Word report): absent for reports not made by the model. */
  text?: ReportText;
}

/** What the Word report's body and appendix take from the model, beside the grid. */
export interface ReportText {
  year: number;
  month: number;
  lang: Lang;
  /** The period's sentences by group, in the table's order ("Công nghiệp": […]); a group may have none. */
  sections: { group: string; sentences: string[] }[];
  /** The notes under the table, for the reader. */
  notes: string[];
  /** The table's rows in the grid (header rows to the last indicator row), inclusive. */
  table: Area;
  /** The figure cells the model placed (a number or a blank, not a plan in words): read back after edits. */
  figures?: FigureCell[];
}

/** One figure cell of the report's table: where the grid put it, whose figure it is, and which one. */
export interface FigureCell {
  row: number; // 0-based, in the grid
  col: number;
  code: string; // the indicator's code
  key: ValueKey;
}
