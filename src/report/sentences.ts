/**
 * The paragraph under the report's table: one sentence per main indicator, as statistics offices and
 * provincial departments write them (DOMAIN.md, "What real published reports do"): each names its period,
 * a whole year compares with the previous year, the price index names its bases once and its average as the
 * office computes it, and figures are hedged one step coarser than the table prints them.
 */
import { priceSentence, sentence } from "../core/narrative";
import { sentenceName, type IndicatorMeasures } from "./measures";
import { formatDecimals, percentDecimals, valueFormat } from "./formats";
import { missingSentences } from "./gapReport";
import { planNumber } from "./plan";
import type { ReportOptions } from "./types";

/** One sentence per main indicator, as CT.NARRATIVE writes them; the price index names its bases. */
export function paragraphSentences(measures: IndicatorMeasures[], o: ReportOptions): string[] {
  const out: string[] = [];
  for (const m of measures) {
    if (!m.main) continue;
    const s = indicatorSentence(m, o);
    if (s) out.push(s);
    // Never drop a clause silently: say which figure and which month are missing.
    out.push(...missingSentences(m, o));
  }
  return out;
}

/** The sentence of one indicator for the period, or "" when it has no figure. */
export function indicatorSentence(m: IndicatorMeasures, o: ReportOptions): string {
  const M = o.month;
  const name = sentenceName(m, o.lang);
  if (m.price) {
    const cur = m.current?.months ?? [];
    const prev = m.previous?.months ?? [];
    const now = cur[M - 1];
    if (typeof now !== "number") return "";
    const fixed = m.basis !== "same-month";
    const ratio = (base: number | null | undefined): number | null =>
      fixed && typeof base === "number" && base > 0 ? now / base : null;
    return priceSentence({
      name,
      month: M,
      year: o.year,
      lang: o.lang,
      onPreviousMonth: ratio(M > 1 ? cur[M - 2] : prev[11]),
      onDecember: ratio(prev[11]),
      onSameMonth: m.onSameMonth,
      averageOnSamePeriod:
        m.onSamePeriod ??
        (fixed && m.actual !== null && m.samePeriod !== null && m.samePeriod > 0 ? m.actual / m.samePeriod : null),
    });
  }
  if (m.actual === null) return "";
  return sentence({
    name,
    value: m.actual,
    unit: m.unit,
    previous: m.samePeriod,
    plan: planNumber(m.plan),
    lang: o.lang,
    period: { month: M, year: o.year },
    style: "approx",
    estimated: true,
    budget: m.budget,
    // Hedges round one step coarser than the table prints the row, never more.
    decimals: formatDecimals(valueFormat(m)),
    percentDecimals: percentDecimals(o),
    ...(m.budget ? { plan2: planNumber(m.localPlan) } : {}),
  });
}
