/**
 * The paragraphs of the report's body and of the summary under its table, as Sở Công Thương reports write
 * them (DOMAIN.md, "The report officers send"): section by section, the index of production first, the
 * period named once per section, percentages exact at the table's decimals and hedges on amounts only; the
 * price index names its bases once and its average as the statistics office computes it.
 */
import { averageSentence, priceSentence, shortName } from "../../core/narrative";
import type { PeriodKind } from "../../core/periodPhrases";
import { periodKindOf } from "../period/layout";
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import { sheetHoleSentences, sentenceWithheld } from "./sheetHoles";
import { missingSentences } from "./gapReport";
import { indicatorParagraph } from "./indicatorParagraph";
import type { ReportOptions } from "../period/options";

/**
 * The paragraphs of the main indicators, section by section (a group of the table): each section names its
 * period in its first paragraph only, and its index of production leads it.
 */
export function paragraphSentences(measures: IndicatorMeasures[], o: ReportOptions): string[] {
  const groups: string[] = [];
  for (const m of measures) if (!groups.includes(m.group)) groups.push(m.group);
  return groups.flatMap((g) =>
    sectionSentences(
      measures.filter((m) => m.group === g),
      o,
    ),
  );
}

/** An index of production (IIP) leads its section, as in every real report; the rest keep the table's order. */
function leadFirst(measures: IndicatorMeasures[]): IndicatorMeasures[] {
  const leads = measures.filter((m) => m.kind === "index" && !m.price);
  return [...leads, ...measures.filter((m) => !leads.includes(m))];
}

/** One section's paragraphs: one per main indicator, then what is missing, never a clause dropped silently. */
export function sectionSentences(measures: IndicatorMeasures[], o: ReportOptions): string[] {
  const out: string[] = [];
  let first = true;
  for (const m of leadFirst(measures.filter((x) => x.main))) {
    const s = sentenceWithheld(m) ? "" : indicatorSentence(m, o, first);
    if (s) {
      out.push(s);
      first = false;
    }
    // Say which figure and which month are missing, which cell is blank.
    out.push(...missingSentences(m, o));
    out.push(...sheetHoleSentences(m, o));
  }
  return out;
}

/**
 * The words of one indicator for the period, "" when it has no figure: a price index names its bases; any
 * other its own period, the months so far with the plan, and in the autumn the year and next year's plan
 * (indicatorParagraph.ts). `first`: the section's first paragraph, which names the period in full.
 */
export function indicatorSentence(m: IndicatorMeasures, o: ReportOptions, first = true): string {
  if (m.price) return priceSentences(m, o, periodKindOf(o));
  return indicatorParagraph(m, o, first);
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
