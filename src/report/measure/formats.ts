/** The number formats of the report's rows, shared by the table and the sentences that hedge by them. */
import type { IndicatorMeasures } from "./measures";
import { planNumber } from "../../core/planTarget";
import type { ReportOptions } from "../period/options";

/** The number format of a row's figures (the sentences hedge one step coarser than it): "#,##0" for thousands, "#,##0.0" for tens, "#,##0.00" below. */
export function valueFormat(m: IndicatorMeasures): string {
  if (m.kind === "index") return "#,##0.00";
  const xs = [
    m.lastYear,
    m.samePeriod,
    m.actual,
    m.estimate,
    m.monthNow,
    m.monthBefore,
    planNumber(m.plan),
    planNumber(m.nextPlan),
    planNumber(m.localPlan),
  ];
  const max = Math.max(0, ...xs.map((x) => (typeof x === "number" ? Math.abs(x) : 0)));
  const isInteger = xs.every((x) => x === null || Number.isInteger(x));
  if (max >= 1000 || (isInteger && max >= 10)) return "#,##0";
  return max >= 10 ? "#,##0.0" : "#,##0.00";
}

/** The decimals a number format prints: "#,##0" 0, "#,##0.0" 1, "0.00" 2. */
export function formatDecimals(format: string): number {
  const dot = format.indexOf(".");
  return dot < 0 ? 0 : format.length - dot - 1;
}

/** Decimals of percent of plan and of growth: the officer's setting (1 by default, 2 as in "44,72%"). */
export function percentDecimals(o: Pick<ReportOptions, "percentDecimals">): 1 | 2 {
  return o.percentDecimals === 2 ? 2 : 1;
}

/** The format of a row's comparison cells: an index (a price index) always prints 2 decimals, others the setting. */
export function comparisonFormat(
  m: Pick<IndicatorMeasures, "kind">,
  o: Pick<ReportOptions, "percentDecimals">,
): string {
  return m.kind === "index" || percentDecimals(o) === 2 ? "0.00" : "0.0";
}
