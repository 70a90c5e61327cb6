/**
 * The report model: raw data -> the standard provincial report table (DOMAIN.md) as a grid of values,
 * native formulas, formats, merges and borders, plus the paragraph of the period. Pure.
 * Comparison cells are plain Excel formulas over the report's own cells (no CT function), so the report
 * follows an edited estimate and calculates without the add-in.
 */
import { growth } from "../core/growth";
import { formatTrim, roundHalfAway } from "../core/format";
import type { Lang } from "../core/types";
import { EVALUATION, REPORT_WORDS, roman } from "../core/words";
import { cellRef } from "./address";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "./documentSettings";
import { valueFormat } from "./formats";
import { cellNote, figureKeysShown, missingLines, missingProblems } from "./gapReport";
import { HEADING_ROWS, headingCells } from "./heading";
import { applyFigureEdits, type FigureEdit } from "./figureEdits";
import { computeMeasures, type IndicatorMeasures } from "./measures";
import { paragraphSentences } from "./sentences";
import { planNumber } from "./plan";
import { problem } from "./problems";
import { verdictNote } from "./verdictNote";
import { fitColumnWidths, PAGE_NUMBER_HEADER } from "./print";
import type {
  Area,
  CellStyle,
  Dataset,
  FigureCell,
  Grid,
  GridCell,
  PlanTarget,
  Problem,
  Report,
  ReportOptions,
} from "./types";

type ValueKey = "lastYear" | "plan" | "samePeriod" | "actual" | "monthNow" | "monthBefore" | "estimate" | "nextPlan";

interface Compare {
  /** ratio: a / b as an index or a growth; plan: a as a percent of plan b, or Vượt/Đạt/Không đạt. */
  type: "ratio" | "plan";
  a: ValueKey;
  b: ValueKey;
  /** For a plan that is a growth, or an index's plan: the base the growth of `a` is measured on. */
  base?: ValueKey;
}

interface Column {
  id: string;
  head: string;
  width: number;
  value?: ValueKey;
  compare?: Compare;
  /** Part of the merged "So sánh (%)" block. */
  inBlock?: boolean;
}

/** Which shape the period calls for (DOMAIN.md, "The standard report table"). */
export type Layout = "monthly" | "autumn" | "december";

export function layoutOf(month: number): Layout {
  if (month === 12) return "december";
  if (month === 9 || month === 10) return "autumn";
  return "monthly";
}

const bi = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en);

/** The report sheet's name: "BC 9T-2013", "BC năm 2013"; "Report 9M-2013", "Report 2013". */
export function reportSheetName(year: number, month: number, lang: Lang): string {
  if (month === 12) return bi(lang, `BC năm ${year}`, `Report ${year}`);
  return bi(lang, `BC ${month}T-${year}`, `Report ${month}M-${year}`);
}

/** The report's title. */
export function reportTitle(year: number, month: number, lang: Lang, hasNext: boolean): string {
  const layout = layoutOf(month);
  if (lang === "vi") {
    const head = "Kết quả thực hiện các chỉ tiêu chủ yếu";
    if (layout === "december") return `${head} năm ${year}${hasNext ? ` và kế hoạch năm ${year + 1}` : ""}`;
    if (layout === "autumn")
      return `${head} ${month} tháng năm ${year}, ước thực hiện năm ${year}${hasNext ? ` và kế hoạch năm ${year + 1}` : ""}`;
    if (month === 1) return `${head} tháng 1 năm ${year}`;
    if (month === 6) return `${head} 6 tháng đầu năm ${year}`;
    return `${head} tháng ${month} và ${month} tháng năm ${year}`;
  }
  const head = "Main indicators: results of";
  if (layout === "december") return `${head} ${year}${hasNext ? ` and plan for ${year + 1}` : ""}`;
  if (layout === "autumn")
    return `${head} the first ${month} months of ${year}, estimate for ${year}${hasNext ? ` and plan for ${year + 1}` : ""}`;
  if (month === 1) return `${head} January ${year}`;
  if (month === 6) return `${head} the first half of ${year}`;
  return `${head} month ${month} and the first ${month} months of ${year}`;
}

