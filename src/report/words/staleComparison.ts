/**
 * A comparison of a level with a base it cannot be newer than. A level (số doanh nghiệp) stands at its
 * latest month with a figure (gaps.ts): when that month is not after the end of the base's period, the two
 * cells hold the same month's figure (or an older one) and their ratio, 100 or 0%, would read as "no
 * change". Such a comparison is left blank with a note instead. Pure.
 */
import { fillMessage, type Message } from "../../core/message";
import type { Lang } from "../../core/types";
import { figureWords } from "./gapWords";
import { type FigureKey, type FigureStand } from "../measure/gaps";
import type { IndicatorMeasures } from "../measure/measures";

const STALE_NOTE = {
  vi: "Không so sánh: {figure} là số liệu tháng {month}/{year} (tháng gần nhất có số liệu), không mới hơn kỳ so sánh ({base}).",
  en: "Not compared: {figure} is the figure of month {month}/{year} (the latest with a figure), no later than the base ({base}).",
} as const satisfies Message;

/** The last month (as year and month) of the period a base figure covers; null for the report's own period. */
function baseEnd(key: FigureKey, year: number, month: number): { year: number; month: number } | null {
  switch (key) {
    case "monthPrev":
      return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    case "quarterPrev":
      return month <= 3 ? { year: year - 1, month: 12 } : { year, month: month - 3 };
    case "samePeriod":
    case "monthBefore":
    case "quarterSame":
      return { year: year - 1, month };
    case "lastYear":
      return { year: year - 1, month: 12 };
    default:
      return null;
  }
}

/** The stand that makes a comparison of `a` on `b` meaningless (a's month is not after b's period); else undefined. */
export function staleStand(
  m: IndicatorMeasures,
  a: string,
  b: string,
  o: { year: number; month: number },
): FigureStand | undefined {
  const stand = m.stands.find((s) => s.key === a);
  const end = baseEnd(b as FigureKey, o.year, o.month);
  if (!stand || !end) return undefined;
  return stand.year * 12 + stand.month > end.year * 12 + end.month ? undefined : stand;
}

/** The note of a comparison of `a` on `b` that a standing level makes meaningless; undefined when it is sound. */
export function staleComparisonNote(
  m: IndicatorMeasures,
  a: string,
  b: string,
  o: { year: number; month: number; lang: Lang },
): string | undefined {
  const stand = staleStand(m, a, b, o);
  if (!stand) return undefined;
  const words = (key: string): Message => ({
    vi: figureWords(key as FigureKey, o.year, o.month, "vi"),
    en: figureWords(key as FigureKey, o.year, o.month, "en"),
  });
  return fillMessage(STALE_NOTE, { figure: words(a), month: stand.month, year: stand.year, base: words(b) })[o.lang];
}
