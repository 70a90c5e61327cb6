/**
 * The year's estimate with method `auto` where it can choose, and the words that say what it chose.
 * One entry for the report and the functions: estimateYear() for a forced method, chooseEstimate() for
 * `auto` when the past years are given, and today's seasonal estimate (exactly) when they are too few.
 */
import { estimateYear } from "./estimate";
import type { EstimateInput } from "./estimate";
import { chooseEstimate } from "./estimateAuto";
import type { AutoChoice, AutoFallback, LeftOut, PastYear } from "./estimateAuto";
import { formatPercent } from "./format";
import { fillMessage } from "./message";
import type { Message } from "./message";
import type { CalcFailure, Lang } from "./types";
import { CANDIDATE_WORDS, ESTIMATE_CHOICE } from "./words";

export interface ChosenInput extends EstimateInput {
  /** This year (the past years are the ones before it). */
  year: number;
  /** Whole past years of the indicator, any order; with method "auto" they are back-tested. */
  pastYears?: readonly PastYear[];
}

export interface ChosenEstimate {
  value: number | CalcFailure;
  /** What `auto` chose or why it fell back; null when a method was forced or `auto` does not apply. */
  choice: AutoChoice | AutoFallback | null;
}

/**
 * The estimate by the method asked; for "auto", the back-tested choice when at least 3 past years can be
 * tested, otherwise seasonal as estimateYear() gives it (a published lũy kế and a level keep today's rule).
 */
export function estimateChosen(a: ChosenInput): ChosenEstimate {
  if (a.method !== "auto" || a.kind === "level" || typeof a.ytdOverride === "number")
    return { value: estimateYear(a), choice: null };
  const choice = chooseEstimate({
    kind: a.kind,
    year: a.year,
    months: a.months,
    through: a.through,
    pastYears: a.pastYears ?? [],
    geometric: a.kind === "index" ? (a.geometric ?? false) : undefined,
  });
  return { value: choice.chosen ? choice.estimate : estimateYear(a), choice };
}

/** "2014–2020, 2022" from years in any order. */
export function yearRanges(years: readonly number[]): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && (ys[j + 1] as number) === (ys[j] as number) + 1) j++;
    parts.push(i === j ? String(ys[i]) : `${ys[i]}–${ys[j]}`);
    i = j;
  }
  return parts.join(", ");
}

function leftOutWords(leftOut: readonly LeftOut[], lang: Lang): string {
  return leftOut.map((l) => `${l.year} (${ESTIMATE_CHOICE.reasons[l.reason][lang]})`).join(", ");
}

/**
 * The choice in words, in both languages: "chọn: mùa vụ bình quân 3 năm; sai số bình quân 0,9% các năm
 * 2019–2022; không tính năm 2020 (năm đột biến)".
 */
export function describeChoice(choice: AutoChoice | AutoFallback): Message {
  const head = choice.chosen
    ? fillMessage(ESTIMATE_CHOICE.chosen, {
        method: CANDIDATE_WORDS[choice.method],
        error: { vi: formatPercent(choice.error, 1, "vi"), en: formatPercent(choice.error, 1, "en") },
        years: yearRanges(choice.years),
      })
    : fillMessage(ESTIMATE_CHOICE[choice.reason], { count: choice.years.length });
  if (choice.leftOut.length === 0) return head;
  const tail = fillMessage(ESTIMATE_CHOICE.leftOut, {
    years: { vi: leftOutWords(choice.leftOut, "vi"), en: leftOutWords(choice.leftOut, "en") },
  });
  return { vi: `${head.vi}; ${tail.vi}`, en: `${head.en}; ${tail.en}` };
}

/**
 * Whether the back-tested error is wider than the figure's printed precision (half a unit of its last
 * decimal), so a sentence should say "khoảng": error × |estimate| > 0.5 × 10^−decimals.
 */
export function errorExceedsPrecision(
  choice: AutoChoice | AutoFallback | null,
  estimate: number,
  decimals: number,
): boolean {
  return choice !== null && choice.chosen && choice.error * Math.abs(estimate) > 0.5 * 10 ** -decimals;
}
