/** What the Excel double holds: cells, sheets, tables, and the records of writes and round trips. */
import type { Rect } from "./a1";
import { defaultPageLayout } from "./pageLayout";

/** One cell as the double keeps it. */
export interface CellState {
  value: string | number | boolean | null;
  /** The value is an error (#N/A, #VALUE! …), not text. */
  error?: boolean;
  formula: string | null;
  numberFormat: string;
  style: Record<string, string | number | boolean>;
}

/** One write that reached the workbook. */
export interface WriteRecord {
  sheet: string;
  address: string;
  kind: string;
  /** Index of the sync that carried it (1-based). */
  sync: number;
}

/** One round trip. */
export interface RequestRecord {
  bytes: number;
  ops: number;
  /** application.suspendApiCalculationUntilNextSync() was queued in this batch. */
  calculationSuspended: boolean;
  refused: boolean;
  /** Bytes the loads of this sync sent back. */
  responseBytes?: number;
}

export class SheetState {
  cells = new Map<string, CellState>();
  merges: Rect[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Rows the add-in asked Excel to fit to their text (autofitRows): the double cannot measure text. */
  fittedRows = new Set<number>();
  freeze = { rows: 0, cols: 0 };
  pageLayout: PageLayoutState = defaultPageLayout();
  visibility = "Visible";
  /** Hidden rows and columns, 0-based. */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Cell notes (ExcelApi 1.18) and comments (1.10) by "row,col". */
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }

  ensure(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General", style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let box: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const has =
        cell.formula !== null ||
        (cell.value !== null && cell.value !== "") ||
        (!valuesOnly && (cell.numberFormat !== "General" || Object.keys(cell.style).length > 0));
      if (!has) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (!box) box = { r1: r, c1: c, r2: r, c2: c };
      else {
        box.r1 = Math.min(box.r1, r);
        box.c1 = Math.min(box.c1, c);
        box.r2 = Math.max(box.r2, r);
        box.c2 = Math.max(box.c2, c);
      }
    }
    return box;
  }

  /** The values as Excel's range.values shows them: "" for blank. */
  valuesOf(rect: Rect): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const v = this.cell(r, c)?.value;
        row.push(v === null || v === undefined ? "" : v);
      }
      out.push(row);
    }
    return out;
  }
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
}

/** Options of a new double. */
export interface DoubleOptions {
  /** Excel on the web refuses a request over about 5 MB. */
  requestLimitBytes?: number;
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  /** Highest ExcelApi requirement set the host supports, e.g. "1.12". */
  excelApi?: string;
  /** The host answers mergeUndoGroup with UndoNotSupported (a run merged into one undo step is refused). */
  undoNotSupported?: boolean;
}

/** The workbook state the double holds. */
export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  active: SheetState;
  selection: { sheet: string; address: string } | null;
  /** The workbook counts dates from 1904-01-01 (Excel's "Use 1904 date system"). */
  date1904?: boolean;
}

/** What a sheet's page layout holds, as set through Worksheet.pageLayout (margins in points). */
export interface PageLayoutState {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  /** headersFooters.state and the texts: "leftHeader" (defaultForAllPages), "firstPage.leftHeader"… */
  headersFooters: Record<string, string>;
  paperSize?: string;
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
}