/**
 * The table's columns. Plan headers always say KH (plan): only a budget line is measured against dự toán,
 * and that row says so itself ("(*)" after its name and the "(*)" note), never the whole column.
 */
function columns(o: ReportOptions, hasNext: boolean): Column[] {
  const { year: Y, month: M, lang } = o;
  const g = o.comparison === "growth";
  const planHead = bi(lang, `KH năm ${Y}`, `Plan ${Y}`);
  const vsPlan = bi(lang, "so với KH năm", "vs annual plan");
  const vs = (what: string, base: string): string =>
    g
      ? bi(lang, `${what} tăng/giảm so với ${base}`, `${what}: change on ${base}`)
      : bi(lang, `${what} so với ${base}`, `${what} vs ${base}`);
  const cols: Column[] = [
    { id: "stt", head: REPORT_WORDS.stt[lang], width: 6 },
    { id: "name", head: REPORT_WORDS.indicator[lang], width: 42 },
    { id: "unit", head: REPORT_WORDS.unit[lang], width: 12 },
  ];
  const layout = layoutOf(M);
  const next = (baseKey: ValueKey, baseWord: string): Column[] =>
    hasNext
      ? [
          { id: "nextPlan", head: bi(lang, `KH năm ${Y + 1}`, `Plan ${Y + 1}`), width: 12, value: "nextPlan" },
          {
            id: "cNext",
            head: g
              ? bi(lang, `KH năm ${Y + 1} tăng/giảm so với ${baseWord} (%)`, `Plan ${Y + 1}: change on ${baseWord} (%)`)
              : bi(lang, `KH năm ${Y + 1} so với ${baseWord} (%)`, `Plan ${Y + 1} vs ${baseWord} (%)`),
            width: 13,
            compare: { type: "ratio", a: "nextPlan", b: baseKey },
          },
        ]
      : [];
  if (layout === "autumn") {
    cols.push(
      { id: "lastYear", head: bi(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`), width: 12, value: "lastYear" },
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "samePeriod",
        head: bi(lang, `TH ${M} tháng năm ${Y - 1}`, `First ${M} months ${Y - 1}`),
        width: 12,
        value: "samePeriod",
      },
      { id: "actual", head: bi(lang, `TH ${M} tháng năm ${Y}`, `First ${M} months ${Y}`), width: 12, value: "actual" },
      { id: "estimate", head: bi(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`), width: 12, value: "estimate" },
      {
        id: "cSame",
        head: vs(bi(lang, `${M} tháng`, `${M} months`), bi(lang, "cùng kỳ", "same period")),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      },
      {
        id: "cPlan",
        head: `${bi(lang, `${M} tháng`, `${M} months`)} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "actual", b: "plan", base: "samePeriod" },
      },
      {
        id: "cEstPlan",
        head: `${bi(lang, "Ước TH năm", "Estimate")} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "estimate", b: "plan", base: "lastYear" },
      },
      {
        id: "cEstLast",
        head: vs(bi(lang, "Ước TH năm", "Estimate"), bi(lang, `TH năm ${Y - 1}`, `${Y - 1}`)),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "estimate", b: "lastYear" },
      },
      ...next("estimate", bi(lang, `ước TH năm ${Y}`, `estimate ${Y}`)),
    );
  } else if (layout === "december") {
    cols.push(
      { id: "lastYear", head: bi(lang, `TH năm ${Y - 1}`, `Actual ${Y - 1}`), width: 12, value: "lastYear" },
      { id: "plan", head: planHead, width: 12, value: "plan" },
      { id: "actual", head: bi(lang, `Ước TH năm ${Y}`, `Estimate ${Y}`), width: 12, value: "actual" },
      {
        id: "cEstLast",
        head: vs(bi(lang, `Năm ${Y}`, `${Y}`), bi(lang, `năm ${Y - 1}`, `${Y - 1}`)),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "lastYear" },
      },
      {
        id: "cPlan",
        head: `${bi(lang, `Năm ${Y}`, `${Y}`)} ${vsPlan}`,
        width: 11,
        inBlock: true,
        compare: { type: "plan", a: "actual", b: "plan", base: "lastYear" },
      },
      ...next("actual", bi(lang, `năm ${Y}`, `${Y}`)),
    );
  } else {
    const est = M === 6 ? bi(lang, "Ước TH", "Est.") : bi(lang, "TH", "Actual");
    cols.push(
      { id: "plan", head: planHead, width: 12, value: "plan" },
      {
        id: "monthBefore",
        head: bi(lang, `TH tháng ${M} năm ${Y - 1}`, `Month ${M} ${Y - 1}`),
        width: 12,
        value: "monthBefore",
      },
      {
        id: "monthNow",
        head: bi(lang, `${est} tháng ${M} năm ${Y}`, `${est} month ${M} ${Y}`),
        width: 12,
        value: "monthNow",
      },
    );
    if (M > 1) {
      cols.push(
        {
          id: "samePeriod",
          head: bi(lang, `Lũy kế ${M} tháng năm ${Y - 1}`, `First ${M} months ${Y - 1}`),
          width: 12,
          value: "samePeriod",
        },
        {
          id: "actual",
          head: bi(lang, `${est} ${M} tháng năm ${Y}`, `${est} first ${M} months ${Y}`),
          width: 12,
          value: "actual",
        },
      );
    }
    cols.push({
      id: "cMonth",
      head: vs(bi(lang, `Tháng ${M}`, `Month ${M}`), bi(lang, "cùng kỳ", "same month")),
      width: 11,
      inBlock: true,
      compare: { type: "ratio", a: "monthNow", b: "monthBefore" },
    });
    if (M > 1)
      cols.push({
        id: "cSame",
        head: vs(bi(lang, `${M} tháng`, `${M} months`), bi(lang, "cùng kỳ", "same period")),
        width: 11,
        inBlock: true,
        compare: { type: "ratio", a: "actual", b: "samePeriod" },
      });
    cols.push({
      id: "cPlan",
      head: `${M > 1 ? bi(lang, `${M} tháng`, `${M} months`) : bi(lang, `Tháng ${M}`, `Month ${M}`)} ${vsPlan}`,
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

/** A plan as the report writes it: 34.540 stays a number; "6,6–6,8", "dưới 8", "tăng 14%" as words. */
export function planText(plan: PlanTarget, lang: Lang): string {
  const n = (x: number): string => formatTrim(x, 4, lang);
  switch (plan.type) {
    case "number":
      return n(plan.value);
    case "range":
      return `${n(plan.low)}–${n(plan.high)}`;
    case "below":
      return plan.inclusive
        ? bi(lang, `không quá ${n(plan.value)}`, `at most ${n(plan.value)}`)
        : bi(lang, `dưới ${n(plan.value)}`, `under ${n(plan.value)}`);
    case "above":
      return plan.inclusive
        ? bi(lang, `tối thiểu ${n(plan.value)}`, `at least ${n(plan.value)}`)
        : bi(lang, `trên ${n(plan.value)}`, `over ${n(plan.value)}`);
    case "growth":
      return bi(lang, `tăng ${n(plan.value * 100)}%`, `up ${n(plan.value * 100)}%`);
  }
}

function valueOf(m: IndicatorMeasures, key: ValueKey): number | null {
  if (key === "plan") return planNumber(m.plan);
  if (key === "nextPlan") return planNumber(m.nextPlan);
  return m[key];
}

/** A non-numeric plan's evaluation of metric x (in the plan's own terms). */
function evaluate(plan: PlanTarget, x: number): "above" | "met" | "missed" {
  switch (plan.type) {
    case "range":
      return x < plan.low ? "missed" : x > plan.high ? "above" : "met";
    case "below":
      return x < plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "above":
      return x > plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return x > t ? "above" : x >= t ? "met" : "missed";
    }
    case "number":
      return x >= plan.value ? "met" : "missed";
  }
}

function evaluationFormula(plan: PlanTarget, x: string, lang: Lang): string {
  const w = (k: "above" | "met" | "missed"): string => `"${EVALUATION[k][lang]}"`;
  switch (plan.type) {
    case "range":
      return `IF(${x}<${plan.low},${w("missed")},IF(${x}>${plan.high},${w("above")},${w("met")}))`;
    case "below":
      return `IF(${x}${plan.inclusive ? "<=" : "<"}${plan.value},${w("met")},${w("missed")})`;
    case "above":
      return `IF(${x}${plan.inclusive ? ">=" : ">"}${plan.value},${w("met")},${w("missed")})`;
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return `IF(${x}>${t},${w("above")},IF(${x}>=${t},${w("met")},${w("missed")}))`;
    }
    case "number":
      return `IF(${x}>=${plan.value},${w("met")},${w("missed")})`;
  }
}

/**
 * An index comparison that is not a ratio of two of the row's cells: the average of the period on the same
 * period (the geometric mean of the monthly indices), and for same-month indices the month's own index.
 * undefined: an ordinary ratio; null: no figure (a same-month index has no base in the row).
 */
function directIndex(m: IndicatorMeasures, cmp: Compare, month: number): number | null | undefined {
  if (m.kind !== "index") return undefined;
  // In December the year is the period: last year's whole year is its same period.
  const onSamePeriod = cmp.a === "actual" && (cmp.b === "samePeriod" || (month === 12 && cmp.b === "lastYear"));
  if (onSamePeriod && m.onSamePeriod !== null) return m.onSamePeriod;
  if (m.basis !== "same-month") return undefined;
  if (onSamePeriod) return m.actual === null ? null : m.actual / 100;
  if (cmp.a === "monthNow" && cmp.b === "monthBefore") return m.onSameMonth;
  return null;
}

const HEADER_STYLE: CellStyle = { bold: true, align: "center", valign: "middle", wrap: true, fill: "#DDEBF7" };

/** First row of the table's headers, and of the data. */
/**
 * Growth in percent as a native formula, by CT.GROWTH's rule: (A − B) / |B| × 100, which is A/B×100−100
 * for a positive base and reads a shrinking loss (−10 → −5) as a rise, as the paragraph does.
 */
function growthFormula(A: string, B: string): string {
  return `IF(${B}>0,${A}/${B}*100-100,${negativeBaseGrowth(A, B)})`;
}

/** The same comparison as an index (previous = 100): A/B×100 for a positive base. */
function indexFormula(A: string, B: string): string {
  return `IF(${B}>0,${A}/${B}*100,${negativeBaseGrowth(A, B)}+100)`;
}

function negativeBaseGrowth(A: string, B: string): string {
  return `(${A}-${B})/ABS(${B})*100`;
}

/** The same growth in percent as a value (src/core/growth.ts); null when it has none. */
function growthPercent(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const g = growth(a, b);
  return typeof g === "number" && Number.isFinite(g * 100) ? g * 100 : null;
}

export const HEADER_ROW = HEADING_ROWS;
export const FIRST_DATA_ROW = HEADER_ROW + 3;

/**
 * The report of `options.year`, months 1..`options.month`. Never throws on bad data: a figure that
 * cannot be computed is an empty cell, and what went wrong is in `problems`.
 */
export function buildReport(
  data: Dataset,
  options: ReportOptions,
  document: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS,
  edits: readonly FigureEdit[] = [],
): Report {
  const o = options;
  const { lang } = o;
  // The officer's edits of the report sheet (src/report/sheetReport.ts), when rebuilt from it.
  const measures = applyFigureEdits(computeMeasures(data, o), edits, o);
  const figures: FigureCell[] = [];
  const problems: Problem[] = [...data.problems];
  // An estimate fallback matters only where the report shows an estimate (the autumn layout).
  const showsEstimate = layoutOf(o.month) === "autumn";
  for (const m of measures)
    for (const p of m.problems) if (p.code !== "estimate-fallback" || showsEstimate) problems.push(p);
  const hasNext = measures.some((m) => m.next !== undefined) && layoutOf(o.month) !== "monthly";
  const hasBudget = measures.some((m) => m.budget);
  const cols = columns(o, hasNext);
  const nCols = cols.length;
  const colIndex = new Map<string, number>();
  cols.forEach((c, i) => {
    colIndex.set(c.id, i);
    if (c.value) colIndex.set(c.value, i);
  });
  const shown = figureKeysShown(cols.map((c) => c.value));
  for (const m of measures) problems.push(...missingProblems(m, shown, o));

  if (measures.length > 0 && measures.every((m) => m.actual === null && m.monthNow === null)) {
    problems.push(problem("no-data-for-year", "warning", "", { year: o.year, month: o.month }));
  }

  const cells: (GridCell | undefined)[][] = [];
  const merges: Area[] = [];
  const set = (r: number, c: number, cell: GridCell): void => {
    while (cells.length <= r) cells.push([]);
    (cells[r] as (GridCell | undefined)[])[c] = cell;
  };

  const title = reportTitle(o.year, o.month, lang, hasNext);
  const comparisonWords =
    o.comparison === "index"
      ? bi(lang, "Cột so sánh: chỉ số, kỳ so sánh = 100", "Comparisons: index, base = 100")
      : bi(lang, "Cột so sánh: tăng (+) / giảm (−) %", "Comparisons: change in %");
  const heading = headingCells({ title, comparisonWords, cols: nCols, year: o.year, lang, document });
  for (const h of heading.cells) set(h.r, h.c, h.cell);
  merges.push(...heading.merges);

  // Two header rows: "So sánh (%)" spans the comparison block; every other header spans both rows.
  const blockStart = cols.findIndex((c) => c.inBlock);
  const blockEnd = blockStart < 0 ? -1 : blockStart + cols.filter((c) => c.inBlock).length - 1;
  cols.forEach((c, i) => {
    if (c.inBlock) {
      set(HEADER_ROW + 1, i, { value: c.head, style: HEADER_STYLE });
    } else {
      set(HEADER_ROW, i, { value: c.head, style: HEADER_STYLE });
      set(HEADER_ROW + 1, i, { style: HEADER_STYLE });
      merges.push({ r1: HEADER_ROW, c1: i, r2: HEADER_ROW + 1, c2: i });
    }
    set(HEADER_ROW + 2, i, {
      value: i < 3 ? String.fromCharCode(65 + i) : String(i - 2),
      style: { italic: true, align: "center" },
    });
  });
  if (blockStart >= 0) {
    set(HEADER_ROW, blockStart, { value: REPORT_WORDS.compare[lang], style: HEADER_STYLE });
    for (let i = blockStart + 1; i <= blockEnd; i++) set(HEADER_ROW, i, { style: HEADER_STYLE });
    merges.push({ r1: HEADER_ROW, c1: blockStart, r2: HEADER_ROW, c2: blockEnd });
  }

  // Groups in the data's order, Roman numerals; indicators numbered within their group.
  const groups: string[] = [];
  for (const m of measures) if (!groups.includes(m.group)) groups.push(m.group);
  let r = FIRST_DATA_ROW;
  groups.forEach((gname, gi) => {
    if (gname !== "" || groups.length > 1) {
      set(r, 0, { value: roman(gi + 1), style: { bold: true, align: "center" } });
      set(r, 1, { value: gname || bi(lang, "Khác", "Other"), style: { bold: true } });
      r++;
    }
    measures
      .filter((m) => m.group === gname)
      .forEach((m, k) => {
        writeIndicatorRow(m, r, k + 1);
        r++;
      });
  });
  const lastTableRow = r - 1;

  function writeIndicatorRow(m: IndicatorMeasures, row: number, stt: number): void {
    const fmt = valueFormat(m);
    const cmpFmt = m.kind === "index" ? "0.00" : "0.0";
    set(row, 0, { value: stt, style: { align: "center" } });
    set(row, 1, { value: m.name + (m.budget && hasBudget ? " (*)" : ""), style: { wrap: true } });
    set(row, 2, { value: m.unit, style: { align: "center" } });
    cols.forEach((c, i) => {
      if (c.value) {
        const plan = c.value === "plan" ? m.plan : c.value === "nextPlan" ? m.nextPlan : undefined;
        if (plan && plan.type !== "number") {
          set(row, i, { value: planText(plan, lang), style: { align: "right" } });
          return;
        }
        const note = cellNote(m, c.value, o);
        set(row, i, { value: valueOf(m, c.value), format: fmt, ...(note ? { note } : {}) });
        figures.push({ row, col: i, code: m.code, key: c.value });
        return;
      }
      if (!c.compare) return;
      const cmp = c.compare;
      const ref = (key: ValueKey): string => cellRef(row, colIndex.get(key) ?? -1);
      const has = (key: ValueKey): boolean => colIndex.has(key);
      const A = ref(cmp.a);
      const B = ref(cmp.b);
      const a = valueOf(m, cmp.a);
      const b = valueOf(m, cmp.b);
      const plan = cmp.type === "plan" ? m.plan : null;
      if (cmp.type === "plan" && plan && plan.type !== "number") {
        // Vượt / Đạt / Không đạt: a growth or an index is judged by its growth on the base; a bound by the value.
        const byGrowth = plan.type === "growth" || m.kind === "index";
        const baseKey = cmp.base;
        if (byGrowth && (!baseKey || !has(baseKey))) {
          set(row, i, { value: null });
          return;
        }
        // How the verdict is judged, for the reader: a note on every cell that shows one.
        const note = verdictNote(plan, { a: cmp.a, byGrowth, ...(baseKey ? { base: baseKey } : {}) }, o);
        const noted = (value: string | null): Partial<GridCell> => ((value !== null || o.live) && note ? { note } : {});
        // An index's average on the same period is the geometric mean, shown in its own column: judge by it.
        const avgCol = indexAverageColumn(m, cmp.a, baseKey);
        if (byGrowth && avgCol !== null) {
          const C = cellRef(row, avgCol);
          const x = o.comparison === "growth" ? C : `(${C}-100)`;
          const formula = `=IF(ISNUMBER(${C}),${evaluationFormula(plan, x, lang)},"")`;
          const value = EVALUATION[evaluate(plan, ((m.onSamePeriod as number) - 1) * 100)][lang];
          const style: CellStyle = { align: "center" };
          set(row, i, o.live ? { formula, value, style, ...noted(value) } : { value, style, ...noted(value) });
          return;
        }
        const S = baseKey ? ref(baseKey) : "";
        const s = baseKey ? valueOf(m, baseKey) : null;
        const x = byGrowth ? growthFormula(A, S) : A;
        const evalF = evaluationFormula(plan, x, lang);
        const formula = byGrowth
          ? `=IF(AND(ISNUMBER(${A}),ISNUMBER(${S})),IF(${S}=0,"",${evalF}),"")`
          : `=IF(ISNUMBER(${A}),${evalF},"")`;
        let value: string | null = null;
        const judged = byGrowth ? growthPercent(a, s) : a;
        if (judged !== null) value = EVALUATION[evaluate(plan, judged)][lang];
        const style: CellStyle = { align: "center" };
        set(row, i, o.live ? { formula, value, style, ...noted(value) } : { value, style, ...noted(value) });
        return;
      }
      const growthStyle = cmp.type === "ratio" && o.comparison === "growth";
      const direct = cmp.type === "ratio" ? directIndex(m, cmp, o.month) : undefined;
      if (direct !== undefined && direct !== null) {
        // Not a ratio of two cells: the average index of the months (or a same-month index as published).
        set(row, i, { value: direct * 100 - (growthStyle ? 100 : 0), format: cmpFmt });
        return;
      }
      if (direct === null) {
        set(row, i, { value: null, format: cmpFmt });
        return;
      }
      const ratioF = growthStyle ? growthFormula(A, B) : indexFormula(A, B);
      const formula =
        cmp.type === "ratio"
          ? `=IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(${B}=0,"",${ratioF}),"")`
          : `=IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(${B}=0,"",${A}/${B}*100),"")`;
      let value: number | null = null;
      if (cmp.type === "ratio") {
        const g = growthPercent(a, b);
        value = g === null ? null : g + (growthStyle ? 0 : 100);
      } else if (a !== null && b !== null && b !== 0) value = (a / b) * 100;
      if (value !== null && !Number.isFinite(value)) value = null;
      set(row, i, o.live ? { formula, value, format: cmpFmt } : { value, format: cmpFmt });
    });
  }

  /** The column holding an index's average on the same period, when plan `a` on base `base` is judged by it. */
  function indexAverageColumn(m: IndicatorMeasures, a: ValueKey, base: ValueKey | undefined): number | null {
    const samePeriod = (b: ValueKey | undefined): boolean => b === "samePeriod" || (o.month === 12 && b === "lastYear");
    if (m.kind !== "index" || m.onSamePeriod === null || a !== "actual" || !samePeriod(base)) return null;
    const c = cols.findIndex((x) => x.compare?.type === "ratio" && x.compare.a === "actual" && samePeriod(x.compare.b));
    return c < 0 ? null : c;
  }

  // Notes and the paragraph under the table, each line in column A (text flows over the empty cells).
  // Notes and the paragraph under the table, each line wrapped inside the table's width.
  const line = (row: number, cell: GridCell): void => {
    set(row, 0, { ...cell, style: { ...cell.style, wrap: true, valign: "top" } });
    merges.push({ r1: row, c1: 0, r2: row, c2: nCols - 1 });
  };
  r = lastTableRow + 2;
  const noteLines = [...notes(o, measures, hasBudget), ...missingLines(measures, shown, o)];
  for (const note of noteLines) line(r++, { value: note, style: { italic: true } });
  const sentences = paragraphSentences(measures, o);
  const paragraph = sentences.join(" ");
  if (sentences.length > 0) {
    r++;
    line(r++, {
      value: bi(lang, `Tóm tắt ${periodWords(o)}:`, `Summary of ${periodWords(o)}:`),
      style: { bold: true },
    });
    // Sentences run on as a paragraph, a few to a cell: a row's height has a limit (409 pt) and every
    // merged row is one more command for the add-in.
    for (const chunk of paragraphChunks(sentences)) line(r++, { value: chunk });
  }

  const rows = Math.max(cells.length, r);
  const full: (GridCell | undefined)[][] = [];
  for (let i = 0; i < rows; i++) {
    const src = cells[i] ?? [];
    const line: (GridCell | undefined)[] = [];
    for (let c = 0; c < nCols; c++) line.push(src[c]);
    full.push(line);
  }
  const grid: Grid = {
    rows,
    cols: nCols,
    cells: full,
    merges,
    borders: [{ r1: HEADER_ROW, c1: 0, r2: Math.max(lastTableRow, HEADER_ROW + 2), c2: nCols - 1 }],
    colWidths: cols.map((c) => c.width),
    freeze: { rows: FIRST_DATA_ROW, cols: 0 },
    print: {
      landscape: true,
      fitToWidth: 1,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW + 2 },
      header: PAGE_NUMBER_HEADER,
      differentFirst: true,
    },
  };
  grid.colWidths = fitColumnWidths(grid);
  return {
    sheetName: reportSheetName(o.year, o.month, lang),
    title,
    grid,
    paragraph,
    indicatorCount: measures.length,
    problems,
    text: {
      year: o.year,
      month: o.month,
      lang,
      sections: groups.map((group) => ({
        group: group || bi(lang, "Khác", "Other"),
        sentences: paragraphSentences(
          measures.filter((m) => m.group === group),
          o,
        ),
      })),
      notes: noteLines,
      table: grid.borders[0] as Area,
      figures,
    },
  };
}

