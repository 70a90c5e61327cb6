/** The report as a grid both writers turn into a sheet. Pure data. */
import type { ValueKey } from "../measure/valueKey";

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
    /** What prints: the heading, the table and its notes (not the summary paragraph under them). */
    area?: Area;
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

/** One figure cell of the report's table: where the grid put it, whose figure it is, and which one. */
export interface FigureCell {
  row: number; // 0-based, in the grid
  col: number;
  code: string; // the indicator's code
  key: ValueKey;
}
