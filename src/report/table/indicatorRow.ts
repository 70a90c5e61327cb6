/**
 * One indicator's row of the report table: its values, and its comparisons as native formulas over the
 * row's own cells (with their values), so the report follows an edited estimate without the add-in. Pure.
 */
import { EVALUATION } from "../../core/words";
import { cellRef } from "../../core/address";
import { type Column, type Compare, valueOf } from "./columns";
import type { PlanTarget } from "../../core/planTarget";
import type { ValueKey } from "../measure/valueKey";
import { directIndex, growthFormula, growthPercent, indexFormula } from "./comparisonFormulas";
import { comparisonFormat, valueFormat } from "../measure/formats";
import { cellNote } from "../words/gapReport";
import type { IndicatorMeasures } from "../measure/measures";
import { unreadablePlanNote } from "../words/planNote";
import { evaluate, evaluationFormula, planText } from "./planVerdict";
import { staleComparisonNote } from "../words/staleComparison";
import type { CellStyle, FigureCell, GridCell } from "./grid";
import type { ReportOptions } from "../period/options";
import { verdictNote } from "../words/verdictNote";

/** What every row of the table shares: the options, the columns and where each value sits. */
export interface TableContext {
  options: ReportOptions;
  cols: Column[];
  /** Column index by column id and by the value key it shows. */
  colIndex: Map<string, number>;
  hasBudget: boolean;
  set: (r: number, c: number, cell: GridCell) => void;
  /** Collects the figure cells placed, for reading the sheet back (ReportText.figures). */
  figures?: FigureCell[];
}

/** A plan typed as text the reader could not read, for the value key it stands in: shown as typed. */
function unreadPlan(m: IndicatorMeasures, key: ValueKey | undefined): string | undefined {
  if (key === "plan" && m.plan === null) return m.current?.planText;
  if (key === "nextPlan" && m.nextPlan === null) return m.next?.planText;
  if (key === "localPlan" && !m.localPlan) return m.current?.localPlanText;
  return undefined;
}

/** One value cell: a figure with its format (and a note on a gap), a plan in words, or a plan typed as text. */
function writeValue(m: IndicatorMeasures, key: ValueKey, row: number, i: number, table: TableContext): void {
  const { options: o, set } = table;
  const plan =
    key === "plan" ? m.plan : key === "nextPlan" ? m.nextPlan : key === "localPlan" ? m.localPlan : undefined;
  if (plan && plan.type !== "number") {
    set(row, i, { value: planText(plan, o.lang), style: { align: "right", wrap: true } });
    return;
  }
  const typed = unreadPlan(m, key);
  if (typed !== undefined) {
    set(row, i, {
      value: typed,
      style: { align: "right", wrap: true },
      note: unreadablePlanNote(typed, m.code, o.lang),
    });
    return;
  }
  const note = cellNote(m, key, o);
  set(row, i, { value: valueOf(m, key), format: valueFormat(m), ...(note ? { note } : {}) });
  table.figures?.push({ row, col: i, code: m.code, key });
}

/** Vượt / Đạt / Không đạt: a growth or an index is judged by its growth on the base; a bound by the value. */
function writeVerdict(
  m: IndicatorMeasures,
  cmp: Compare,
  plan: Exclude<PlanTarget, { type: "number" }>,
  row: number,
  i: number,
  table: TableContext,
): void {
  const { options: o, cols, colIndex, set } = table;
  const { lang } = o;
  const ref = (key: ValueKey): string => cellRef(row, colIndex.get(key) ?? -1);
  const byGrowth = plan.type === "growth" || ("growth" in plan && plan.growth === true) || m.kind === "index";
  const baseKey = cmp.base;
  if (byGrowth && (!baseKey || !colIndex.has(baseKey))) {
    set(row, i, { value: null });
    return;
  }
  // How the verdict is judged, for the reader: a note on every cell that shows (or can show) one.
  const note = verdictNote(plan, { a: cmp.a, byGrowth, ...(baseKey ? { base: baseKey } : {}) }, o, m.lowerIsBetter);
  const noted = (value: string | null): Partial<GridCell> => ((value !== null || o.live) && note ? { note } : {});
  const style: CellStyle = { align: "center", wrap: true };
  // An index's average on the same period is the geometric mean, shown in its own column: judge by it.
  const avgCol = indexAverageColumn(m, cmp.a, baseKey, o, cols);
  if (byGrowth && avgCol !== null) {
    const C = cellRef(row, avgCol);
    const x = o.comparison === "growth" ? C : `(${C}-100)`;
    const formula = `=IF(ISNUMBER(${C}),${evaluationFormula(plan, x, lang, m.lowerIsBetter)},"")`;
    const value = EVALUATION[evaluate(plan, ((m.onSamePeriod as number) - 1) * 100, m.lowerIsBetter)][lang];
    set(row, i, o.live ? { formula, value, style, ...noted(value) } : { value, style, ...noted(value) });
    return;
  }
  const A = ref(cmp.a);
  const S = baseKey ? ref(baseKey) : "";
  const x = byGrowth ? growthFormula(A, S) : A;
  const evalF = evaluationFormula(plan, x, lang, m.lowerIsBetter);
  const formula = byGrowth
    ? `=IF(AND(ISNUMBER(${A}),ISNUMBER(${S})),IF(${S}=0,"",${evalF}),"")`
    : `=IF(ISNUMBER(${A}),${evalF},"")`;
  const a = valueOf(m, cmp.a);
  const judged = byGrowth ? growthPercent(a, baseKey ? valueOf(m, baseKey) : null) : a;
  const value = judged === null ? null : EVALUATION[evaluate(plan, judged, m.lowerIsBetter)][lang];
  set(row, i, o.live ? { formula, value, style, ...noted(value) } : { value, style, ...noted(value) });
}