const PARAGRAPH_CELL_CHARS = 1200;

/** Consecutive sentences joined by a space, each chunk at most PARAGRAPH_CELL_CHARS (or one sentence). */
export function paragraphChunks(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + s.length <= PARAGRAPH_CELL_CHARS) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

function periodWords(o: ReportOptions): string {
  if (o.lang === "vi")
    return o.month === 12
      ? `năm ${o.year}`
      : o.month === 6
        ? `6 tháng đầu năm ${o.year}`
        : `${o.month} tháng năm ${o.year}`;
  return o.month === 12 ? `${o.year}` : `the first ${o.month} months of ${o.year}`;
}

const METHOD_WORDS: Record<ReportOptions["method"], { vi: string; en: string }> = {
  runrate: {
    vi: "bình quân các tháng đã qua (lũy kế × 12 / số tháng)",
    en: "the average of the months so far (YTD × 12 / months)",
  },
  seasonal: {
    vi: "mùa vụ năm trước (lũy kế × TH năm trước / cùng kỳ năm trước)",
    en: "last year's seasonal shape (YTD × last year / last year's same period)",
  },
  recent: {
    vi: "bình quân 3 tháng gần nhất cho các tháng còn lại",
    en: "the average of the last 3 months for the months left",
  },
  manual: {
    vi: "số do cán bộ nhập (tạm tính theo bình quân các tháng)",
    en: "typed by the officer (pre-filled with the monthly average)",
  },
};

