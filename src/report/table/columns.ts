/**
 * The report table's columns for a period (DOMAIN.md, "The standard report table"): what each column holds
 * (a value of the indicator, or a comparison of two of them) and its header. Pure.
 */
import { inLang, REPORT_WORDS } from "../../core/words";
import { periodName, periodShort, periodTitleName } from "../../core/periodPhrases";
import { figuresEstimated, layoutOf, periodKindOf } from "../period/layout";
import type { IndicatorMeasures } from "../measure/measures";
import { planNumber } from "../../core/planTarget";
import type { ReportOptions } from "../period/options";
import type { ValueKey } from "../measure/valueKey";

export interface Compare {
  /** ratio: a / b as an index or a growth; plan: a as a percent of plan b, or Vượt/Đạt/Không đạt. */
  type: "ratio" | "plan";
  a: ValueKey;
  b: ValueKey;
  /** For a plan that is a growth, or an index's plan: the base the growth of `a` is measured on. */
  base?: ValueKey;
}

export interface Column {
  id: string;
  head: string;
  width: number;
  value?: ValueKey;
  compare?: Compare;
  /** Part of the merged "So sánh (%)" block. */
  inBlock?: boolean;
}

/**
 * A figure column's least width in characters: a figure widens it (src/report/table/print.ts), its header
 * wraps. Narrow, so that seventeen columns print on A4 landscape with the figures at 10 pt or more.
 */
const FIGURE_WIDTH = 7;

/**
 * The table's columns for the period and its kind (src/report/period/layout.ts). Plan headers always say KH (plan):
 * only a budget line is measured against dự toán, and that row says so itself ("(*)" after its name and the
 * "(*)" note), never the whole column. Every period word comes from src/core/periodPhrases.ts.
 */
export function columns(o: ReportOptions, hasNext: boolean, hasLocal = false): Column[] {
  const cols = baseColumns(o, hasNext);
  return hasLocal ? withLocalPlan(cols, o) : cols;
}

/**
 * A budget line measured against two estimates (DOMAIN.md): the province's (dự toán HĐND tỉnh giao) gets its own
 * column after the plan column, and each comparison with the plan a twin against it, inside the comparison block.
 */
function withLocalPlan(cols: Column[], o: ReportOptions): Column[] {
  const { year: Y, lang } = o;
  const out: Column[] = [];
  for (const c of cols) {
    out.push(c);
    if (c.value === "plan")
      out.push({
        id: "localPlan",
        head: inLang(lang, `Dự toán HĐND tỉnh giao năm ${Y}`, `Provincial estimate ${Y}`),
        width: FIGURE_WIDTH,
        value: "localPlan",
      });
    if (c.compare?.type === "plan" && c.compare.b === "plan")
      out.push({
        id: `${c.id}Local`,
        head: c.head.replace(
          inLang(lang, "so với KH năm", "vs annual plan"),
          inLang(lang, "so với dự toán HĐND tỉnh", "vs provincial estimate"),
        ),
        width: c.width,
        inBlock: true,
        compare: { ...c.compare, b: "localPlan" },
      });
  }
  return out;
}

/** The words every layout's headers are made of, for one report's period. */
interface HeadWords {
  Y: number;
  M: number;
  lang: ReportOptions["lang"];
  kind: ReturnType<typeof periodKindOf>;
  /** The comparison columns show the growth ("tăng/giảm"), not the index. */
  growth: boolean;
  planHead: string;
  vsPlan: string;
  /** The months so far in a comparison's header: "9 tháng" / "9 months". */
  soFar: string;
  samePeriod: string;
  /** "Ước TH" when the period's figures are estimates, as the sentences say "ước đạt" (src/report/period/layout.ts). */
  est: string;
}

