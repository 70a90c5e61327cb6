/**
 * The one place of period phrases (DOMAIN.md, "Words" and "What real published reports do"): the report's
 * title, its sheet name, the columns' period words, the sentence's lead and the summary's heading, for a
 * month, a quarter (quý I–IV) or the months so far (6 tháng đầu năm, 9 tháng, năm), in vi and en. Pure.
 *
 * Offices' conventions kept here once: the first three months are "quý I", the first six "6 tháng đầu
 * năm", the twelve "năm 2013" (never "năm năm", never "6 tháng đầu năm năm 2013"); a quarter is written
 * with its Roman numeral, "Quý III/2013"; a month "Tháng 9/2013".
 */
import type { Lang } from "./types";

/** What an office reports on: one month, one quarter, or the months of the year so far. */
export type PeriodKind = "month" | "quarter" | "cumulative";

export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "cumulative"];

/** A report period: the kind and the month it ends at. A quarter ends at month 3, 6, 9 or 12. */
export interface Period {
  year: number;
  month: number;
  kind: PeriodKind;
}

const ROMAN_QUARTER = ["I", "II", "III", "IV"] as const;

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The quarter (1..4) month m falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** True when month m ends a quarter (3, 6, 9, 12): the only months a quarter report can be made at. */
export function endsQuarter(month: number): boolean {
  return month === 3 || month === 6 || month === 9 || month === 12;
}

/**
 * The kind a report takes when the officer does not choose (docs/periods.md): the months so far for 6, 9,
 * 10 and 12 (the half-year, the autumn reports with the year's estimate, the year), the month report
 * otherwise. Never a quarter: the quarter report is the officer's choice, since the months so far at 3, 6,
 * 9, 12 are what the plan is measured against.
 */
export function defaultPeriodKind(month: number): PeriodKind {
  return month === 6 || month === 9 || month === 10 || month === 12 ? "cumulative" : "month";
}

/** The months a period's figure is made of: first..through (a month: itself; a quarter: its three). */
export function periodMonths(p: Pick<Period, "month" | "kind">): { first: number; through: number } {
  if (p.kind === "month") return { first: p.month, through: p.month };
  if (p.kind === "quarter") return { first: p.month - 2, through: p.month };
  return { first: 1, through: p.month };
}

/** "III" for quarter 3. */
export function quarterRoman(q: number): string {
  return ROMAN_QUARTER[q - 1] ?? String(q);
}

/** "September" for 9. */
export function monthNameEn(month: number): string {
  return MONTHS_EN[month - 1] ?? String(month);
}

/**
 * The period without its year, as a column header or a sentence names it: "Tháng 9" / "Quý III" / "9 tháng"
 * / "Quý I" (the first 3 months) / "6 tháng đầu năm" / "Năm" (capitalised: a header's first word);
 * "Month 9" / "Q3" / "9 months" / "Q1" / "First half" / "Year".
 */
export function periodShort(p: Pick<Period, "month" | "kind">, lang: Lang): string {
  const M = p.month;
  if (p.kind === "month") return lang === "vi" ? `Tháng ${M}` : `Month ${M}`;
  if (p.kind === "quarter") return lang === "vi" ? `Quý ${quarterRoman(quarterOf(M))}` : `Q${quarterOf(M)}`;
  if (lang === "vi") {
    if (M === 1) return "Tháng 1";
    if (M === 3) return "Quý I";
    if (M === 6) return "6 tháng đầu năm";
    if (M === 12) return "Năm";
    return `${M} tháng`;
  }
  if (M === 1) return "Month 1";
  if (M === 3) return "Q1";
  if (M === 6) return "First half";
  if (M === 12) return "Year";
  return `${M} months`;
}

/**
 * The period with its year, inside a sentence or a heading: "tháng 9/2013", "quý III/2013", "9 tháng năm
 * 2013", "quý I/2013" (the first 3 months), "6 tháng đầu năm 2013", "năm 2013"; "September 2013", "Q3
 * 2013", "the first 9 months of 2013", "Q1 2013", "the first half of 2013", "2013".
 */