function notes(o: ReportOptions, measures: IndicatorMeasures[], hasBudget: boolean): string[] {
  const { lang } = o;
  const out: string[] = [];
  if (layoutOf(o.month) === "autumn") {
    out.push(
      bi(
        lang,
        `Ghi chú: Ước TH năm ${o.year} tính theo ${METHOD_WORDS[o.method].vi}.`,
        `Note: the ${o.year} estimate uses ${METHOD_WORDS[o.method].en}.`,
      ),
    );
    const fallback = measures.filter((m) => m.estimateMethod !== null && m.estimateMethod !== o.method);
    if (fallback.length > 0) {
      const names = fallback.map((m) => m.name).join("; ");
      out.push(
        bi(
          lang,
          `Không tính được theo cách trên (thiếu số liệu năm ${o.year - 1}), tính theo ${METHOD_WORDS.runrate.vi}: ${names}.`,
          `Not computable that way (no ${o.year - 1} figures), estimated by ${METHOD_WORDS.runrate.en}: ${names}.`,
        ),
      );
    }
  }
  if (measures.some((m) => m.onSamePeriod !== null))
    out.push(
      bi(
        lang,
        "Chỉ số bình quân so với cùng kỳ là bình quân nhân các chỉ số tháng so với cùng tháng năm trước, như cơ quan thống kê tính.",
        "Index averages on the same period are the geometric mean of the monthly indices on the same month of last year, as the statistics office computes them.",
      ),
    );
  const estimated = measures.filter((m) => m.averageEstimated);
  if (estimated.length > 0)
    out.push(
      bi(
        lang,
        `Ước tính (chưa có số lũy kế công bố): ${estimated.map((m) => m.name).join("; ")}.`,
        `Estimated (no published year-to-date figure): ${estimated.map((m) => m.name).join("; ")}.`,
      ),
    );
  if (hasBudget)
    out.push(
      bi(
        lang,
        "(*) Dự toán: thu ngân sách so với dự toán năm được giao (cột KH năm ghi dự toán).",
        "(*) Budget estimate: budget revenue is measured against the annual budget estimate (the plan column holds it).",
      ),
    );
  if (measures.some((m) => m.plan && m.plan.type !== "number")) {
    // How the verdict was reached, for the reader: never how to use the tool.
    out.push(
      bi(
        lang,
        'Kế hoạch dạng khoảng, giới hạn hoặc tốc độ tăng được đánh giá Vượt / Đạt / Không đạt: trong khoảng là Đạt, trên khoảng là Vượt; kế hoạch "dưới", "trên" là Đạt khi đúng giới hạn; kế hoạch tăng và chỉ số giá đánh giá theo tốc độ tăng so với kỳ gốc (làm tròn 1 chữ số thập phân).',
        'Plans given as a range, a bound or a growth are judged Above / Met / Missed: within the range is Met, above it Above; an "under" or "over" plan is Met when the bound holds; growth plans and price indices are judged by the growth on the base period (rounded to one decimal).',
      ),
    );
  }
  return out;
}