/** A ratio or a percent of a number plan, as a native formula over the row's cells with its value. */
function writeComparison(m: IndicatorMeasures, cmp: Compare, row: number, i: number, table: TableContext): void {
  const { options: o, colIndex, set } = table;
  const cmpFmt = comparisonFormat(m, o);
  // A level standing at a month no later than its base's period: the same figure twice, not "no change".
  const stale = cmp.type === "ratio" ? staleComparisonNote(m, cmp.a, cmp.b, o) : undefined;
  if (stale) {
    set(row, i, { value: null, format: cmpFmt, note: stale });
    return;
  }
  const growthStyle = cmp.type === "ratio" && o.comparison === "growth";
  const direct = cmp.type === "ratio" ? directIndex(m, cmp, o.month) : undefined;
  if (direct !== undefined) {
    // Not a ratio of two cells: the average index of the months (or a same-month index as published).
    set(row, i, { value: direct === null ? null : direct * 100 - (growthStyle ? 100 : 0), format: cmpFmt });
    return;
  }
  const A = cellRef(row, colIndex.get(cmp.a) ?? -1);
  const B = cellRef(row, colIndex.get(cmp.b) ?? -1);
  const ratioF = growthStyle ? growthFormula(A, B) : indexFormula(A, B);
  const formula =
    cmp.type === "ratio"
      ? `=IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(${B}=0,"",${ratioF}),"")`
      : `=IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(${B}=0,"",${A}/${B}*100),"")`;
  const a = valueOf(m, cmp.a);
  const b = valueOf(m, cmp.b);
  let value: number | null = null;
  if (cmp.type === "ratio") {
    const g = growthPercent(a, b);
    value = g === null ? null : g + (growthStyle ? 0 : 100);
  } else if (a !== null && b !== null && b !== 0) value = (a / b) * 100;
  if (value !== null && !Number.isFinite(value)) value = null;
  set(row, i, o.live ? { formula, value, format: cmpFmt } : { value, format: cmpFmt });
}

export function writeIndicatorRow(m: IndicatorMeasures, row: number, stt: number, table: TableContext): void {
  const { options: o, cols, hasBudget, set } = table;
  set(row, 0, { value: stt, style: { align: "center" } });
  set(row, 1, { value: m.name + (m.budget && hasBudget ? " (*)" : ""), style: { wrap: true } });
  set(row, 2, { value: m.unit, style: { align: "center", wrap: true } });
  cols.forEach((c, i) => {
    if (c.value) {
      writeValue(m, c.value, row, i, table);
      return;
    }
    if (!c.compare) return;
    const cmp = c.compare;
    // A plan typed as text the reader could not read: every comparison with it blank, with the note.
    const typedPlan = unreadPlan(m, cmp.a) ?? unreadPlan(m, cmp.b);
    if (typedPlan !== undefined) {
      set(row, i, { value: null, note: unreadablePlanNote(typedPlan, m.code, o.lang) });
      return;
    }
    const plan = cmp.type !== "plan" ? null : cmp.b === "localPlan" ? (m.localPlan ?? null) : m.plan;
    if (cmp.type === "plan" && plan && plan.type !== "number") writeVerdict(m, cmp, plan, row, i, table);
    else writeComparison(m, cmp, row, i, table);
  });
}

/** The column holding an index's average on the same period, when plan `a` on base `base` is judged by it. */
function indexAverageColumn(
  m: IndicatorMeasures,
  a: ValueKey,
  base: ValueKey | undefined,
  o: ReportOptions,
  cols: Column[],
): number | null {
  const samePeriod = (b: ValueKey | undefined): boolean => b === "samePeriod" || (o.month === 12 && b === "lastYear");
  if (m.kind !== "index" || m.onSamePeriod === null || a !== "actual" || !samePeriod(base)) return null;
  const c = cols.findIndex((x) => x.compare?.type === "ratio" && x.compare.a === "actual" && samePeriod(x.compare.b));
  return c < 0 ? null : c;
}
