/**
 * The officer's sentence (DOMAIN.md, "Sentences"): "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng,
 * tăng 5,2% so với cùng kỳ, đạt 61% kế hoạch năm." Pure words: CT.NARRATIVE and the report both call it.
 */
import { formatTrim, roundHalfAway } from "./format";
import { growth } from "./growth";
import { hedge } from "./hedge";
import {
  averageLead,
  isWholeYear,
  periodLead,
  periodName,
  previousPeriodWords,
  type PeriodKind,
} from "./periodPhrases";
import { decimalsNeeded, scaleDown, scaleUnit } from "./scaleUnit";
import type { Lang } from "./types";

export interface SentenceInput {
  name: string;
  value: number;
  unit: string;
  previous?: number | null;
  plan?: number | null;
  lang: Lang;
  style?: "exact" | "approx";
  lowerIsBetter?: boolean;
  /** "ước đạt" (estimated) rather than "đạt". */
  estimated?: boolean;
  /** Budget lines are measured against dự toán (the budget estimate), not kế hoạch. */
  budget?: boolean;
  /** The decimals the table prints the value with (the report's row format); by magnitude when not given. */
  decimals?: number;
  /**
   * The period the figure covers (months 1..month of year unless `kind` says the month or the quarter
   * ending at `month`): the sentence then opens with it ("Tính chung 9 tháng năm 2013, …"; "Quý III/2013,
   * …"; "Năm 2013, …") and a whole year compares "so với năm trước".
   */
  period?: { month: number; year: number; kind?: PeriodKind };
  /** The figure of the period just before (the previous month or quarter): "tăng …% so với quý trước". */
  priorPeriod?: number | null;
  /** Decimals of percent of plan and of growth as the table prints them (1, or 2 as in "44,72%"); 1 when absent. */
  percentDecimals?: number;
  /**
   * A budget line's second estimate, the province's (dự toán HĐND tỉnh giao), beside `plan`, the centre's (dự toán
   * Trung ương giao): the sentence then gives the percent of each.
   */
  plan2?: number | null;
}

/** A name inside a sentence: its first letter small unless it opens an acronym ("CPI", "IIP"). */
export function lowerFirst(name: string): string {
  const second = name.charAt(1);
  if (second && second === second.toLocaleUpperCase("vi") && second !== second.toLocaleLowerCase("vi")) return name;
  return name.charAt(0).toLocaleLowerCase("vi") + name.slice(1);
}

export { HEDGE_TOLERANCE } from "./hedge";

/**
 * A figure as spoken, the table printing it with `decimals`: exact keeps those digits (trailing zeros
 * dropped); approx may round one step coarser and say "gần" / "hơn" by the side the true value lies on
 * (src/core/hedge.ts: "gần 61" for 60,96 or 60,8; "hơn 18" for 18,3; 74,5 and 5,2 stay).
 */
export function spoken(x: number, decimals: number, lang: Lang, style: "exact" | "approx"): string {
  if (style === "approx") {
    const h = hedge(x, decimals);
    if (h.side !== "printed") {
      const word = h.side === "under" ? (lang === "vi" ? "gần " : "nearly ") : lang === "vi" ? "hơn " : "more than ";
      return word + formatTrim(h.value, h.decimals, lang);
    }
  }
  return formatTrim(roundHalfAway(x, decimals), decimals, lang);
}

/** Decimals a value is written with: 21.000; 119,6; 7,63. */
export function valueDecimals(x: number): number {
  const a = Math.abs(x);
  if (a >= 1000) return 0;
  if (a >= 10) return 1;
  return 2;
}

