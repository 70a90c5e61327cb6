/**
 * Blank figures in the report (src/report/measure/gaps.ts) as the model writes them: the note of each blank
 * cell, one problem per indicator and year, the lines of the notes block and the paragraph's clauses.
 */
import { describeChoice } from "../../core/estimateChosen";
import { fillMessage } from "../../core/message";
import type { Lang } from "../../core/types";
import { ESTIMATE_CHOICE } from "../../core/words";
import { periodKindOf } from "../period/layout";
import { figureWords, gapNote, gapProblems, gapSentences, standNote } from "./gapWords";
import { type FigureKey } from "../measure/gaps";
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import { revisionCellNote } from "./revisionNotes";
import type { Problem } from "../../core/problem";
import type { ReportOptions } from "../period/options";

const FIGURE_KEYS: readonly FigureKey[] = [
  "lastYear",
  "samePeriod",
  "actual",
  "monthNow",
  "monthBefore",
  "estimate",
  "monthPrev",
  "quarterNow",
  "quarterSame",
  "quarterPrev",
];

function isFigureKey(x: string | undefined): x is FigureKey {
  return FIGURE_KEYS.includes(x as FigureKey);
}

/** The figures a report shows: its columns', and the period and same period its paragraph speaks of. */
export function figureKeysShown(columnValues: readonly (string | undefined)[]): FigureKey[] {
  const keys = columnValues.filter(isFigureKey);
  for (const k of ["actual", "samePeriod"] as const) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** The note of a figure's cell: why it is blank, or the month a level stands at. */
export function cellNote(m: IndicatorMeasures, key: string, o: ReportOptions): string | undefined {
  if (!isFigureKey(key) && key !== "plan" && key !== "nextPlan") return undefined;
  const gap = m.gaps.find((g) => g.key === key);
  if (gap) return gapNote(gap, o.year, o.month, o.lang);
  const stand = m.stands.find((s) => s.key === key);
  const standText = stand ? standNote(stand, o.lang) : undefined;
  // A figure made from revised figures says which, and what was first reported.
  const revision = m.revised.find((r) => r.key === key);
  const revisionText = revision ? revisionCellNote(revision, o.lang) : undefined;
  const choiceText = key === "estimate" ? estimateChoiceNote(m, o) : undefined;
  const texts = [standText, revisionText, choiceText].filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join(" ") : undefined;
}

/** With method "auto": the method chosen for the estimate and its back-tested error, or why it fell back. */
function estimateChoiceNote(m: IndicatorMeasures, o: ReportOptions): string | undefined {
  if (!m.estimateChoice || m.estimate === null) return undefined;
  const choice = describeChoice(m.estimateChoice);
  return fillMessage(ESTIMATE_CHOICE.cellNote, { year: o.year, choice })[o.lang];
}

/** One error per indicator and year whose months leave a figure of the report blank. */
export function missingProblems(m: IndicatorMeasures, shown: readonly FigureKey[], o: ReportOptions): Problem[] {
  const name = { vi: sentenceName(m, "vi"), en: sentenceName(m, "en") };
  return gapProblems(m.gaps, shown, name, o.year, o.month);
}

/**
 * A level's figures that stand at an earlier month, said once per indicator: "Số doanh nghiệp …: số tháng 5/2013
 * và số 5 tháng năm 2013 là số liệu tháng 3/2013; số tháng 5/2012 là số liệu tháng 3/2012 (số mới nhất của chỉ
 * tiêu cuối kỳ)."
 */
function standLines(m: IndicatorMeasures, shown: readonly FigureKey[], o: ReportOptions): string[] {
  const byMonth = new Map<string, string[]>();
  for (const s of m.stands) {
    if (!shown.includes(s.key)) continue;
    const at = `${s.month}/${s.year}`;
    const list = byMonth.get(at) ?? [];
    const what = figureWords(s.key, o.year, o.month, o.lang);
    if (!list.includes(what)) list.push(what);
    byMonth.set(at, list);
  }
  if (byMonth.size === 0) return [];
  const vi = o.lang === "vi";
  const and = vi ? " và " : " and ";
  const parts = [...byMonth].map(([at, whats]) =>
    vi
      ? `${whats.join(and)} là số liệu tháng ${at}`
      : `${whats.join(and)} ${whats.length > 1 ? "are" : "is"} the figure of month ${at}`,
  );
  return [
    vi
      ? `${m.name}: ${parts.join("; ")} (số mới nhất của chỉ tiêu cuối kỳ).`
      : `${m.name}: ${parts.join("; ")} (the latest of this level).`,
  ];
}

/** The notes block's lines: every blank figure and every level taken from an earlier month. */
export function missingLines(
  measures: readonly IndicatorMeasures[],
  shown: readonly FigureKey[],
  o: ReportOptions,
): string[] {
  const out: string[] = [];
  for (const m of measures) {
    out.push(...gapSentences(m.gaps, shown, m.name, o.year, o.month, o.lang));
    out.push(...standLines(m, shown, o));
  }
  return out;
}

/** The paragraph's clauses for a main indicator: which of its figures and months are missing. */
export function missingSentences(m: IndicatorMeasures, o: ReportOptions): string[] {
  // A price index's sentence also speaks of the same month last year and of last December (lastYear's months).
  const kind = periodKindOf(o);
  const keys: FigureKey[] = m.price
    ? ["actual", "samePeriod", "monthNow", "monthBefore", "lastYear"]
    : ["actual", "samePeriod"];
  // The month's and the quarter's own sentences speak of their figures too.
  if (kind === "month") keys.push("monthNow", "monthBefore", "monthPrev");
  if (kind === "quarter") keys.push("quarterNow", "quarterSame", "quarterPrev");
  const lang: Lang = o.lang;
  return gapSentences(m.gaps, keys, sentenceName(m, lang), o.year, o.month, lang);
}
