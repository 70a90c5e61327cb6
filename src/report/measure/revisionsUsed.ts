/** Which revisions of the data a figure of the report was made from. Pure. */
import type { FigureKey } from "./gaps";
import type { IndicatorYear, Revision } from "../read/dataset";

/** A figure of the report made from revised figures of one year. */
export interface FigureRevision {
  key: FigureKey | "plan" | "nextPlan";
  year: number;
  revisions: Revision[];
}

/** The revisions a figure of `ind` uses: months `from..through`, its Lũy kế, or its plan. */
export function usedRevisions(
  key: FigureRevision["key"],
  ind: IndicatorYear | undefined,
  use: { from: number; through: number } | "ytd" | "plan",
): FigureRevision | null {
  if (!ind?.revisions) return null;
  const revisions = ind.revisions
    .filter((r) =>
      use === "ytd" || use === "plan"
        ? r.what === use
        : r.what === "month" && (r.month ?? 0) >= use.from && (r.month ?? 0) <= use.through,
    )
    .sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
  return revisions.length > 0 ? { key, year: ind.year, revisions } : null;
}
