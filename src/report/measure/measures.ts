/**
 * The figures of each indicator for one report period, shared by the report model and the template:
 * last year's total, the same period last year, the period so far, the year-end estimate, the plans.
 */
import { estimateYear } from "../../core/estimate";
import type { AutoChoice, AutoFallback, PastYear } from "../../core/estimateAuto";
import { estimateChosen } from "../../core/estimateChosen";
import { isFailure } from "../../core/failure";
import { periodAverageIndex, type IndexBasis } from "../../core/indexAverage";
import { withinExcel } from "../../core/period";
import type { EstimateMethod, Kind, Lang } from "../../core/types";
import { isBudgetLine, KNOWN_INDICATORS, knownIndicator, METHOD_WORDS, normalizeWord } from "../../core/words";
import {
  dependentGap,
  measureMonth,
  monthCell as monthCellOf,
  measurePeriod,
  rowAddress,
  type FigureGap,
  type FigureKey,
  type FigureStand,
  type Measured,
} from "./gaps";
import { problem } from "../../core/problem";
import { usedRevisions, type FigureRevision } from "./revisionsUsed";
import type { Dataset, IndicatorYear } from "../read/dataset";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";
import type { ReportOptions } from "../period/options";
import { lastMonth } from "../period/period";
import type { ValueKey } from "./valueKey";

/** One indicator's figures for the period of a report. null is "no figure". */
export interface IndicatorMeasures {
  code: string;
  group: string;
  name: string; // in options.lang when the indicator is known
  unit: string;
  kind: Kind;
  budget: boolean;
  main: boolean;
  price: boolean;
  lowerIsBetter: boolean;
  current?: IndicatorYear;
  previous?: IndicatorYear;
  next?: IndicatorYear;
  /** TH năm Y−1: last year's whole-year figure. */
  lastYear: number | null;
  /** KH năm Y. */
  plan: PlanTarget | null;
  /** Cùng kỳ: months 1..M of last year. */
  samePeriod: number | null;
  /** TH M tháng: months 1..M of this year (the published lũy kế when given for the latest month). */
  actual: number | null;
  /** Month M of this year and of last year. */
  monthNow: number | null;
  monthBefore: number | null;
  /** Ước TH năm Y. */
  estimate: number | null;
  /** The month before M (December of last year for January): thực hiện tháng trước. */
  monthPrev: number | null;
  /**
   * When M ends a quarter: the quarter (months M−2..M), the same quarter last year, and the previous quarter
   * (quý IV of last year for quý I), each by the one period rule (a blank month is a hole, a level stands at
   * the quarter's end); null otherwise.
   */
  quarterNow: number | null;
  quarterSame: number | null;
  quarterPrev: number | null;
  /** An index's quarter on the same quarter last year: the geometric mean of its three same-month indices. */
  onSameQuarter: number | null;
  /** KH năm Y+1. */
  nextPlan: PlanTarget | null;
  /** Dự toán HĐND tỉnh giao năm Y: a budget line's second estimate ("Dự toán HĐND" column); absent when none. */
  localPlan?: PlanTarget | null;
  /** The method the estimate actually used: options.method, or "runrate" when that method failed. */
  estimateMethod: EstimateMethod | null;
  /** With method "auto": the method chosen on the indicator's past years and its error, or why it fell back. */
  estimateChoice?: AutoChoice | AutoFallback | null;
  /** An index row's basis (fixed when the data does not say: problem index-basis-missing). */
  basis: IndexBasis | null;
  /**
   * An index's average of months 1..M on the same months of last year, as a ratio (1.0315): the geometric
   * mean of the monthly indices on the same month a year earlier (src/core/indexAverage.ts). null for a
   * flow or a level, when a month is missing, or when a published lũy kế stands instead.
   */
  onSamePeriod: number | null;
  /** The month's index on the same month of last year, as a ratio; null when not an index or unknown. */
  onSameMonth: number | null;
  /** The average was computed from the months where an index that is not a price is published weighted (IIP). */
  averageEstimated: boolean;
  /** What the period's figures could not honour: a stale lũy kế ("ytd-stale"), an estimate fallback. */
  problems: Problem[];
  /** Figures left blank by the one period rule (src/core/period.ts): a hole, a period past the data, an overflow. */
  gaps: FigureGap[];
  /** Level figures taken from an earlier month than the period's end, to be named in a note. */
  stands: FigureStand[];
  /** Figures made from revised figures (a later Loại số liệu row), to be named in the notes and the cell. */
  revised: FigureRevision[];
  /** Report cells the officer left without a number (or a price index's edited cell): src/report/edits/figureEdits.ts. */
  sheetHoles?: SheetHole[];
}

