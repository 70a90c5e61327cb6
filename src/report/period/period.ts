/** The period a report is about, inferred from the data when the officer does not say. */
import type { Dataset } from "../read/dataset";

/** The latest year with any monthly figure (or lũy kế), and its latest month with a figure; null when none. */
export function inferPeriod(data: Dataset): { year: number; month: number } | null {
  let best: { year: number; month: number } | null = null;
  for (const ind of data.indicators) {
    const m = lastMonth(ind.months);
    if (m === 0) continue;
    if (!best || ind.year > best.year || (ind.year === best.year && m > best.month))
      best = { year: ind.year, month: m };
  }
  return best;
}

/** The last month with a figure (0 when none). */
export function lastMonth(months: readonly (number | null)[]): number {
  for (let m = months.length; m >= 1; m--) if (typeof months[m - 1] === "number") return m;
  return 0;
}
