/**
 * One indicator's paragraph as real Sở Công Thương reports write it (DOMAIN.md, "The report officers send"):
 * the month's (or the quarter's) own estimate first, on the period before and on the same period; then the
 * months so far with the plan; in the autumn report the year's estimate against last year and the plan, and
 * next year's plan against the estimate. The period is named in full in a section's first paragraph only
 * ("Tháng 9/2013, …; tính chung 9 tháng năm 2013 …"), the others say "tháng 9", "9 tháng". Pure.
 */
import { lowerFirst } from "../../core/narrative";
import { periodName, periodShort, type PeriodKind } from "../../core/periodPhrases";
import { planNumber, type PlanTarget } from "../../core/planTarget";
import type { Lang } from "../../core/types";
import { formatDecimals, comparisonFormat, valueFormat } from "../measure/formats";
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import { planText } from "../measure/planJudge";
import { figuresEstimated, layoutOf, periodKindOf } from "../period/layout";
import type { ReportOptions } from "../period/options";
import { amount, BASES, changeOfFigures, changeOfRatio, growthPct, planClause, type Base } from "./clauses";
import { staleStand } from "./staleComparison";
import { errorExceedsPrecision } from "../../core/estimateChosen";
import { amountWords } from "../../core/narrative";

/** A figure a sentence can say: a finite number short of toFixed's range (a sum of 9e307s is a figure Excel holds). */
function speakable(x: number | null): x is number {
  return x !== null && Number.isFinite(x) && Math.abs(x) < 1e21;
}

/** What every clause of one indicator's paragraph shares. */
interface Talk {
  m: IndicatorMeasures;
  o: ReportOptions;
  lang: Lang;
  vi: boolean;
  /** The periods are named in full: the section's first paragraph, and every English one ("in the month" names no period). */
  first: boolean;
  name: string;
  estimated: boolean;
  /** Decimals of the row's figures and of its comparisons, as the table prints them. */
  valueDecimals: number;
  percentDecimals: number;
}