/**
 * Whether the officer's Chính / Main column is used anywhere in the data. When it is, it alone decides
 * which indicators get a sentence; when not, the built-in main indicators and every flow with a plan do.
 */
export function mainColumnUsed(data: Dataset): boolean {
  return data.indicators.some((i) => i.main !== undefined);
}

function num(x: number | { kind: string }): number | null {
  return typeof x === "number" && withinExcel(x) ? x : null;
}

/** Every indicator's rows of the years before `year` (the first row of each year, revisions merged), for "auto". */
function pastYearsByCode(data: Dataset, year: number): Map<string, PastYear[]> {
  const out = new Map<string, PastYear[]>();
  for (const ind of data.indicators) {
    if (ind.year >= year) continue;
    const list = out.get(ind.code) ?? [];
    // A year whose months were revised by a later row is left out of the back-test, and named (issue 20).
    const revised = ind.revisions?.some((r) => r.what === "month") ?? false;
    if (!list.some((p) => p.year === ind.year)) list.push({ year: ind.year, months: ind.months, revised });
    out.set(ind.code, list);
  }
  return out;
}

/** Measures of every indicator with a row in year−1, year or year+1, in the data's order. */
export function computeMeasures(data: Dataset, options: ReportOptions): IndicatorMeasures[] {
  const { year, month: M, lang } = options;
  const byColumn = mainColumnUsed(data);
  const order: string[] = [];
  const byCode = new Map<string, Map<number, IndicatorYear>>();
  const past = pastYearsByCode(data, year);
  for (const ind of data.indicators) {
    if (ind.year < year - 1 || ind.year > year + 1) continue;
    let years = byCode.get(ind.code);
    if (!years) {
      years = new Map();
      byCode.set(ind.code, years);
      order.push(ind.code);
    }
    if (!years.has(ind.year)) years.set(ind.year, ind);
  }
  return order.map((code) => {
    const years = byCode.get(code) as Map<number, IndicatorYear>;
    const current = years.get(year);
    const previous = years.get(year - 1);
    const next = years.get(year + 1);
    const any = (current ?? previous ?? next) as IndicatorYear;
    const kind = any.kind;
    const known = knownIndicator(code);
    const { name, unit } = displayName(any, lang);
    const gaps: FigureGap[] = [];
    const stands: FigureStand[] = [];
    const keep = (x: Measured | null): number | null => {
      if (!x) return null;
      if (x.gap) gaps.push(x.gap);
      if (x.stand) stands.push(x.stand);
      return x.value;
    };
    let lastYear = keep(previous ? measurePeriod(previous, 12, kind, "lastYear") : null);
    let samePeriod = keep(previous ? measurePeriod(previous, M, kind, "samePeriod") : null);
    const monthNow = keep(current ? measureMonth(current, M, kind, "monthNow") : null);
    let monthBefore = keep(previous ? measureMonth(previous, M, kind, "monthBefore") : null);
    // The month before and the quarters (src/core/period.ts: the same hole rule as every period).
    const monthPrev = keep(
      M > 1
        ? current
          ? measureMonth(current, M - 1, kind, "monthPrev")
          : null
        : previous
          ? measureMonth(previous, 12, kind, "monthPrev")
          : null,
    );
    const quarterEnd = M % 3 === 0;
    const quarter = (ind: IndicatorYear | undefined, end: number, key: FigureKey): number | null =>
      quarterEnd && ind ? keep(measurePeriod(ind, end, kind, key, end - 2)) : null;
    let quarterNow = quarter(current, M, "quarterNow");
    let quarterSame = quarter(previous, M, "quarterSame");
    let quarterPrev = M === 3 ? quarter(previous, 12, "quarterPrev") : quarter(current, M - 3, "quarterPrev");
    const problems: Problem[] = [];
    let actual: number | null = null;
    let override: number | null = null;
    if (current) {
      // A published lũy kế stands for month M only when the row's months end at M (docs/data-layout.md).
      const last = lastMonth(current.months);
      if (current.ytd !== null && kind !== "level") {
        if (last === M) override = current.ytd;
        else if (last < M)
          problems.push(
            problem("ytd-stale", "warning", current.cells?.ytd ?? rowAddress(current), {
              code,
              year,
              month: M,
              last,
            }),
          );
      }
      // A published (typed) lũy kế is a figure, not a hole: it stands even when a month is blank.
      actual = override ?? keep(measurePeriod(current, M, kind, "actual"));
    } else if (previous) {
      // Reported last year but no row for this year (left out, or skipped as a bad year): every month
      // is missing, so the figures are blank with the reason, never silently. The cell is last year's row.
      const all = Array.from({ length: M }, (_, i) => i + 1);
      const at = rowAddress(previous);
      gaps.push({ key: "actual", year, months: all, cells: all.map(() => at), reason: "no-row" });
      gaps.push({ key: "monthNow", year, months: [M], cells: [at], reason: "no-row" });
    }
    const actualGap = gaps.find((g) => g.key === "actual");
    if (actualGap) gaps.push(dependentGap(actualGap));
    let estimate: number | null = null;
    let estimateMethod: EstimateMethod | null = null;
    let estimateChoice: AutoChoice | AutoFallback | null = null;
    if (current && actual !== null) {
      if (M === 12) estimate = actual;
      else {
        const input = {
          kind,
          months: current.months,
          through: M,
          method: options.method,
          lastYearMonths: previous?.months,
          ytdOverride: override,
          geometric: kind === "index" && (current.basis ?? previous?.basis) === "same-month",
        };
        const chosen = estimateChosen({ ...input, year, pastYears: past.get(code) ?? [] });
        const e = chosen.value;
        estimateChoice = chosen.choice;
        if ((isFailure(e) && e.code === "not-finite") || (typeof e === "number" && !withinExcel(e))) {
          // An estimate beyond Excel's numbers: blank with the months it grew from, never a wrong figure.
          const all = Array.from({ length: M }, (_, i) => i + 1);
          gaps.push({
            key: "estimate",
            year,
            months: all,
            cells: all.map((m) => monthCellOf(current, m)),
            reason: "overflow",
          });
        } else if (!isFailure(e)) {
          estimate = num(e);
          estimateMethod = options.method;
        } else if (options.method !== "runrate") {
          estimate = num(estimateYear({ ...input, method: "runrate" }));
          if (estimate !== null) {
            estimateMethod = "runrate";
            // The method's name is a message slot: filled per language.
            problems.push(
              problem("estimate-fallback", "warning", rowAddress(current), {
                code,
                year,
                previousYear: year - 1,
                method: METHOD_WORDS[options.method].named,
              }),
            );
          }
        }
      }
    }
    // Index averages as the statistics office computes them; a published lũy kế stands instead when used.
    const basis: IndexBasis | null = kind === "index" ? (current?.basis ?? previous?.basis ?? "fixed") : null;
    let onSamePeriod: number | null = null;
    let onSameMonth: number | null = null;
    let onSameQuarter: number | null = null;
    if (current && basis !== null) {
      const last = previous?.months ?? null;
      if (override === null) onSamePeriod = num(periodAverageIndex(current.months, last, M, basis));
      onSameMonth = num(periodAverageIndex(current.months, last, M, basis, M));
      if (quarterEnd) onSameQuarter = num(periodAverageIndex(current.months, last, M, basis, M - 2));
    }
    if (basis === "same-month") {
      // The months are already comparisons: the period figure is their average index, and last year's
      // figures are not index numbers of the same base, so they are not shown.
      if (override === null && actual !== null) actual = onSamePeriod === null ? null : onSamePeriod * 100;
      monthBefore = null;
      samePeriod = null;
      lastYear = null;
      // The quarter as its average index on the same quarter; last year's quarters are not on this base.
      quarterNow = onSameQuarter === null ? null : onSameQuarter * 100;
      quarterSame = null;
      quarterPrev = null;
    }
    const revised = figureRevisions(
      { kind, M, stands, current, previous, next, override },
      {
        lastYear,
        samePeriod,
        monthBefore,
        actual,
        monthNow,
        monthPrev,
        quarterNow,
        quarterSame,
        quarterPrev,
      },
    );
    const averageEstimated = onSamePeriod !== null && !(known?.price ?? false);
    const mainMark = current?.main ?? previous?.main ?? next?.main;
    const main = byColumn
      ? mainMark === true
      : (known?.main ?? false) || (kind === "flow" && (current?.plan ?? null) !== null);
    return {
      code,
      group: groupName(any.group, lang),
      name,
      unit,
      kind,
      budget: isBudgetLine(code, any.name),
      main,
      price: known?.price ?? false,
      lowerIsBetter: known?.lowerIsBetter ?? false,
      current,
      previous,
      next,
      lastYear,
      plan: current?.plan ?? null,
      samePeriod,
      actual,
      monthNow,
      monthBefore,
      estimate,
      monthPrev,
      quarterNow,
      quarterSame,
      quarterPrev,
      onSameQuarter,
      nextPlan: next?.plan ?? null,
      localPlan: current?.localPlan ?? null,
      estimateMethod,
      ...(estimateChoice ? { estimateChoice } : {}),
      basis,
      onSamePeriod,
      onSameMonth,
      averageEstimated,
      problems,
      gaps,
      stands,
      revised,
    };
  });
}

