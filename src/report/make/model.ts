/**
 * The report model: raw data -> the standard provincial report table (DOMAIN.md) as a grid of values,
 * native formulas, formats, merges and borders, plus the paragraph of the period. Pure.
 * The columns (columns.ts), one indicator's row (indicatorRow.ts), the notes (notes.ts) and the period's
 * names (titles.ts) live beside it; this file lays them out on the grid.
 */
import { inLang, REPORT_WORDS, roman } from "../../core/words";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../document/documentSettings";
import { columns, type Column } from "../table/columns";
import { figureKeysShown, missingLines, missingProblems } from "../words/gapReport";
import { revisionLines } from "../words/revisionNotes";
import { HEADING_ROWS, headingCells } from "../document/heading";
import { type TableContext, writeIndicatorRow } from "../table/indicatorRow";
import { layoutOf, periodKindOf } from "../period/layout";
import { applyFigureEdits, type FigureEdit } from "../edits/figureEdits";
import { computeMeasures, type IndicatorMeasures } from "../measure/measures";
import { notes } from "../words/notes";
import { paragraphChunks } from "../words/paragraphChunks";
import { paragraphSentences } from "../words/sentences";
import { problem } from "../../core/problem";
import { fitColumnWidths, reportPrint, rowHeightsOf } from "../table/print";
import { reportSheetName, reportSummaryHeading, reportTitle } from "../table/titles";
import type { Area, CellStyle, FigureCell, Grid, GridCell } from "../table/grid";
import type { Dataset } from "../read/dataset";
import type { FigureKey } from "../measure/gaps";
import type { Problem } from "../../core/problem";
import type { Report } from "../table/report";
import type { ReportOptions } from "../period/options";

export { layoutOf, type Layout } from "../period/layout";
export { paragraphChunks } from "../words/paragraphChunks";
export { planText } from "../table/planVerdict";
export { reportSheetName, reportTitle } from "../table/titles";

const HEADER_STYLE: CellStyle = { bold: true, align: "center", valign: "middle", wrap: true, fill: "#DDEBF7" };

/** First row of the table's headers, and of the data. */
export const HEADER_ROW = HEADING_ROWS;
export const FIRST_DATA_ROW = HEADER_ROW + 3;

/** The cells and merges being laid out, and how one cell is set. */
interface Sheet {
  cells: (GridCell | undefined)[][];
  merges: Area[];
  set: (r: number, c: number, cell: GridCell) => void;
}

function newSheet(): Sheet {
  const cells: (GridCell | undefined)[][] = [];
  const set = (r: number, c: number, cell: GridCell): void => {
    while (cells.length <= r) cells.push([]);
    (cells[r] as (GridCell | undefined)[])[c] = cell;
  };
  return { cells, merges: [], set };
}

/** What the table is made of: the period's measures, its columns and where each value sits, its problems. */
interface Plan {
  measures: IndicatorMeasures[];
  problems: Problem[];
  hasNext: boolean;
  hasBudget: boolean;
  cols: Column[];
  colIndex: Map<string, number>;
  shown: FigureKey[];
}

function planTable(data: Dataset, o: ReportOptions, edits: readonly FigureEdit[]): Plan {
  // The officer's edits of the report sheet (src/report/make/sheetReport.ts), when rebuilt from it.
  const measures = applyFigureEdits(computeMeasures(data, o), edits, o);
  const problems: Problem[] = [...data.problems];
  // An estimate fallback matters only where the report shows an estimate (the autumn layout).
  const layout = layoutOf(o.month, periodKindOf(o));
  const showsEstimate = layout === "autumn";
  for (const m of measures)
    for (const p of m.problems) if (p.code !== "estimate-fallback" || showsEstimate) problems.push(p);
  const hasNext = measures.some((m) => m.next !== undefined) && (layout === "autumn" || layout === "december");
  // The province's budget estimate gets its columns only when some row gives one; a Dự toán HĐND typed as
  // text the reader could not read still gets its column: shown as typed.
  const cols = columns(
    o,
    hasNext,
    measures.some((m) => m.localPlan || m.current?.localPlanText !== undefined),
  );
  const colIndex = new Map<string, number>();
  cols.forEach((c, i) => {
    colIndex.set(c.id, i);
    if (c.value) colIndex.set(c.value, i);
  });
  const shown = figureKeysShown(cols.map((c) => c.value));
  for (const m of measures) problems.push(...missingProblems(m, shown, o));
  if (measures.length > 0 && measures.every((m) => m.actual === null && m.monthNow === null)) {
    problems.push(problem("no-data-for-year", "warning", "", { year: o.year, month: o.month }));
  }
  return { measures, problems, hasNext, hasBudget: measures.some((m) => m.budget), cols, colIndex, shown };
}