/** The period a report speaks of before the months so far: the month, the quarter, or none. */
type Own = { kind: "month" | "quarter" } | null;

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** Whether an English name takes a plural verb ("Exports are", "Retail sales … are"). */
function plural(name: string): boolean {
  const head = name.replace(/\s*\(.*$/, "").split(/\s+of\s+|\s+with\s+|\s+in\s+/)[0] ?? name;
  return /[^s]s$/.test(head.trim());
}

/**
 * A product is named with its measure: "sản lượng xi măng", "sản lượng điện sản xuất"; "cement output". A name
 * that already says what is measured (giá trị, tổng mức, thu, số, chỉ số, tỷ lệ …) or a money figure is kept.
 */
export function measuredName(name: string, unit: string, kind: IndicatorMeasures["kind"], lang: Lang): string {
  if (kind !== "flow" || /đồng|usd|vnd/i.test(unit) || unit.trim() === "%") return name;
  if (lang === "vi") {
    if (/^(sản lượng|giá trị|tổng|thu|doanh thu|số|chỉ số|tỷ lệ|kim ngạch|lượng|khối lượng)\b/i.test(name)) return name;
    return `sản lượng ${lowerFirst(name)}`;
  }
  // A name left in Vietnamese in an English report (not in the catalogue) is kept as typed.
  if (
    !/^[\x20-\x7E]+$/.test(name) ||
    /output|production|value|sales|revenue|exports|imports|index|number|volume/i.test(name)
  )
    return name;
  return `${name} output`;
}

function talkOf(m: IndicatorMeasures, o: ReportOptions, first: boolean): Talk {
  const lang = o.lang;
  return {
    m,
    o,
    lang,
    vi: lang === "vi",
    first: first || lang !== "vi",
    name: measuredName(sentenceName(m, lang), m.unit, m.kind, lang),
    estimated: figuresEstimated(o),
    valueDecimals: formatDecimals(valueFormat(m)),
    percentDecimals: formatDecimals(comparisonFormat(m, o)),
  };
}

/** An index's verb before its changes: "ước " / "is estimated to be "; "" / "was ". */
function indexVerb(t: Talk): string {
  if (t.vi) return t.estimated ? "ước " : "";
  return t.estimated ? "is estimated to be " : "was ";
}

/** "ước đạt 21.000 tỷ đồng" / "is estimated at 21,000 billion VND"; "đạt …" / "was …" ("were" for "Exports") for a result. */
function stands(t: Talk, value: number): string {
  const a = amount(value, t.m.unit, t.valueDecimals, t.lang);
  if (t.vi) return `${t.estimated ? "ước đạt" : "đạt"} ${a}`;
  const are = plural(t.name);
  return t.estimated ? `${are ? "are" : "is"} estimated at ${a}` : `${are ? "were" : "was"} ${a}`;
}

/** The judged plan of `value`: its percent, or its verdict by the growth on `base` for a plan in words. */
function planOf(t: Talk, value: number, plan: PlanTarget | null, growth: number | null): string {
  const byGrowth =
    plan !== null && (plan.type === "growth" || ("growth" in plan && plan.growth === true) || t.m.kind === "index");
  return planClause({
    value,
    plan,
    growth,
    lang: t.lang,
    decimals: t.percentDecimals,
    budget: t.m.budget,
    lowerIsBetter: t.m.lowerIsBetter,
    byGrowth,
    ...(t.m.budget ? { plan2: planNumber(t.m.localPlan) } : {}),
  });
}

/** "tăng 4,8% so với tháng trước và tăng 5,6% so với cùng kỳ": the changes of one period joined. */
function both(changes: string[], lang: Lang): string {
  const c = changes.filter((x) => x !== "");
  return c.join(lang === "vi" ? " và " : " and ");
}

/** The own period's figures: value, its same period and the period before (null when not comparable). */
function ownFigures(
  t: Talk,
  own: "month" | "quarter",
): { value: number | null; same: number | null; prev: number | null } {
  const m = t.m;
  const month = own === "month";
  const a = month ? "monthNow" : "quarterNow";
  const fresh = (b: string): boolean => !staleStand(m, a, b, t.o);
  return {
    value: month ? m.monthNow : m.quarterNow,
    same: fresh(month ? "monthBefore" : "quarterSame") ? (month ? m.monthBefore : m.quarterSame) : null,
    prev: fresh(month ? "monthPrev" : "quarterPrev") ? (month ? m.monthPrev : m.quarterPrev) : null,
  };
}

/** The own period's changes of an index: on the same period (its published or averaged index) and on the period before. */
function ownIndexChanges(t: Talk, own: "month" | "quarter"): string[] {
  const m = t.m;
  const month = own === "month";
  const d = t.percentDecimals;
  const same = month ? m.onSameMonth : m.onSameQuarter;
  // An index on the same month of last year says nothing of the previous month: no clause (a note says so).
  const fixed = m.basis !== "same-month";
  const now = month ? m.monthNow : m.quarterNow;
  const before = month ? m.monthPrev : m.quarterPrev;
  const prev = fixed && now !== null && before !== null && before > 0 ? now / before : null;
  return [
    changeOfRatio(prev, month ? BASES.prevMonth : BASES.prevQuarter, d, t.lang),
    changeOfRatio(same, BASES.samePeriod, d, t.lang),
  ];
}

/** "Tháng 9/2013, giá trị … ước đạt …, tăng …" (first) or "Giá trị … tháng 9 ước đạt …" (the others). */
function ownClause(t: Talk, own: "month" | "quarter"): string {
  const { o, lang, vi } = t;
  const period = { year: o.year, month: o.month, kind: own as PeriodKind };
  const full = periodName(period, lang);
  const short = lowerFirst(periodShort(period, lang));
  if (t.m.kind === "index") {
    const changes = both(ownIndexChanges(t, own), lang);
    if (changes === "") return "";
    if (vi) return `${capitalize(t.name)} ${t.first ? full : short} ${indexVerb(t)}${changes}`;
    return `${capitalize(t.name)} for ${full} ${indexVerb(t)}${changes}`;
  }
  const f = ownFigures(t, own);
  if (!speakable(f.value)) return "";
  const d = t.percentDecimals;
  const changes = both(
    [
      changeOfFigures(f.value, f.prev, own === "month" ? BASES.prevMonth : BASES.prevQuarter, d, lang),
      changeOfFigures(f.value, f.same, BASES.samePeriod, d, lang),
    ],
    lang,
  );
  const tail = changes ? `, ${changes}` : "";
  if (vi)
    return t.first
      ? `${capitalize(full)}, ${lowerFirst(t.name)} ${stands(t, f.value)}${tail}`
      : `${capitalize(t.name)} ${short} ${stands(t, f.value)}${tail}`;
  // English always names the period (talkOf): "In Q3 2013, …", never "in the month" for a quarter.
  return `In ${full}, ${lowerFirst(t.name)} ${stands(t, f.value)}${tail}`;
}

/** An index's ratio of the months so far on the same period, as the table's comparison shows it. */
function indexSoFar(m: IndicatorMeasures): number | null {
  if (m.onSamePeriod !== null) return m.onSamePeriod;
  if (m.actual === null) return null;
  if (m.basis === "same-month") return m.actual / 100;
  return m.samePeriod !== null && m.samePeriod > 0 ? m.actual / m.samePeriod : null;
}

/** The months so far: after the own period "; tính chung 9 tháng năm 2013 ước đạt …", or alone, opening. */
function soFarClause(t: Talk, afterOwn: boolean): string {
  const { m, o, lang, vi } = t;
  if (!speakable(m.actual)) return "";
  const period = { year: o.year, month: o.month, kind: "cumulative" as PeriodKind };
  const wholeYear = o.month === 12;
  const full = periodName(period, lang);
  const short = wholeYear ? (vi ? "cả năm" : "the year") : lowerFirst(periodShort(period, lang));
  const on: Base = wholeYear ? BASES.previousYear : BASES.samePeriod;
  const d = t.percentDecimals;
  let growth: number | null;
  let figure: string;
  if (m.kind === "index") {
    const ratio = indexSoFar(m);
    growth = ratio === null ? null : (ratio - 1) * 100;
    const change = changeOfRatio(ratio, on, d, lang);
    if (change === "") return "";
    figure =
      (afterOwn && !vi ? indexVerb(t).replace(/^was /, "it was ").replace(/^is /, "it is ") : indexVerb(t)) + change;
  } else {
    growth = growthPct(m.actual, m.samePeriod);
    const change = changeOfFigures(m.actual, m.samePeriod, on, d, lang);
    // The pronoun agrees with the name as its verb does: "exports were …; over … they were …".
    const pronoun = afterOwn && !vi ? (plural(t.name) ? "they " : "it ") : "";
    figure = [pronoun + stands(t, m.actual), change].filter((x) => x !== "").join(", ");
  }
  const plan = planOf(t, m.actual, m.plan, growth);
  const body = [figure, plan].filter((x) => x !== "").join(", ");
  if (afterOwn) {
    if (vi) return t.first ? `tính chung ${full} ${body}` : `${short} ${body}`;
    return t.first ? `over ${full} ${body}` : `over the ${short} ${body}`;
  }
  if (vi) {
    const lead = wholeYear ? capitalize(full) : `Tính chung ${full}`;
    return t.first ? `${lead}, ${lowerFirst(t.name)} ${body}` : `${capitalize(t.name)} ${short} ${body}`;
  }
  const over = wholeYear ? `for ${short}` : `over the ${short}`;
  return t.first ? `In ${full}, ${lowerFirst(t.name)} ${body}` : `${capitalize(t.name)} ${over} ${body}`;
}

/** The year's estimate (autumn): "Ước thực hiện cả năm 2013 đạt …, tăng …% so với năm 2012, đạt …% kế hoạch năm." */
function yearSentence(t: Talk): string {
  const { m, o, lang, vi } = t;
  if (!speakable(m.estimate)) return "";
  const on = BASES.lastYearOf(o.year - 1);
  const d = t.percentDecimals;
  let figure: string;
  let growth: number | null;
  if (m.kind === "index") {
    const ratio =
      m.basis === "same-month"
        ? m.estimate / 100
        : m.lastYear !== null && m.lastYear > 0
          ? m.estimate / m.lastYear
          : null;
    growth = ratio === null ? null : (ratio - 1) * 100;
    figure = changeOfRatio(ratio, on, d, lang);
    if (figure === "") return "";
    const plan = planOf(t, m.estimate, m.plan, growth);
    const body = [figure, plan].filter((x) => x !== "").join(", ");
    if (vi) return t.first ? `Dự ước cả năm ${o.year} ${body}.` : `Cả năm ước ${body}.`;
    return t.first
      ? `For the whole of ${o.year} it is estimated to be ${body}.`
      : `For the year it is estimated to be ${body}.`;
  }
  growth = growthPct(m.estimate, m.lastYear);
  const change = changeOfFigures(m.estimate, m.lastYear, on, d, lang);
  const plan = planOf(t, m.estimate, m.plan, growth);
  const a = estimateAmount(m, t.valueDecimals, lang);
  figure = [change, plan]
    .filter((x) => x !== "")
    .map((x) => `, ${x}`)
    .join("");
  if (vi) return t.first ? `Ước thực hiện cả năm ${o.year} đạt ${a}${figure}.` : `Cả năm ước đạt ${a}${figure}.`;
  return t.first ? `The whole of ${o.year} is estimated at ${a}${figure}.` : `The year is estimated at ${a}${figure}.`;
}

/** Next year's plan: "Kế hoạch năm 2014: 36.000 tỷ đồng, tăng …% so với ước thực hiện năm 2013." */
function nextSentence(t: Talk): string {
  const { m, o, lang, vi } = t;
  const plan = m.nextPlan;
  if (!plan || (plan.type === "number" && !speakable(plan.value))) return "";
  const next = o.year + 1;
  // A budget line's next year is a budget estimate (dự toán), not a plan.
  const lead = vi
    ? `${m.budget ? "Dự toán" : "Kế hoạch"} năm ${next}`
    : `The ${m.budget ? "budget estimate" : "plan"} for ${next}`;
  if (plan.type !== "number") {
    const words = planText(plan, lang);
    return vi ? `${lead}: ${words}.` : `${lead}: ${words}.`;
  }
  const base = o.month === 12 ? m.actual : m.estimate;
  const change =
    m.kind === "index" ? "" : changeOfFigures(plan.value, base, BASES.estimateOf(o.year), t.percentDecimals, lang);
  const a = amount(plan.value, m.unit, t.valueDecimals, lang);
  const tail = change ? `, ${change}` : "";
  return vi ? `${lead}: ${a}${tail}.` : `${lead} is ${a}${tail}.`;
}

/** The period the report speaks of before the months so far. */
function ownPeriod(o: ReportOptions): Own {
  const layout = layoutOf(o.month, periodKindOf(o));
  if (layout === "december") return null;
  if (layout === "quarter") return { kind: "quarter" };
  return o.month === 1 && periodKindOf(o) === "cumulative" ? null : { kind: "month" };
}

/**
 * The paragraph of a flow, a level or an index that is not a price: own period; months so far; in the
 * autumn and December reports the year and next year's plan. "" when it has no figure.
 */
export function indicatorParagraph(m: IndicatorMeasures, o: ReportOptions, first: boolean): string {
  const t = talkOf(m, o, first);
  // A level's months so far are its latest month: said once, with its plan.
  const own = m.kind === "level" && periodKindOf(o) === "cumulative" ? null : ownPeriod(o);
  const ownText = own ? ownClause(t, own.kind) : "";
  const moreMonths = own === null || (own.kind === "month" ? o.month > 1 : o.month > 3);
  const soFar = moreMonths ? soFarClause(t, ownText !== "") : "";
  const opening = [ownText, soFar].filter((x) => x !== "").join("; ");
  const layout = layoutOf(o.month, periodKindOf(o));
  const sentences = [opening === "" ? "" : `${opening}.`];
  if (layout === "autumn") sentences.push(yearSentence(t));
  if (layout === "autumn" || layout === "december") sentences.push(nextSentence(t));
  return sentences.filter((x) => x !== "").join(" ");
}

/**
 * The year's estimate as an amount: "khoảng 28.012 tỷ đồng" / "about …" when the method's back-tested error
 * (method auto) is wider than the figure's printed precision, so the digits are not read as exact; else as
 * every amount is said.
 */
function estimateAmount(m: IndicatorMeasures, decimals: number, lang: Lang): string {
  const estimate = m.estimate as number;
  if (!errorExceedsPrecision(m.estimateChoice ?? null, estimate, decimals))
    return amount(estimate, m.unit, decimals, lang);
  const exact = amountWords(estimate, m.unit.trim(), decimals, lang, "exact");
  return `${lang === "vi" ? "khoảng" : "about"} ${exact}`;
}
