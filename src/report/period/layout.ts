/** The shape of the report table a period calls for. Pure. */
import { defaultPeriodKind, type Period, type PeriodKind } from "../../core/periodPhrases";
import type { ReportOptions } from "./options";

/**
 * Which shape the period calls for (DOMAIN.md, "The standard report table"): the month report (the month,
 * the same month last year, the previous month, the months so far); the months so far (the same table
 * without the previous month); the autumn reports (9, 10 months: the year's estimate and next year's plan);
 * December (the year against its plan); the quarter (the quarter, its same quarter, the previous quarter).
 */
export type Layout = "monthly" | "autumn" | "december" | "quarter";

/** The period kind of options: the one chosen, else the month's default (docs/periods.md). */
export function periodKindOf(o: Pick<ReportOptions, "month" | "periodKind">): PeriodKind {
  return o.periodKind ?? defaultPeriodKind(o.month);
}

/** The period of options, for the phrases (src/core/periodPhrases.ts). */
export function periodOf(o: Pick<ReportOptions, "year" | "month" | "periodKind">): Period {
  return { year: o.year, month: o.month, kind: periodKindOf(o) };
}

/** The layout of a month and kind; the kind defaults to the month's (so layoutOf(9) is the autumn report). */
export function layoutOf(month: number, kind: PeriodKind = defaultPeriodKind(month)): Layout {
  if (kind === "quarter") return "quarter";
  if (kind === "month") return "monthly";
  if (month === 12) return "december";
  if (month === 9 || month === 10) return "autumn";
  return "monthly";
}

/**
 * Whether the period's own figures are estimates (ước) rather than results (thực hiện): the column headings
 * ("Ước tháng này", "Ước TH 9 tháng", "TH tháng 5") and the sentences ("ước đạt" / "đạt") both ask here, so they
 * agree. The month and the months so far are estimated when the report is made before the month's figures are
 * in: the half year, the quarter and the autumn and December reports, as offices head them; a month report
 * speaks of the month just reported.
 */
export function figuresEstimated(o: Pick<ReportOptions, "month" | "periodKind">): boolean {
  return layoutOf(o.month, periodKindOf(o)) !== "monthly" || o.month === 6;
}