/** Two header rows: "So sánh (%)" spans the comparison block; every other header spans both rows. */
function writeHeaderRows(sheet: Sheet, cols: Column[], lang: ReportOptions["lang"]): void {
  const { set, merges } = sheet;
  const blockStart = cols.findIndex((c) => c.inBlock);
  const blockEnd = blockStart < 0 ? -1 : blockStart + cols.filter((c) => c.inBlock).length - 1;
  cols.forEach((c, i) => {
    if (c.inBlock) {
      set(HEADER_ROW + 1, i, { value: c.head, style: HEADER_STYLE });
    } else {
      set(HEADER_ROW, i, { value: c.head, style: HEADER_STYLE });
      set(HEADER_ROW + 1, i, { style: HEADER_STYLE });
      merges.push({ r1: HEADER_ROW, c1: i, r2: HEADER_ROW + 1, c2: i });
    }
    set(HEADER_ROW + 2, i, {
      value: i < 3 ? String.fromCharCode(65 + i) : String(i - 2),
      style: { italic: true, align: "center" },
    });
  });
  if (blockStart >= 0) {
    set(HEADER_ROW, blockStart, { value: REPORT_WORDS.compare[lang], style: HEADER_STYLE });
    for (let i = blockStart + 1; i <= blockEnd; i++) set(HEADER_ROW, i, { style: HEADER_STYLE });
    merges.push({ r1: HEADER_ROW, c1: blockStart, r2: HEADER_ROW, c2: blockEnd });
  }
}

/** Groups in the data's order, Roman numerals; indicators numbered within their group. Returns the groups and the last row. */
function writeGroups(
  sheet: Sheet,
  measures: IndicatorMeasures[],
  table: TableContext,
): { groups: string[]; last: number } {
  const lang = table.options.lang;
  const groups: string[] = [];
  for (const m of measures) if (!groups.includes(m.group)) groups.push(m.group);
  let r = FIRST_DATA_ROW;
  groups.forEach((gname, gi) => {
    if (gname !== "" || groups.length > 1) {
      sheet.set(r, 0, { value: roman(gi + 1), style: { bold: true, align: "center" } });
      sheet.set(r, 1, { value: gname || inLang(lang, "Khác", "Other"), style: { bold: true } });
      r++;
    }
    measures
      .filter((m) => m.group === gname)
      .forEach((m, k) => {
        writeIndicatorRow(m, r, k + 1, table);
        r++;
      });
  });
  return { groups, last: r - 1 };
}

/**
 * The notes and the paragraph under the table, each line wrapped inside the table's width. Returns the notes,
 * the sentences, the last note's row (what prints ends there) and the row after everything.
 */
function writeUnder(
  sheet: Sheet,
  plan: Plan,
  o: ReportOptions,
  lastTableRow: number,
): { noteLines: string[]; sentences: string[]; lastNote: number; end: number } {
  const nCols = plan.cols.length;
  const line = (row: number, cell: GridCell): void => {
    sheet.set(row, 0, { ...cell, style: { ...cell.style, wrap: true, valign: "top" } });
    sheet.merges.push({ r1: row, c1: 0, r2: row, c2: nCols - 1 });
  };
  let r = lastTableRow + 2;
  const noteLines = [
    ...notes(o, plan.measures, plan.hasBudget),
    ...missingLines(plan.measures, plan.shown, o),
    ...revisionLines(plan.measures, [...plan.shown, ...plan.cols.map((c) => c.value)], o.lang),
  ];
  for (const note of noteLines) line(r++, { value: note, style: { italic: true } });
  const lastNote = r - 1;
  const sentences = paragraphSentences(plan.measures, o);
  if (sentences.length > 0) {
    r++;
    line(r++, { value: reportSummaryHeading(o), style: { bold: true } });
    // Sentences run on as a paragraph, a few to a cell: a row's height has a limit (409 pt) and every
    // merged row is one more command for the add-in.
    for (const chunk of paragraphChunks(sentences)) line(r++, { value: chunk });
  }
  return { noteLines, sentences, lastNote, end: r };
}