function headWords(o: ReportOptions): HeadWords {
  const { year: Y, month: M, lang } = o;
  return {
    Y,
    M,
    lang,
    kind: periodKindOf(o),
    growth: o.comparison === "growth",
    planHead: inLang(lang, `KH năm ${Y}`, `Plan ${Y}`),
    vsPlan: inLang(lang, "so với KH năm", "vs annual plan"),
    soFar: periodShort({ month: M, kind: "cumulative" }, lang),
    samePeriod: inLang(lang, "cùng kỳ", "same period"),
    est: figuresEstimated(o) ? inLang(lang, "Ước TH", "Est.") : inLang(lang, "TH", "Actual"),
  };
}

/** "9 tháng so với cùng kỳ" or, in the growth style, "9 tháng tăng/giảm so với cùng kỳ". */
function vs(w: HeadWords, what: string, base: string): string {
  return w.growth
    ? inLang(w.lang, `${what} tăng/giảm so với ${base}`, `${what}: change on ${base}`)
    : inLang(w.lang, `${what} so với ${base}`, `${what} vs ${base}`);
}

/** A header names the months so far without the sentence's article: "Est. first 9 months of 2013". */
function soFarOf(w: HeadWords, year: number): string {
  return periodTitleName({ year, month: w.M, kind: "cumulative" }, w.lang).replace(/^the /, "");
}

function monthOf(w: HeadWords, year: number, month: number): string {
  return periodTitleName({ year, month, kind: "month" }, w.lang);
}

function quarterOfYear(w: HeadWords, year: number, month: number): string {
  return periodTitleName({ year, month, kind: "quarter" }, w.lang);
}

/** A value column. */
function value(id: ValueKey, head: string): Column {
  return { id, head, width: FIGURE_WIDTH, value: id };
}

/** A comparison column of the "So sánh (%)" block. */
function compare(id: string, head: string, c: Compare): Column {
  return { id, head, width: FIGURE_WIDTH, inBlock: true, compare: c };
}

/** Next year's plan and its comparison with this year's estimate (or result), when the data has it. */
function nextColumns(w: HeadWords, hasNext: boolean, baseKey: ValueKey, baseWord: string): Column[] {
  if (!hasNext) return [];
  const { Y, lang } = w;
  const head = w.growth
    ? inLang(lang, `KH năm ${Y + 1} tăng/giảm so với ${baseWord} (%)`, `Plan ${Y + 1}: change on ${baseWord} (%)`)
    : inLang(lang, `KH năm ${Y + 1} so với ${baseWord} (%)`, `Plan ${Y + 1} vs ${baseWord} (%)`);
  return [
    value("nextPlan", inLang(lang, `KH năm ${Y + 1}`, `Plan ${Y + 1}`)),
    { id: "cNext", head, width: FIGURE_WIDTH, compare: { type: "ratio", a: "nextPlan", b: baseKey } },
  ];
}

/**
 * The month before M, as offices head it: "TH tháng trước (tháng 8/2013)", December of last year for January.
 * The month stands in brackets so the reader never takes a report's header for a data month.
 */
function monthPrevColumn(w: HeadWords): Column {
  const { Y, M, lang } = w;
  const prev = periodName(
    M === 1 ? { year: Y - 1, month: 12, kind: "month" } : { year: Y, month: M - 1, kind: "month" },
    lang,
  );
  return value("monthPrev", inLang(lang, `TH tháng trước (${prev})`, `Previous month (${prev})`));
}

function vsPrevMonthColumn(w: HeadWords): Column {
  return compare(
    "cMonthPrev",
    vs(w, periodShort({ month: w.M, kind: "month" }, w.lang), inLang(w.lang, "tháng trước", "previous month")),
    { type: "ratio", a: "monthNow", b: "monthPrev" },
  );
}

/**
 * The autumn reports (9, 10 months): the month's own estimate beside the months so far, and the previous
 * month's actual beside it, as offices lay out the autumn table ("Thực hiện tháng 9 | Ước tính tháng 10 |
 * Lũy kế 10 tháng"); the year's estimate, and next year's plan.
 */
