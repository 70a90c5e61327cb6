/**
 * The report table's columns for a period (DOMAIN.md, "The standard report table"): what each column holds
 * (a value of the indicator, or a comparison of two of them) and its header. Pure.
 */
import { inLang, REPORT_WORDS } from "../../core/words";
import { periodName, periodShort, periodTitleName } from "../../core/periodPhrases";
import { layoutOf, periodKindOf } from "../period/layout";
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
        width: 12,
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

function baseColumns(o: ReportOptions, hasNext: boolean): Column[] {
  const { year: Y, month: M, lang } = o;
  const kind = periodKindOf(o);
  const g = o.comparison === "growth";
  const planHead = inLang(lang, `KH năm ${Y}`, `Plan ${Y}`);
  const vsPlan = inLang(lang, "so với KH năm", "vs annual plan");
  const vs = (what: string, base: string): string =>
    g
      ? inLang(lang, `${what} tăng/giảm so với ${base}`, `${what}: change on ${base}`)
      : inLang(lang, `${what} so với ${base}`, `${what} vs ${base}`);
  // The months so far: "9 tháng" / "9 months" in a comparison's header, "9 tháng năm 2013" after TH.
  const soFar = periodShort({ month: M, kind: "cumulative" }, lang);
  // A header names the months so far without the sentence's article: "Est. first 9 months of 2013".
  const soFarOf = (year: number): string =>
    periodTitleName({ year, month: M, kind: "cumulative" }, lang).replace(/^the /, "");
  const monthOf = (year: number, month: number): string => periodTitleName({ year, month, kind: "month" }, lang);
  const quarterOfYear = (year: number, month: number): string =>
    periodTitleName({ year, month, kind: "quarter" }, lang);
  const samePeriod = inLang(lang, "cùng kỳ", "same period");
  // A whole year is compared "so với năm trước", never "cùng kỳ" (DOMAIN.md, the office's wording).
  const soFarBase = M === 12 ? inLang(lang, "năm trước", "previous year") : samePeriod;
  const cols: Column[] = [
    { id: "stt", head: REPORT_WORDS.stt[lang], width: 6 },
    { id: "name", head: REPORT_WORDS.indicator[lang], width: 42 },
    { id: "unit", head: REPORT_WORDS.unit[lang], width: 12 },
  ];
  const layout = layoutOf(M, kind);
  const next = (baseKey: ValueKey, baseWord: string): Column[] =>
    hasNext
      ? [
          { id: "nextPlan", head: inLang(lang, `KH năm ${Y + 1}`, `Plan ${Y + 1}`), width: 12, value: "nextPlan" },
          {
            id: "cNext",
            head: g
              ? inLang(
                  lang,
                  `KH năm ${Y + 1} tăng/giảm so với ${baseWord} (%)`,
                  `Plan ${Y + 1}: change on ${baseWord} (%)`,
                )
              : inLang(lang, `KH năm ${Y + 1} so với ${baseWord} (%)`, `Plan ${Y + 1} vs ${baseWord} (%)`),
            width: 13,
            compare: { type: "ratio", a: "nextPlan", b: baseKey },
          },
        ]
      : [];
  // The month before M, as offices head it: "TH tháng trước (tháng 8/2013)", December of last year for
  // January. The month stands in brackets so the reader never takes a report's header for a data month.
  const prevMonth = periodName(
    M === 1 ? { year: Y - 1, month: 12, kind: "month" } : { year: Y, month: M - 1, kind: "month" },
    lang,
  );
  const monthPrevColumn: Column = {
    id: "monthPrev",
    head: inLang(lang, `TH tháng trước (${prevMonth})`, `Previous month (${prevMonth})`),
    width: 12,
    value: "monthPrev",
  };
  const vsPrevMonth: Column = {
    id: "cMonthPrev",
    head: vs(periodShort({ month: M, kind: "month" }, lang), inLang(lang, "tháng trước", "previous month")),
    width: 11,
    inBlock: true,
    compare: { type: "ratio", a: "monthNow", b: "monthPrev" },
  };
  if (layout === "autumn") {
    cols.push(
      { id: "lastYear", head: inLang(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`), width: 12, value: "lastYear" },
      { id: "plan", head: planHead, width: 12, value: "plan" },
      // The month's own estimate beside the months so far, and the previous month's actual beside it, as
      // offices lay out the autumn table ("Thực hiện tháng 9 | Ước tính tháng 10 | Lũy kế 10 tháng").
      monthPrevColumn,
      {
        id: "monthNow",
        head: inLang(
          lang,
          `Ước tháng này (${periodName({ year: Y, month: M, kind: "month" }, lang)})`,
          `This month, est. (${periodName({ year: Y, month: M, kind: "month" }, lang)})`,
        ),
        width: 12,
        value: "monthNow",
      },
      {
        id: "samePeriod",
        head: inLang(lang, `TH ${soFarOf(Y - 1)}`, `${capitalize(soFarOf(Y - 1))}`),
        width: 12,
        value: "samePeriod",
      },
      {
        id: "actual",
        head: inLang(lang, `TH ${soFarOf(Y)}`, `${capitalize(soFarOf(Y))}`),
        width: 12,
        value: "actual",
      },
      { id: "estimate", head: inLang(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`), width: 12, value: "estimate" },
      vsPrevMonth,
      {
        id: "cSame",
        head: vs(soFar, samePeriod),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      },
      {
        id: "cPlan",
        head: `${soFar} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "actual", b: "plan", base: "samePeriod" },
      },
      {
        id: "cEstPlan",
        head: `${inLang(lang, "Ước TH năm", "Estimate")} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "estimate", b: "plan", base: "lastYear" },
      },
      {
        id: "cEstLast",
        head: vs(inLang(lang, "Ước TH năm", "Estimate"), inLang(lang, `TH năm ${Y - 1}`, `${Y - 1}`)),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "estimate", b: "lastYear" },
      },
      ...next("estimate", inLang(lang, `ước TH năm ${Y}`, `estimate ${Y}`)),
    );
  } else if (layout === "december") {
    cols.push(
      { id: "lastYear", head: inLang(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`), width: 12, value: "lastYear" },
      { id: "plan", head: planHead, width: 12, value: "plan" },
      { id: "actual", head: inLang(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`), width: 12, value: "actual" },
      {
        id: "cEstLast",
        head: vs(inLang(lang, `Năm ${Y}`, `${Y}`), inLang(lang, `năm ${Y - 1}`, `${Y - 1}`)),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "lastYear" },
      },
      {
        id: "cPlan",
        head: `${inLang(lang, `Năm ${Y}`, `${Y}`)} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "actual", b: "plan", base: "lastYear" },
      },
      ...next("actual", inLang(lang, `năm ${Y}`, `${Y}`)),
    );
  } else if (layout === "quarter") {
    const qShort = periodShort({ month: M, kind: "quarter" }, lang);
    const prevQ = M === 3 ? quarterOfYear(Y - 1, 12) : quarterOfYear(Y, M - 3);
    cols.push(
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "quarterSame",
        head: inLang(lang, `TH ${quarterOfYear(Y - 1, M)}`, `Actual ${quarterOfYear(Y - 1, M)}`),
        width: 12,
        value: "quarterSame",
      },
      {
        id: "quarterPrev",
        head: inLang(lang, `TH ${prevQ}`, `Actual ${prevQ}`),
        width: 12,
        value: "quarterPrev",
      },
      {
        id: "quarterNow",
        head: inLang(lang, `Ước TH ${quarterOfYear(Y, M)}`, `Est. ${quarterOfYear(Y, M)}`),
        width: 12,
        value: "quarterNow",
      },
    );
    if (M > 3)
      cols.push(
        {
          id: "samePeriod",
          head: inLang(lang, `Lũy kế ${soFarOf(Y - 1)}`, capitalize(soFarOf(Y - 1))),
          width: 12,
          value: "samePeriod",
        },
        {
          id: "actual",
          head: inLang(lang, `Ước TH ${soFarOf(Y)}`, `Est. ${soFarOf(Y)}`),
          width: 12,
          value: "actual",
        },
      );
    cols.push(
      {
        id: "cQuarterSame",
        head: vs(qShort, samePeriod),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "quarterNow", b: "quarterSame" },
      },
      {
        id: "cQuarterPrev",
        head: vs(qShort, inLang(lang, "quý trước", "previous quarter")),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "quarterNow", b: "quarterPrev" },
      },
    );
    if (M > 3)
      cols.push({
        id: "cSame",
        head: vs(soFar, soFarBase),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      });
    cols.push({
      id: "cPlan",
      head: `${M > 3 ? soFar : qShort} ${vsPlan}`,
      width: 11,
      inBlock: true,
      compare:
        M > 3
          ? { type: "plan", a: "actual", b: "plan", base: "samePeriod" }
          : { type: "plan", a: "quarterNow", b: "plan", base: "quarterSame" },
    });
  } else {
    // The month report (kind "month") and the months so far before the autumn: the month, the same month
    // last year, the months so far; the month report adds the previous month and the month-on-month change.
    const withPrev = kind === "month";
    const est = M === 6 ? inLang(lang, "Ước TH", "Est.") : inLang(lang, "TH", "Actual");
    cols.push(
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "monthBefore",
        head: inLang(lang, `TH ${monthOf(Y - 1, M)}`, `Actual ${monthOf(Y - 1, M)}`),
        width: 12,
        value: "monthBefore",
      },
    );
    if (withPrev) cols.push(monthPrevColumn);
    cols.push({
      id: "monthNow",
      head: inLang(lang, `${est} ${monthOf(Y, M)}`, `${est} ${monthOf(Y, M)}`),
      width: 12,
      value: "monthNow",
    });
    if (M > 1) {
      cols.push(
        {
          id: "samePeriod",
          head: inLang(lang, `Lũy kế ${soFarOf(Y - 1)}`, capitalize(soFarOf(Y - 1))),
          width: 12,
          value: "samePeriod",
        },
        {
          id: "actual",
          head: inLang(lang, `${est} ${soFarOf(Y)}`, `${est} ${soFarOf(Y)}`),
          width: 12,
          value: "actual",
        },
      );
    }
    cols.push({
      id: "cMonth",
      head: vs(periodShort({ month: M, kind: "month" }, lang), inLang(lang, "cùng kỳ", "same month")),
      width: 11,
      inBlock: true,
      compare: { type: "ratio", a: "monthNow", b: "monthBefore" },
    });
    if (withPrev) cols.push(vsPrevMonth);
    if (M > 1)
      cols.push({
        id: "cSame",
        head: vs(soFar, soFarBase),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      });
    cols.push({
      id: "cPlan",
      head: `${M > 1 ? soFar : periodShort({ month: M, kind: "month" }, lang)} ${vsPlan}`,
      width: 11,
      inBlock: true,
      compare: {
        type: "plan",
        a: M > 1 ? "actual" : "monthNow",
        b: "plan",
        base: M > 1 ? "samePeriod" : "monthBefore",
      },
    });
  }
  return cols;
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
