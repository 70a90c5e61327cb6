/**
 * The clauses an officer's sentence is made of (DOMAIN.md, "The report officers send"): a change on a base
 * ("tăng 5,2% so với cùng kỳ"), a percent of plan ("đạt 74,50% kế hoạch năm"), a verdict on a plan in words
 * ("chưa đạt kế hoạch năm (tăng 14%)"), an amount with its unit. Percentages are printed exactly at the
 * table's decimals, trailing zeros kept as the table shows them; only amounts are hedged ("gần 120 triệu
 * USD"). Pure.
 */
import { formatNumber, formatTrim, roundHalfAway } from "../../core/format";
import { growth } from "../../core/growth";
import { amountWords, valueDecimals } from "../../core/narrative";
import type { PlanTarget } from "../../core/planTarget";
import type { Lang } from "../../core/types";
import { evaluate, planText } from "../measure/planJudge";

/** A percent as the table prints it: 74,50 with two decimals, 105,0 with one. */
export function exactPercent(p: number, decimals: number, lang: Lang): string {
  return formatNumber(roundHalfAway(p, decimals), decimals, lang);
}

/** The words of a base: "so với cùng kỳ" / "year on year"; "the same as" forms follow. */
export interface Base {
  vi: string;
  en: string;
}

export const BASES = {
  samePeriod: { vi: "cùng kỳ", en: "year on year" },
  prevMonth: { vi: "tháng trước", en: "the previous month" },
  prevQuarter: { vi: "quý trước", en: "the previous quarter" },
  // A whole year "so với năm trước" (DOMAIN.md: "Năm 2023, tổng mức bán lẻ … tăng 9,6% so với năm trước").
  previousYear: { vi: "năm trước", en: "the previous year" },
  lastYearOf: (year: number): Base => ({ vi: `năm ${year}`, en: `${year}` }),
  estimateOf: (year: number): Base => ({ vi: `ước thực hiện năm ${year}`, en: `the ${year} estimate` }),
} as const;

/**
 * A change in percent on a base, exact at `decimals`: "tăng 5,2% so với cùng kỳ", "giảm 6,4% so với cùng kỳ",
 * "bằng cùng kỳ" when it rounds to 0; "up 5.2% year on year", "down 2.0% on the previous month".
 */
export function changeOn(pct: number, base: Base, decimals: number, lang: Lang): string {
  if (!Number.isFinite(pct)) return "";
  const vi = lang === "vi";
  const yoy = base.en === BASES.samePeriod.en;
  if (roundHalfAway(pct, decimals) === 0)
    return vi ? `bằng ${base.vi}` : yoy ? "unchanged year on year" : `unchanged on ${base.en}`;
  const words = exactPercent(Math.abs(pct), decimals, lang);
  if (vi) return `${pct > 0 ? "tăng" : "giảm"} ${words}% so với ${base.vi}`;
  return `${pct > 0 ? "up" : "down"} ${words}% ${yoy ? base.en : `on ${base.en}`}`;
}

/** The growth of `value` on `base` in percent by CT.GROWTH's rule (src/core/growth.ts); null when it has none. */
export function growthPct(value: number | null, base: number | null | undefined): number | null {
  if (value === null || typeof base !== "number") return null;
  const g = growth(value, base);
  return typeof g === "number" ? g * 100 : null;
}

/** "tăng 5,2% so với cùng kỳ" from two figures; "" without a usable base. */
export function changeOfFigures(
  value: number | null,
  base: number | null | undefined,
  on: Base,
  decimals: number,
  lang: Lang,
): string {
  const g = growthPct(value, base);
  return g === null ? "" : changeOn(g, on, decimals, lang);
}

/** "tăng 3,10% so với cùng kỳ" from an index ratio (1.031); "" when there is none. */
export function changeOfRatio(ratio: number | null | undefined, on: Base, decimals: number, lang: Lang): string {
  if (typeof ratio !== "number" || !Number.isFinite(ratio) || ratio <= 0) return "";
  return changeOn((ratio - 1) * 100, on, decimals, lang);
}

export interface PlanClauseInput {
  value: number;
  plan: PlanTarget | null;
  /** The growth in percent the plan is judged by when it is a growth or an index's plan (null: none). */
  growth: number | null;
  lang: Lang;
  decimals: number;
  budget: boolean;
  lowerIsBetter: boolean;
  byGrowth: boolean;
  /** A budget line's second estimate (dự toán HĐND tỉnh giao). */
  plan2?: number | null;
}

function target(lang: Lang, budget: boolean): string {
  if (lang === "vi") return budget ? "dự toán năm" : "kế hoạch năm";
  return budget ? "the annual budget estimate" : "the annual plan";
}

/**
 * The clause on the year's plan: a number plan as a percent ("đạt 60,8% kế hoạch năm", "vượt 2,3% kế hoạch
 * năm", two budget estimates each named), a plan in words by its verdict ("chưa đạt kế hoạch năm (tăng
 * 14%)"); "" when there is nothing to say.
 */
export function planClause(p: PlanClauseInput): string {
  const { plan, lang } = p;
  const vi = lang === "vi";
  if (!plan || !Number.isFinite(p.value)) return "";
  const aim = target(lang, p.budget);
  if (plan.type !== "number") {
    const x = p.byGrowth ? p.growth : p.value;
    if (x === null) return "";
    const verdict = evaluate(plan, x, p.lowerIsBetter);
    const words = planText(plan, lang);
    if (vi) return `${verdict === "above" ? "vượt" : verdict === "met" ? "đạt" : "chưa đạt"} ${aim} (${words})`;
    return `${verdict === "above" ? "above" : verdict === "met" ? "meeting" : "short of"} ${aim} (${words})`;
  }
  if (plan.value === 0) return "";
  if (p.lowerIsBetter) {
    const bound = formatTrim(plan.value, valueDecimals(plan.value), lang);
    const met = p.value <= plan.value;
    if (vi) return `${met ? "đạt" : "chưa đạt"} ${aim} (không quá ${bound})`;
    return `${met ? "within" : "above"} ${aim} (at most ${bound})`;
  }
  const pct = (p.value / plan.value) * 100;
  const plan2 = p.plan2;
  if (p.budget && typeof plan2 === "number" && Number.isFinite(plan2) && plan2 !== 0) {
    const a = exactPercent(pct, p.decimals, lang);
    const b = exactPercent((p.value / plan2) * 100, p.decimals, lang);
    return vi
      ? `đạt ${a}% dự toán Trung ương giao và ${b}% dự toán HĐND tỉnh giao`
      : `${a}% of the central budget estimate and ${b}% of the provincial People's Council's estimate`;
  }
  if (roundHalfAway(pct, p.decimals) > 100) {
    const over = exactPercent(pct - 100, p.decimals, lang);
    return vi ? `vượt ${over}% ${aim}` : `exceeding ${aim} by ${over}%`;
  }
  const words = exactPercent(pct, p.decimals, lang);
  return vi ? `đạt ${words}% ${aim}` : `${words}% of ${aim}`;
}

/** An amount as a sentence says it: hedged one step coarser than the table ("gần 120 triệu USD"), a percent level exact. */
export function amount(value: number, unit: string, decimals: number, lang: Lang): string {
  return amountWords(value, unit.trim(), decimals, lang, unit.trim() === "%" ? "exact" : "approx");
}