function autumnColumns(w: HeadWords, hasNext: boolean): Column[] {
  const { Y, M, lang, vsPlan, soFar } = w;
  const thisMonth = periodName({ year: Y, month: M, kind: "month" }, lang);
  const estimateWord = inLang(lang, "Ước TH năm", "Estimate");
  return [
    value("lastYear", inLang(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`)),
    value("plan", w.planHead),
    monthPrevColumn(w),
    value("monthNow", inLang(lang, `Ước tháng này (${thisMonth})`, `This month, est. (${thisMonth})`)),
    value("samePeriod", inLang(lang, `TH ${soFarOf(w, Y - 1)}`, capitalize(soFarOf(w, Y - 1)))),
    value("actual", inLang(lang, `${w.est} ${soFarOf(w, Y)}`, `${w.est} ${soFarOf(w, Y)}`)),
    value("estimate", inLang(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`)),
    vsPrevMonthColumn(w),
    compare("cSame", vs(w, soFar, w.samePeriod), { type: "ratio", a: "actual", b: "samePeriod" }),
    compare("cPlan", `${soFar} ${vsPlan}`, { type: "plan", a: "actual", b: "plan", base: "samePeriod" }),
    compare("cEstPlan", `${estimateWord} ${vsPlan}`, { type: "plan", a: "estimate", b: "plan", base: "lastYear" }),
    compare("cEstLast", vs(w, estimateWord, inLang(lang, `TH năm ${Y - 1}`, `${Y - 1}`)), {
      type: "ratio",
      a: "estimate",
      b: "lastYear",
    }),
    ...nextColumns(w, hasNext, "estimate", inLang(lang, `ước TH năm ${Y}`, `estimate ${Y}`)),
  ];
}

/** December: the year against last year and its plan, and next year's plan. */
function decemberColumns(w: HeadWords, hasNext: boolean): Column[] {
  const { Y, lang } = w;
  const year = inLang(lang, `Năm ${Y}`, `${Y}`);
  return [
    value("lastYear", inLang(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`)),
    value("plan", w.planHead),
    value("actual", inLang(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`)),
    compare("cEstLast", vs(w, year, inLang(lang, `năm ${Y - 1}`, `${Y - 1}`)), {
      type: "ratio",
      a: "actual",
      b: "lastYear",
    }),
    compare("cPlan", `${year} ${w.vsPlan}`, { type: "plan", a: "actual", b: "plan", base: "lastYear" }),
    ...nextColumns(w, hasNext, "actual", inLang(lang, `năm ${Y}`, `${Y}`)),
  ];
}

/** The months so far of last year and this year, headed as the period's own columns. */
function soFarColumns(w: HeadWords, est: string): Column[] {
  const { Y, lang } = w;
  return [
    value("samePeriod", inLang(lang, `Lũy kế ${soFarOf(w, Y - 1)}`, capitalize(soFarOf(w, Y - 1)))),
    value("actual", inLang(lang, `${est} ${soFarOf(w, Y)}`, `${est} ${soFarOf(w, Y)}`)),
  ];
}

