/**
 * What a report may compare: a row of another year whose unit the reader could not turn into the report
 * year's (problem unit-mismatch: "the figures do not compare") is left out of the report's view, so no
 * comparison, no "giảm gần 100%", is ever made from it. Pure.
 */
import { sameUnit } from "../../core/words";
import type { IndicatorYear } from "../read/dataset";

/** The rows a report of `year` measures: every row of `year`, and the other years' rows in the same unit. */
export function comparableRows(indicators: readonly IndicatorYear[], year: number): IndicatorYear[] {
  const unitOf = new Map<string, string>();
  for (const ind of indicators) if (ind.year === year && !unitOf.has(ind.code)) unitOf.set(ind.code, ind.unit);
  return indicators.filter((ind) => {
    const unit = unitOf.get(ind.code);
    return unit === undefined || ind.year === year || sameUnit(ind.unit, unit);
  });
}