/** The grid of `sheet`, every row as wide as the table, with its borders, widths, heights and print settings. */
function gridOf(
  sheet: Sheet,
  nCols: number,
  widths: number[],
  end: number,
  lastTableRow: number,
  lastNote: number,
): Grid {
  const rows = Math.max(sheet.cells.length, end);
  const full: (GridCell | undefined)[][] = [];
  for (let i = 0; i < rows; i++) {
    const src = sheet.cells[i] ?? [];
    const line: (GridCell | undefined)[] = [];
    for (let c = 0; c < nCols; c++) line.push(src[c]);
    full.push(line);
  }
  const lastTable = Math.max(lastTableRow, HEADER_ROW + 2);
  const grid: Grid = {
    rows,
    cols: nCols,
    cells: full,
    merges: sheet.merges,
    borders: [{ r1: HEADER_ROW, c1: 0, r2: lastTable, c2: nCols - 1 }],
    colWidths: widths,
    freeze: { rows: FIRST_DATA_ROW, cols: 0 },
    print: reportPrint(
      { first: HEADER_ROW, last: HEADER_ROW + 2 },
      { r1: 0, c1: 0, r2: Math.max(lastTable, lastNote), c2: nCols - 1 },
    ),
  };
  grid.colWidths = fitColumnWidths(grid);
  grid.rowHeights = rowHeightsOf(grid);
  return grid;
}

/**
 * The report of `options.year`, months 1..`options.month`. Never throws on bad data: a figure that
 * cannot be computed is an empty cell, and what went wrong is in `problems`.
 */
export function buildReport(
  data: Dataset,
  options: ReportOptions,
  document: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS,
  edits: readonly FigureEdit[] = [],
): Report {
  const o = options;
  const { lang } = o;
  const plan = planTable(data, o, edits);
  const { measures, cols } = plan;
  const nCols = cols.length;
  const sheet = newSheet();
  const figures: FigureCell[] = [];
  const table: TableContext = {
    options: o,
    cols,
    colIndex: plan.colIndex,
    hasBudget: plan.hasBudget,
    set: sheet.set,
    figures,
  };
  const title = reportTitle(o, plan.hasNext);
  const comparisonWords =
    o.comparison === "index"
      ? inLang(lang, "Cột so sánh: chỉ số, kỳ so sánh = 100", "Comparisons: index, base = 100")
      : inLang(lang, "Cột so sánh: tăng (+) / giảm (−) %", "Comparisons: change in %");
  const heading = headingCells({ title, comparisonWords, cols: nCols, year: o.year, lang, document });
  for (const h of heading.cells) sheet.set(h.r, h.c, h.cell);
  sheet.merges.push(...heading.merges);
  writeHeaderRows(sheet, cols, lang);
  const { groups, last } = writeGroups(sheet, measures, table);
  const under = writeUnder(sheet, plan, o, last);
  const grid = gridOf(
    sheet,
    nCols,
    cols.map((c) => c.width),
    under.end,
    last,
    under.lastNote,
  );
  return {
    sheetName: reportSheetName(o),
    title,
    grid,
    paragraph: under.sentences.join(" "),
    indicatorCount: measures.length,
    problems: plan.problems,
    text: {
      year: o.year,
      month: o.month,
      kind: periodKindOf(o),
      lang,
      sections: groups.map((group) => ({
        group: group || inLang(lang, "Khác", "Other"),
        sentences: paragraphSentences(
          measures.filter((m) => m.group === group),
          o,
        ),
      })),
      notes: under.noteLines,
      table: grid.borders[0] as Area,
      figures,
    },
  };
}