/** The quarter, its same quarter and the previous quarter; the months so far after the first quarter. */
function quarterColumns(w: HeadWords): Column[] {
  const { Y, M, lang } = w;
  const qShort = periodShort({ month: M, kind: "quarter" }, lang);
  const prevQ = M === 3 ? quarterOfYear(w, Y - 1, 12) : quarterOfYear(w, Y, M - 3);
  const more = M > 3;
  const soFarBase = M === 12 ? inLang(lang, "năm trước", "previous year") : w.samePeriod;
  return [
    value("plan", w.planHead),
    value("quarterSame", inLang(lang, `TH ${quarterOfYear(w, Y - 1, M)}`, `Actual ${quarterOfYear(w, Y - 1, M)}`)),
    value("quarterPrev", inLang(lang, `TH ${prevQ}`, `Actual ${prevQ}`)),
    value("quarterNow", inLang(lang, `Ước TH ${quarterOfYear(w, Y, M)}`, `Est. ${quarterOfYear(w, Y, M)}`)),
    ...(more ? soFarColumns(w, inLang(lang, "Ước TH", "Est.")) : []),
    compare("cQuarterSame", vs(w, qShort, w.samePeriod), { type: "ratio", a: "quarterNow", b: "quarterSame" }),
    compare("cQuarterPrev", vs(w, qShort, inLang(lang, "quý trước", "previous quarter")), {
      type: "ratio",
      a: "quarterNow",
      b: "quarterPrev",
    }),
    ...(more ? [compare("cSame", vs(w, w.soFar, soFarBase), { type: "ratio", a: "actual", b: "samePeriod" })] : []),
    compare(
      "cPlan",
      `${more ? w.soFar : qShort} ${w.vsPlan}`,
      more
        ? { type: "plan", a: "actual", b: "plan", base: "samePeriod" }
        : { type: "plan", a: "quarterNow", b: "plan", base: "quarterSame" },
    ),
  ];
}

/**
 * The month report (kind "month") and the months so far before the autumn: the month, the same month last
 * year, the months so far; the month report adds the previous month and the month-on-month change.
 */
function monthlyColumns(w: HeadWords): Column[] {
  const { Y, M, lang } = w;
  const withPrev = w.kind === "month";
  const more = M > 1;
  const month = periodShort({ month: M, kind: "month" }, lang);
  const soFarBase = M === 12 ? inLang(lang, "năm trước", "previous year") : w.samePeriod;
  return [
    value("plan", w.planHead),
    value("monthBefore", inLang(lang, `TH ${monthOf(w, Y - 1, M)}`, `Actual ${monthOf(w, Y - 1, M)}`)),
    ...(withPrev ? [monthPrevColumn(w)] : []),
    value("monthNow", `${w.est} ${monthOf(w, Y, M)}`),
    ...(more ? soFarColumns(w, w.est) : []),
    compare("cMonth", vs(w, month, inLang(lang, "cùng kỳ", "same month")), {
      type: "ratio",
      a: "monthNow",
      b: "monthBefore",
    }),
    ...(withPrev ? [vsPrevMonthColumn(w)] : []),
    ...(more ? [compare("cSame", vs(w, w.soFar, soFarBase), { type: "ratio", a: "actual", b: "samePeriod" })] : []),
    compare("cPlan", `${more ? w.soFar : month} ${w.vsPlan}`, {
      type: "plan",
      a: more ? "actual" : "monthNow",
      b: "plan",
      base: more ? "samePeriod" : "monthBefore",
    }),
  ];
}

function baseColumns(o: ReportOptions, hasNext: boolean): Column[] {
  const w = headWords(o);
  const { lang } = o;
  const cols: Column[] = [
    { id: "stt", head: REPORT_WORDS.stt[lang], width: 4 },
    { id: "name", head: REPORT_WORDS.indicator[lang], width: 24 },
    { id: "unit", head: REPORT_WORDS.unit[lang], width: 7 },
  ];
  switch (layoutOf(o.month, w.kind)) {
    case "autumn":
      return [...cols, ...autumnColumns(w, hasNext)];
    case "december":
      return [...cols, ...decemberColumns(w, hasNext)];
    case "quarter":
      return [...cols, ...quarterColumns(w)];
    default:
      return [...cols, ...monthlyColumns(w)];
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** The figure a value column shows for an indicator (a non-numeric plan has none). */
export function valueOf(m: IndicatorMeasures, key: ValueKey): number | null {
  if (key === "plan") return planNumber(m.plan);
  if (key === "nextPlan") return planNumber(m.nextPlan);
  if (key === "localPlan") return planNumber(m.localPlan);
  return m[key];
}
