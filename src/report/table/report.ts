/** What a report run returns: the grid, its words and its problems. Pure data. */
import type { PeriodKind } from "../../core/periodPhrases";
import type { Lang } from "../../core/types";
import type { Problem } from "../../core/problem";
import type { Area, FigureCell, Grid } from "./grid";

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
  /** The period's kind (the month, the quarter, the months so far): section II names what is left of the year by it. */
  kind?: PeriodKind;
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
