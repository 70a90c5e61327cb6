/**
 * The paragraph under the report's table: one sentence per main indicator, as statistics offices and
 * provincial departments write them (DOMAIN.md, "What real published reports do"): each names its period,
 * a whole year compares with the previous year, the price index names its bases once and its average as the
 * office computes it, and figures are hedged one step coarser than the table prints them.
 */
import { averageSentence, priceSentence, sentence, shortName } from "../../core/narrative";
import type { PeriodKind } from "../../core/periodPhrases";
import { periodKindOf } from "../period/layout";
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import { formatDecimals, percentDecimals, valueFormat } from "../measure/formats";
import { sheetHoleSentences, sentenceWithheld } from "./sheetHoles";
import { missingSentences } from "./gapReport";
import { staleStand } from "./staleComparison";
import { planNumber } from "../../core/planTarget";
import type { ReportOptions } from "../period/options";

/** One sentence per main indicator, as CT.NARRATIVE writes them; the price index names its bases. */
export function paragraphSentences(measures: IndicatorMeasures[], o: ReportOptions): string[] {
  const out: string[] = [];
  for (const m of measures) {
    if (!m.main) continue;
    const s = sentenceWithheld(m) ? "" : indicatorSentence(m, o);
    if (s) out.push(s);
    // Never drop a clause silently: say which figure and which month are missing, which cell is blank.
    out.push(...missingSentences(m, o));
    out.push(...sheetHoleSentences(m, o));
  }
  return out;
}

/**
 * The sentences of one indicator for the period, "" when it has no figure. The months so far: one sentence
 * with the plan. A month report opens with the month ("Tháng 5/2013, … tăng …% so với cùng kỳ và tăng …% so
 * với tháng trước.") and a quarter report with the quarter ("Quý III/2013, … so với quý trước."), each then
 * followed by the months so far when there are more months than the period's own.
 */
export function indicatorSentence(m: IndicatorMeasures, o: ReportOptions): string {
  const kind = periodKindOf(o);
  if (m.price) return priceSentences(m, o, kind);
  const own = kind === "cumulative" ? "" : periodSentence(m, o, kind);
  const more = kind === "cumulative" || (kind === "month" ? o.month > 1 : o.month > 3);
  const soFar = more ? cumulativeSentence(m, o) : "";
  return [own, soFar].filter((x) => x !== "").join(" ");
}

function priceSentences(m: IndicatorMeasures, o: ReportOptions, kind: PeriodKind): string {
  const M = o.month;
  const name = sentenceName(m, o.lang);
  const cur = m.current?.months ?? [];
  const prev = m.previous?.months ?? [];
  const now = cur[M - 1];
  if (typeof now !== "number") return "";
  const fixed = m.basis !== "same-month";
  const ratio = (base: number | null | undefined): number | null =>
    fixed && typeof base === "number" && base > 0 ? now / base : null;
  const soFar =
    m.onSamePeriod ??
    (fixed && m.actual !== null && m.samePeriod !== null && m.samePeriod > 0 ? m.actual / m.samePeriod : null);
  const quarter = kind === "quarter";
  const text = priceSentence({
    name,
    month: M,
    year: o.year,
    lang: o.lang,
    onPreviousMonth: ratio(M > 1 ? cur[M - 2] : prev[11]),
    onDecember: ratio(prev[11]),
    onSameMonth: m.onSameMonth,
    // A quarter report gives the quarter's average first ("CPI bình quân quý III"), then the months so far.
    averageOnSamePeriod: quarter ? m.onSameQuarter : soFar,
    kind: quarter ? "quarter" : "cumulative",
  });
  if (quarter && M > 3 && typeof soFar === "number" && Number.isFinite(soFar) && soFar > 0)
    return `${text} ${averageSentence(shortName(name), M, o.year, soFar, o.lang)}`;
  return text;
}

/** The month's or the quarter's own sentence: on the same period last year and on the period before. */
function periodSentence(m: IndicatorMeasures, o: ReportOptions, kind: "month" | "quarter"): string {
  const value = kind === "month" ? m.monthNow : m.quarterNow;
  if (value === null) return "";
  return sentence({
    name: sentenceName(m, o.lang),
    value,
    unit: m.unit,
    previous: kind === "month" ? m.monthBefore : m.quarterSame,
    // A level standing at a month no later than the period before: no comparison to say (staleComparison.ts).
    priorPeriod: staleStand(
      m,
      kind === "month" ? "monthNow" : "quarterNow",
      kind === "month" ? "monthPrev" : "quarterPrev",
      o,
    )
      ? null
      : kind === "month"
        ? m.monthPrev
        : m.quarterPrev,
    lang: o.lang,
    period: { month: o.month, year: o.year, kind },
    style: "approx",
    estimated: true,
    budget: m.budget,
    decimals: formatDecimals(valueFormat(m)),
    percentDecimals: percentDecimals(o),
  });
}

/** The sentence of the months so far, with the plan. */
function cumulativeSentence(m: IndicatorMeasures, o: ReportOptions): string {
  if (m.actual === null) return "";
  return sentence({
    name: sentenceName(m, o.lang),
    value: m.actual,
    unit: m.unit,
    previous: m.samePeriod,
    plan: planNumber(m.plan),
    lang: o.lang,
    period: { month: o.month, year: o.year, kind: "cumulative" },
    style: "approx",
    estimated: true,
    budget: m.budget,
    // Hedges round one step coarser than the table prints the row, never more.
    decimals: formatDecimals(valueFormat(m)),
    percentDecimals: percentDecimals(o),
    ...(m.budget ? { plan2: planNumber(m.localPlan) } : {}),
  });
}