export function periodName(p: Period, lang: Lang): string {
  const { year: Y, month: M } = p;
  const vi = lang === "vi";
  if (p.kind === "month") return vi ? `tháng ${M}/${Y}` : `${monthNameEn(M)} ${Y}`;
  if (p.kind === "quarter" || M === 3) {
    const q = quarterOf(M);
    return vi ? `quý ${quarterRoman(q)}/${Y}` : `Q${q} ${Y}`;
  }
  if (M === 1) return vi ? `tháng 1/${Y}` : `January ${Y}`;
  if (M === 12) return vi ? `năm ${Y}` : `${Y}`;
  if (M === 6) return vi ? `6 tháng đầu năm ${Y}` : `the first half of ${Y}`;
  return vi ? `${M} tháng năm ${Y}` : `the first ${M} months of ${Y}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/**
 * The lead a sentence opens with, naming its period as offices write it: "Tháng 9/2013", "Quý III/2013",
 * "Tính chung quý I/2013", "Tính chung 6 tháng đầu năm 2013", "Tính chung 9 tháng năm 2013", "Năm 2013";
 * "In September 2013", "In Q3 2013", "In the first 9 months of 2013", "In 2013".
 */
export function periodLead(p: Period, lang: Lang): string {
  const name = periodName(p, lang);
  if (lang === "en") return `In ${name}`;
  const cumulative = p.kind === "cumulative" && p.month !== 1 && p.month !== 12;
  return cumulative ? `Tính chung ${name}` : capitalize(name);
}

/** Whether the period is the whole year: it compares "so với năm trước", not "so với cùng kỳ". */
export function isWholeYear(p: Pick<Period, "month" | "kind">): boolean {
  return p.kind === "cumulative" && p.month === 12;
}

/** The lead of an index's average over the period: "Bình quân quý III/2013", "Bình quân 9 tháng năm 2013". */
export function averageLead(p: Period, lang: Lang): string {
  return lang === "vi" ? `Bình quân ${periodName(p, lang)}` : `On average in ${periodName(p, lang)}`;
}

/**
 * The report sheet's name, a valid Excel name of at most 31 characters (src/report/table/sheetName.ts) that says
 * the kind: "BC T9-2013" (the month), "BC Q3-2013" (the quarter), "BC 9T-2013" (the months so far), "BC năm
 * 2013"; "Report M9-2013", "Report Q3-2013", "Report 9M-2013", "Report 2013". The file name follows it.
 */
export function periodSheetName(p: Period, lang: Lang): string {
  const { year: Y, month: M } = p;
  const vi = lang === "vi";
  if (p.kind === "month") return vi ? `BC T${M}-${Y}` : `Report M${M}-${Y}`;
  if (p.kind === "quarter") return vi ? `BC Q${quarterOf(M)}-${Y}` : `Report Q${quarterOf(M)}-${Y}`;
  if (M === 12) return vi ? `BC năm ${Y}` : `Report ${Y}`;
  return vi ? `BC ${M}T-${Y}` : `Report ${M}M-${Y}`;
}

/**
 * The period with its year as a title writes it: "tháng 9 năm 2013", "quý III năm 2013", "9 tháng năm 2013",
 * "quý I năm 2013", "6 tháng đầu năm 2013", "năm 2013"; in English as periodName.
 */
export function periodTitleName(p: Period, lang: Lang): string {
  if (lang === "en") return periodName(p, lang);
  const { year: Y, month: M } = p;
  if (p.kind === "month" || (p.kind === "cumulative" && M === 1)) return `tháng ${M} năm ${Y}`;
  if (p.kind === "quarter" || M === 3) return `quý ${quarterRoman(quarterOf(M))} năm ${Y}`;
  return periodName(p, lang);
}

/**
 * The report's title: "Kết quả thực hiện các chỉ tiêu chủ yếu tháng 5 và 5 tháng năm 2013", "… quý III năm
 * 2013", "… 9 tháng năm 2013, ước thực hiện năm 2013 và kế hoạch năm 2014", "… 6 tháng đầu năm 2013", "… năm
 * 2013". A month report names the months so far too (its table shows them). `withEstimate`: the table shows
 * the year's estimate (the autumn reports); `hasNext`: next year's plan.
 */
export function periodTitle(p: Period, lang: Lang, opts: { withEstimate: boolean; hasNext: boolean }): string {
  const { year: Y, month: M } = p;
  const vi = lang === "vi";
  const head = vi ? "Kết quả thực hiện các chỉ tiêu chủ yếu" : "Main indicators: results of";
  const next = opts.hasNext ? (vi ? ` và kế hoạch năm ${Y + 1}` : ` and plan for ${Y + 1}`) : "";
  const est = opts.withEstimate && M !== 12 ? (vi ? `, ước thực hiện năm ${Y}` : `, estimate for ${Y}`) : "";
  let what = periodTitleName(p, lang);
  if (p.kind === "month" && M > 1) {
    const soFar = periodTitleName({ ...p, kind: "cumulative" }, lang);
    what = vi ? `tháng ${M} và ${soFar}` : `${monthNameEn(M)} and ${soFar}`;
  }
  return `${head} ${what}${est}${next}`;
}

/** The summary's heading under the table: "Tóm tắt 9 tháng năm 2013:" / "Summary of the first 9 months of 2013:". */
export function summaryHeading(p: Period, lang: Lang): string {
  return lang === "vi" ? `Tóm tắt ${periodName(p, lang)}:` : `Summary of ${periodName(p, lang)}:`;
}

/**
 * The same period a year earlier, as a comparison names it: "cùng kỳ" for months so far and quarters, "cùng
 * tháng năm trước" for a month ("same month"), "năm trước" for the year.
 */
export function samePeriodWords(p: Pick<Period, "month" | "kind">, lang: Lang): string {
  if (isWholeYear(p)) return lang === "vi" ? "năm trước" : "the previous year";
  if (p.kind === "month") return lang === "vi" ? "cùng tháng năm trước" : "the same month of last year";
  return lang === "vi" ? "cùng kỳ" : "the same period";
}

/** The period just before, as a comparison names it: "tháng trước" / "quý trước"; "" for the months so far. */
export function previousPeriodWords(p: Pick<Period, "kind">, lang: Lang): string {
  if (p.kind === "month") return lang === "vi" ? "tháng trước" : "the previous month";
  if (p.kind === "quarter") return lang === "vi" ? "quý trước" : "the previous quarter";
  return "";
}
