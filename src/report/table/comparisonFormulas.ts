/**
 * Comparison cells as native formulas and as values, by CT.GROWTH's rule, and the index comparisons that
 * are not a ratio of two cells. Pure.
 */
import { growth } from "../../core/growth";
import type { Compare } from "./columns";
import type { IndicatorMeasures } from "../measure/measures";

/**
 * Growth in percent as a native formula, by CT.GROWTH's rule: (A − B) / |B| × 100, which is A/B×100−100
 * for a positive base and reads a shrinking loss (−10 → −5) as a rise, as the paragraph does.
 */
export function growthFormula(A: string, B: string): string {
  return `IF(${B}>0,${A}/${B}*100-100,${negativeBaseGrowth(A, B)})`;
}

/** The same comparison as an index (previous = 100): A/B×100 for a positive base. */
export function indexFormula(A: string, B: string): string {
  return `IF(${B}>0,${A}/${B}*100,${negativeBaseGrowth(A, B)}+100)`;
}

function negativeBaseGrowth(A: string, B: string): string {
  return `(${A}-${B})/ABS(${B})*100`;
}

/** The same growth in percent as a value (src/core/growth.ts); null when it has none. */
export function growthPercent(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const g = growth(a, b);
  return typeof g === "number" && Number.isFinite(g * 100) ? g * 100 : null;
}

/**
 * An index comparison that is not a ratio of two of the row's cells: the average of the period on the same
 * period (the geometric mean of the monthly indices), and for same-month indices the month's own index.
 * undefined: an ordinary ratio; null: no figure (a same-month index has no base in the row).
 */
export function directIndex(m: IndicatorMeasures, cmp: Compare, month: number): number | null | undefined {
  if (m.kind !== "index") return undefined;
  // In December the year is the period: last year's whole year is its same period.
  const onSamePeriod = cmp.a === "actual" && (cmp.b === "samePeriod" || (month === 12 && cmp.b === "lastYear"));
  if (onSamePeriod && m.onSamePeriod !== null) return m.onSamePeriod;
  // The quarter on the same quarter: the geometric mean of its three same-month indices, as for any period.
  const onSameQuarter = cmp.a === "quarterNow" && cmp.b === "quarterSame";
  if (onSameQuarter) return m.onSameQuarter;
  if (m.basis !== "same-month") return undefined;
  if (onSamePeriod) return m.actual === null ? null : m.actual / 100;
  if (cmp.a === "monthNow" && cmp.b === "monthBefore") return m.onSameMonth;
  return null;
}