/** The revisions each figure uses: the months it is made of (a level: the month it stands at), its Lũy kế, its plan. */
function figureRevisions(
  x: {
    kind: Kind;
    M: number;
    stands: FigureStand[];
    current?: IndicatorYear;
    previous?: IndicatorYear;
    next?: IndicatorYear;
    override: number | null;
  },
  figures: Record<
    | "lastYear"
    | "samePeriod"
    | "monthBefore"
    | "actual"
    | "monthNow"
    | "monthPrev"
    | "quarterNow"
    | "quarterSame"
    | "quarterPrev",
    number | null
  >,
): FigureRevision[] {
  const { kind, M, stands, current, previous, next } = x;
  // `months`: how many months end at `through` (1: a month, 3: a quarter; 0: from January).
  const span = (key: FigureKey, through: number, months: number): { from: number; through: number } => {
    if (kind === "level") {
      const at = stands.find((st) => st.key === key)?.month ?? through;
      return { from: at, through: at };
    }
    return { from: months === 0 ? 1 : through - months + 1, through };
  };
  const has = (key: keyof typeof figures): boolean => figures[key] !== null;
  const all = [
    usedRevisions("plan", current, "plan"),
    usedRevisions("nextPlan", next, "plan"),
    has("lastYear") ? usedRevisions("lastYear", previous, span("lastYear", 12, 0)) : null,
    has("samePeriod") ? usedRevisions("samePeriod", previous, span("samePeriod", M, 0)) : null,
    has("monthBefore") ? usedRevisions("monthBefore", previous, span("monthBefore", M, 1)) : null,
    !has("actual")
      ? null
      : x.override !== null
        ? usedRevisions("actual", current, "ytd")
        : usedRevisions("actual", current, span("actual", M, 0)),
    has("monthNow") ? usedRevisions("monthNow", current, span("monthNow", M, 1)) : null,
    // The month before and the quarters use revised months too (December and quý IV of last year in January
    // and quý I), and their cells say so as every other figure's.
    !has("monthPrev")
      ? null
      : M > 1
        ? usedRevisions("monthPrev", current, span("monthPrev", M - 1, 1))
        : usedRevisions("monthPrev", previous, span("monthPrev", 12, 1)),
    has("quarterNow") ? usedRevisions("quarterNow", current, span("quarterNow", M, 3)) : null,
    has("quarterSame") ? usedRevisions("quarterSame", previous, span("quarterSame", M, 3)) : null,
    !has("quarterPrev")
      ? null
      : M === 3
        ? usedRevisions("quarterPrev", previous, span("quarterPrev", 12, 3))
        : usedRevisions("quarterPrev", current, span("quarterPrev", M - 3, 3)),
  ];
  return all.filter((f): f is FigureRevision => f !== null);
}

