/** The options of one report run. Pure data. */
import type { PeriodKind } from "../../core/periodPhrases";
import type { EstimateMethod, Lang } from "../../core/types";

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
