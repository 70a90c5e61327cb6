/**
 * The report table's columns for a period (DOMAIN.md, "The standard report table"): what each column holds
 * (a value of the indicator, or a comparison of two of them) and its header. Pure.
 */
import { inLang, REPORT_WORDS } from "../core/words";
import { layoutOf } from "./layout";
import type { IndicatorMeasures } from "./measures";
import { planNumber } from "./plan";
import type { ReportOptions } from "./types";

export type ValueKey =
  "lastYear" | "plan" | "samePeriod" | "actual" | "monthNow" | "monthBefore" | "estimate" | "nextPlan" | "localPlan";

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
 * The table's columns. Plan headers always say KH (plan): only a budget line is measured against dự toán,
 * and that row says so itself ("(*)" after its name and the "(*)" note), never the whole column.
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
  const g = o.comparison === "growth";
  const planHead = inLang(lang, `KH năm ${Y}`, `Plan ${Y}`);
  const vsPlan = inLang(lang, "so với KH năm", "vs annual plan");
  const vs = (what: string, base: string): string =>
    g
      ? inLang(lang, `${what} tăng/giảm so với ${base}`, `${what}: change on ${base}`)
      : inLang(lang, `${what} so với ${base}`, `${what} vs ${base}`);
  const cols: Column[] = [
    { id: "stt", head: REPORT_WORDS.stt[lang], width: 6 },
    { id: "name", head: REPORT_WORDS.indicator[lang], width: 42 },
    { id: "unit", head: REPORT_WORDS.unit[lang], width: 12 },
  ];
  const layout = layoutOf(M);
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
  if (layout === "autumn") {
    cols.push(
      { id: "lastYear", head: inLang(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`), width: 12, value: "lastYear" },
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "samePeriod",
        head: inLang(lang, `TH ${M} tháng năm ${Y - 1}`, `First ${M} months ${Y - 1}`),
        width: 12,
        value: "samePeriod",
      },
      {
        id: "actual",
        head: inLang(lang, `TH ${M} tháng năm ${Y}`, `First ${M} months ${Y}`),
        width: 12,
        value: "actual",
      },
      { id: "estimate", head: inLang(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`), width: 12, value: "estimate" },
      {
        id: "cSame",
        head: vs(inLang(lang, `${M} tháng`, `${M} months`), inLang(lang, "cùng kỳ", "same period")),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      },
      {
        id: "cPlan",
        head: `${inLang(lang, `${M} tháng`, `${M} months`)} ${vsPlan}`,
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
  } else {
    const est = M === 6 ? inLang(lang, "Ước TH", "Est.") : inLang(lang, "TH", "Actual");
    cols.push(
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "monthBefore",
        head: inLang(lang, `TH tháng ${M} năm ${Y - 1}`, `Month ${M} ${Y - 1}`),
        width: 12,
        value: "monthBefore",
      },
      {
        id: "monthNow",
        head: inLang(lang, `${est} tháng ${M} năm ${Y}`, `${est} month ${M} ${Y}`),
        width: 12,
        value: "monthNow",
      },
    );
    if (M > 1) {
      cols.push(
        {
          id: "samePeriod",
          head: inLang(lang, `Lũy kế ${M} tháng năm ${Y - 1}`, `First ${M} months ${Y - 1}`),
          width: 12,
          value: "samePeriod",
        },
        {
          id: "actual",
          head: inLang(lang, `${est} ${M} tháng năm ${Y}`, `${est} first ${M} months ${Y}`),
          width: 12,
          value: "actual",
        },
      );
    }
    cols.push({
      id: "cMonth",
      head: vs(inLang(lang, `Tháng ${M}`, `Month ${M}`), inLang(lang, "cùng kỳ", "same month")),
      width: 11,
      inBlock: true,
      compare: { type: "ratio", a: "monthNow", b: "monthBefore" },
    });
    if (M > 1)
      cols.push({
        id: "cSame",
        head: vs(inLang(lang, `${M} tháng`, `${M} months`), inLang(lang, "cùng kỳ", "same period")),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      });
    cols.push({
      id: "cPlan",
      head: `${M > 1 ? inLang(lang, `${M} tháng`, `${M} months`) : inLang(lang, `Tháng ${M}`, `Month ${M}`)} ${vsPlan}`,
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

/** The figure a value column shows for an indicator (a non-numeric plan has none). */
export function valueOf(m: IndicatorMeasures, key: ValueKey): number | null {
  if (key === "plan") return planNumber(m.plan);
  if (key === "nextPlan") return planNumber(m.nextPlan);
  if (key === "localPlan") return planNumber(m.localPlan);
  return m[key];
}