/** The name and unit a reader of `lang` sees: the catalogue's for known indicators in English. */
export function displayName(ind: IndicatorYear, lang: Lang): { name: string; unit: string } {
  const known = knownIndicator(ind.code);
  if (lang === "en" && known) {
    const unit = normalizeWord(ind.unit) === normalizeWord(known.unit.vi) ? known.unit.en : ind.unit;
    return { name: known.name.en, unit };
  }
  return { name: ind.name, unit: ind.unit };
}

/**
 * The name a sentence writes: the one typed in the data (the catalogue's only when the data has none, which
 * the reader already fills), and in an English report the catalogue's English name of a known indicator.
 */
export function sentenceName(m: IndicatorMeasures, lang: Lang): string {
  const known = knownIndicator(m.code);
  return lang === "en" && known ? known.name.en : m.name;
}

/** A group heading in `lang`: the catalogue's English for the known Vietnamese groups. */
export function groupName(group: string, lang: Lang): string {
  if (lang === "vi") return group;
  const g = normalizeWord(group);
  const known = KNOWN_INDICATORS.find((k) => normalizeWord(k.group.vi) === g);
  return known ? known.group.en : group;
}

/** A figure cell that holds no usable number (or a price index's edited cell), kept on the measures. */
export interface SheetHole {
  key: ValueKey;
  address: string;
  reason: "blank" | "text" | "price";
}