/** Decimals of a percent in a sentence: one, or two when one would show 0. */
function pctDecimals(p: number): number {
  return Math.abs(p) > 0 && Math.abs(p) < 0.05 ? 2 : 1;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/**
 * The clause on the same period: "tăng 5,2% so với cùng kỳ". The growth is CT.GROWTH's (src/core/growth.ts):
 * on a negative base it is (value − previous) / |previous|, so a loss that shrinks (−10 → −5) is "tăng 50%"
 * and one that deepens (−10 → −15) "giảm 50%". "" when there is no usable base: none, not finite, or zero
 * (a zero base has no growth, so the sentence says nothing about the change).
 */
export function growthClause(
  value: number,
  previous: number | null | undefined,
  lang: Lang,
  style: "exact" | "approx",
  wholeYear = false,
  percentDecimals?: number,
): string {
  if (typeof previous !== "number") return "";
  const r = growth(value, previous);
  if (typeof r !== "number") return "";
  const g = r * 100;
  const d = percentDecimals === undefined ? undefined : Math.max(percentDecimals, pctDecimals(g));
  // A whole year is compared with the previous year, not "the same period".
  if (wholeYear)
    return changeWords(
      g,
      lang,
      style,
      lang === "vi" ? "so với năm trước" : "on the previous year",
      lang === "vi" ? "bằng năm trước" : "the same as the previous year",
      d,
    );
  return changeWords(
    g,
    lang,
    style,
    lang === "vi" ? "so với cùng kỳ" : "year on year",
    lang === "vi" ? "bằng cùng kỳ" : "the same as a year earlier",
    d,
  );
}

/** "tăng 0,22% so với tháng trước" / "up 0.22% on the previous month"; `same` when it rounds to 0. */
export function changeWords(
  pct: number,
  lang: Lang,
  style: "exact" | "approx",
  base: string,
  same: string,
  decimals?: number,
): string {
  const d = decimals ?? pctDecimals(pct);
  if (roundHalfAway(pct, d) === 0) return same;
  const words = spoken(Math.abs(pct), d, lang, style);
  if (lang === "vi") return `${pct > 0 ? "tăng" : "giảm"} ${words}% ${base}`;
  return `${pct > 0 ? "up" : "down"} ${words}% ${base}`;
}

function planClause(input: SentenceInput, style: "exact" | "approx"): string {
  const { value, plan, lang } = input;
  if (typeof plan !== "number" || !Number.isFinite(plan) || plan === 0 || !Number.isFinite(value)) return "";
  const vi = lang === "vi";
  const target = vi
    ? input.budget
      ? "dự toán năm"
      : "kế hoạch năm"
    : input.budget
      ? "the annual budget estimate"
      : "the annual plan";
  if (input.lowerIsBetter) {
    const bound = formatTrim(plan, valueDecimals(plan), lang);
    if (value <= plan) return vi ? `đạt ${target} (không quá ${bound})` : `within ${target} (at most ${bound})`;
    return vi ? `chưa đạt ${target} (không quá ${bound})` : `above ${target} (at most ${bound})`;
  }
  const pct = (value / plan) * 100;
  const d = Math.max(input.percentDecimals ?? 1, pctDecimals(pct));
  const plan2 = input.plan2;
  if (input.budget && typeof plan2 === "number" && Number.isFinite(plan2) && plan2 !== 0) {
    // Two estimates, each named, as provincial budget reports print them.
    const pct2 = (value / plan2) * 100;
    const d2 = Math.max(input.percentDecimals ?? 1, pctDecimals(pct2));
    const a = spoken(pct, d, lang, style);
    const b = spoken(pct2, d2, lang, style);
    return vi
      ? `đạt ${a}% dự toán Trung ương giao và ${b}% dự toán HĐND tỉnh giao`
      : `${a}% of the central budget estimate and ${b}% of the provincial People's Council's estimate`;
  }
  if (roundHalfAway(pct, d) > 100) {
    const over = spoken(pct - 100, d, lang, style);
    return vi ? `vượt ${over}% ${target}` : `exceeding ${target} by ${over}%`;
  }
  const words = spoken(pct, d, lang, style);
  return vi ? `đạt ${words}% ${target}` : `${words}% of ${target}`;
}

/**
 * One sentence of the paragraph, in `lang`. The value is written with its own digits (21.000 tỷ đồng;
 * "gần 120" in approx style), the growth on the same period when `previous` is usable, and the percent
 * of plan when `plan` is a non-zero number.
 */
export function sentence(input: SentenceInput): string {
  const style = input.style ?? "exact";
  const { lang } = input;
  const vi = lang === "vi";
  const name = capitalize(input.name.trim());
  if (!Number.isFinite(input.value)) {
    return vi ? `${name}: chưa có số liệu.` : `${name}: no figure yet.`;
  }
  const amount = amountWords(input.value, input.unit.trim(), input.decimals ?? valueDecimals(input.value), lang, style);
  const period = input.period ? { ...input.period, kind: input.period.kind ?? "cumulative" } : undefined;
  const wholeYear = period !== undefined && isWholeYear(period);
  const clauses = [
    growthClause(input.value, input.previous, lang, style, wholeYear, input.percentDecimals),
    planClause(input, style),
  ].filter((c) => c !== "");
  const prior = period
    ? priorClause(input.value, input.priorPeriod, previousPeriodWords(period, lang), lang, style, input.percentDecimals)
    : "";
  // "tăng 7,3% so với cùng kỳ và tăng 1,9% so với quý trước", as the office joins the two comparisons.
  if (prior !== "") {
    if (
      clauses.length > 0 &&
      clauses[0] === growthClause(input.value, input.previous, lang, style, wholeYear, input.percentDecimals)
    )
      clauses[0] = `${clauses[0]} ${lang === "vi" ? "và" : "and"} ${prior}`;
    else clauses.unshift(prior);
  }
  const tail = clauses.map((c) => ", " + c).join("");
  if (period) {
    const lead = periodLead(period, lang);
    if (vi) return `${lead}, ${lowerFirst(name)} ${input.estimated ? "ước đạt" : "đạt"} ${amount}${tail}.`;
    return `${lead}, ${lowerFirst(name)} ${input.estimated ? "reached an estimated" : "reached"} ${amount}${tail}.`;
  }
  if (vi) return `${name} ${input.estimated ? "ước đạt" : "đạt"} ${amount}${tail}.`;
  return `${name}: ${input.estimated ? "an estimated " : ""}${amount}${tail}.`;
}

/** The clause on the period just before: "tăng 1,9% so với quý trước"; "" without a usable base. */
function priorClause(
  value: number,
  prior: number | null | undefined,
  base: string,
  lang: Lang,
  style: "exact" | "approx",
  percentDecimals?: number,
): string {
  if (typeof prior !== "number" || base === "") return "";
  const r = growth(value, prior);
  if (typeof r !== "number") return "";
  const g = r * 100;
  // The officer's decimals, as the same-period clause: a hedge is never two steps coarser than the table.
  const d = percentDecimals === undefined ? undefined : Math.max(percentDecimals, pctDecimals(g));
  return changeWords(
    g,
    lang,
    style,
    lang === "vi" ? `so với ${base}` : `on ${base}`,
    lang === "vi" ? `bằng ${base}` : `the same as ${base}`,
    d,
  );
}

/**
 * The figure and its unit as a sentence writes them: a large figure in the larger unit as the office prints it
 * ("4.567,8 nghìn tỷ đồng", "259,67 tỷ USD"; src/core/scaleUnit.ts), otherwise hedged one step coarser than
 * the table in approx style.
 */
export function amountWords(
  value: number,
  unit: string,
  decimals: number,
  lang: Lang,
  style: "exact" | "approx",
): string {
  // Large figures step up a unit; a figure that would print as 0 steps down (0,004 triệu USD: 4 nghìn USD).
  const scaled = scaleUnit(value, unit, lang) ?? scaleDown(value, unit, decimals, lang);
  if (scaled)
    return `${formatTrim(roundHalfAway(scaled.value, scaled.decimals), scaled.decimals, lang)} ${scaled.unit}`;
  // No smaller unit: the digits the figure needs, never "0".
  const text = spoken(value, decimalsNeeded(value, decimals), lang, style);
  return unit === "%" ? `${text}%` : unit ? `${text} ${unit}` : text;
}

/** A price index sentence naming its bases (DOMAIN.md: the index always names its base). */
export interface PriceSentenceInput {
  name: string; // "Chỉ số giá tiêu dùng (CPI)"
  month: number;
  year: number;
  lang: Lang;
  /** Each base as an index ratio current / base (1.0022 for +0,22%); omitted or null when unknown. */
  onPreviousMonth?: number | null;
  onDecember?: number | null;
  onSameMonth?: number | null;
  /** Average of the period's months (the months so far, or the quarter) on the same period last year. */
  averageOnSamePeriod?: number | null;
  /** The period the average covers: the months so far (the default) or the quarter ending at `month`. */
  kind?: PeriodKind;
}

/**
 * "Chỉ số giá tiêu dùng (CPI) tháng 9/2013 tăng 0,22% so với tháng trước, tăng 7,63% so với cùng tháng năm
 * trước; bình quân 9 tháng tăng 7,5% so với cùng kỳ." Percent with two decimals, as statistics offices print.
 */
export function priceSentence(input: PriceSentenceInput): string {
  const { lang } = input;
  const vi = lang === "vi";
  const parts: string[] = [];
  const add = (ratio: number | null | undefined, baseVi: string, baseEn: string): void => {
    if (typeof ratio !== "number" || !Number.isFinite(ratio) || ratio <= 0) return;
    parts.push(
      changeWords(
        (ratio - 1) * 100,
        lang,
        "exact",
        vi ? baseVi : baseEn,
        vi ? `bằng ${baseVi.replace(/^so với /, "")}` : `unchanged ${baseEn}`,
        2,
      ),
    );
  };
  add(input.onPreviousMonth, "so với tháng trước", "on the previous month");
  // In January December is the previous month; in December it is the same month of last year: say each once.
  if (input.month !== 1 && input.month !== 12)
    add(input.onDecember, "so với tháng 12 năm trước", "on December of last year");
  add(input.onSameMonth, "so với cùng tháng năm trước", "on the same month of last year");
  const name = capitalize(input.name.trim());
  const monthName = periodName({ year: input.year, month: input.month, kind: "month" }, lang);
  const when = vi ? monthName : `in ${monthName}`;
  const verb = vi || parts.length === 0 ? "" : " was";
  let text = `${name} ${when}${verb} ${parts.length ? joinList(parts, lang) : vi ? "chưa có số liệu" : "has no figure yet"}`;
  text += ".";
  const avg = input.averageOnSamePeriod;
  const kind = input.kind ?? "cumulative";
  if ((input.month > 1 || kind === "quarter") && typeof avg === "number" && Number.isFinite(avg) && avg > 0)
    text += " " + averageSentence(shortName(input.name), input.month, input.year, avg, lang, kind);
  return text;
}

/** "CPI" for "Chỉ số giá tiêu dùng (CPI, 2009 = 100)": the acronym in brackets, else the name itself. */
export function shortName(name: string): string {
  const m = /\(\s*([A-Z][A-Z0-9]+)\b/.exec(name);
  return m ? (m[1] as string) : lowerFirst(name.trim());
}

/**
 * The period average of an index as the statistics office writes it: "Bình quân 9 tháng năm 2024, CPI tăng
 * 3,88% so với cùng kỳ năm trước." and for the year "CPI bình quân năm 2023 tăng 3,25% so với năm 2022."
 */
export function averageSentence(
  short: string,
  month: number,
  year: number,
  ratio: number,
  lang: Lang,
  kind: PeriodKind = "cumulative",
): string {
  const vi = lang === "vi";
  const pct = (ratio - 1) * 100;
  if (isWholeYear({ month, kind })) {
    const words = changeWords(
      pct,
      lang,
      "exact",
      vi ? `so với năm ${year - 1}` : `on ${year - 1}`,
      vi ? `bằng năm ${year - 1}` : `unchanged on ${year - 1}`,
      2,
    );
    return vi
      ? `${capitalize(short)} bình quân năm ${year} ${words}.`
      : `The average ${short} of ${year} was ${words}.`;
  }
  const words = changeWords(
    pct,
    lang,
    "exact",
    vi ? "so với cùng kỳ năm trước" : "on the same period of last year",
    vi ? "bằng cùng kỳ năm trước" : "unchanged on the same period of last year",
    2,
  );
  const lead = averageLead({ year, month, kind }, lang);
  return vi ? `${lead}, ${short} ${words}.` : `${lead}, the ${short} was ${words}.`;
}

function joinList(parts: string[], lang: Lang): string {
  if (parts.length <= 1) return parts.join("");
  const and = lang === "vi" ? " và " : " and ";
  return parts.slice(0, -1).join(", ") + and + parts[parts.length - 1];
}
