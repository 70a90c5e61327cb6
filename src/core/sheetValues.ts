/**
 * A sheet's cells as Excel shows them: what the readers (the add-in's src/excel, the file reader src/xlsx)
 * hand the report. Pure data.
 */
export interface SourceValues {
  sheet: string;
  /**
   * As Excel's range.values: numbers (dates as serial numbers), strings, booleans, "" or null for blank,
   * error cells as "#N/A". May be SPARSE (missing rows, short rows): undefined is blank.
   */
  values: unknown[][];
  /** 0-based sheet row/col of values[0][0]; default 0, 0. */
  origin?: { row: number; col: number };
  /** Sheet state hidden or veryHidden: never read unless chosen (ReadOptions.sheet). */
  hidden?: boolean;
  /** Merged areas, 0-based sheet coordinates. */
  merges?: SheetRect[];
  /** Hidden rows and columns, 0-based sheet coordinates. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Excel tables on the sheet, 0-based sheet coordinates (header row included). */
  tables?: ({ name: string } & SheetRect)[];
  /**
   * Cells whose number format shows a date or time (0-based sheet coordinates). A date is never a
   * figure: in a month, plan or Lũy kế cell it is a problem naming the cell (in Năm, its year is read).
   */
  dateCells?: { row: number; col: number }[];
  /** The workbook counts dates from 1904-01-01 (serial 0), as Mac Excel once did: a date's year depends on it. */
  date1904?: boolean;
}

export type SheetRect = { r1: number; c1: number; r2: number; c2: number };
