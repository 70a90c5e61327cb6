/**
 * The figures of each indicator for one report period, shared by the report model and the template:
 * last year's total, the same period last year, the period so far, the year-end estimate, the plans.
 */
import type { Message } from "../../core/message";
import { estimateYear } from "../../core/estimate";
import type { AutoChoice, AutoFallback, PastYear } from "../../core/estimateAuto";
import { estimateChosen } from "../../core/estimateChosen";
import { formatTrim } from "../../core/format";
import { isFailure } from "../../core/failure";
import { periodAverageIndex, type IndexBasis } from "../../core/indexAverage";
import { withinExcel } from "../../core/period";
import type { EstimateMethod, Kind, Lang } from "../../core/types";
import {
  englishUnit,
  isBudgetLine,
  KNOWN_INDICATORS,
  knownIndicator,
  METHOD_WORDS,
  normalizeWord,
} from "../../core/words";
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
import { comparableRows } from "./comparable";
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
  /** What the period's figures could not honour: a stale lũy kế ("ytd-stale"), one that is no average ("ytd-index-outside") or differs from its months ("ytd-differs"), an estimate fallback. */
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
  const byColumn = mainColumnUsed(data);
  // Years whose unit cannot be converted are never compared (measure/comparable.ts).
  const comparable = { ...data, indicators: comparableRows(data.indicators, options.year) };
  const past = pastYearsByCode(comparable, options.year);
  return [...yearsByCode(comparable, options.year).entries()].map(([code, years]) =>
    measureIndicator(years, options, byColumn, past.get(code) ?? []),
  );
}

/** Each code's rows of year−1, year and year+1 (the first row of a year stands), in the data's order. */
function yearsByCode(data: Dataset, year: number): Map<string, Map<number, IndicatorYear>> {
  const byCode = new Map<string, Map<number, IndicatorYear>>();
  for (const ind of data.indicators) {
    if (ind.year < year - 1 || ind.year > year + 1) continue;
    let years = byCode.get(ind.code);
    if (!years) byCode.set(ind.code, (years = new Map()));
    if (!years.has(ind.year)) years.set(ind.year, ind);
  }
  return byCode;
}

/** What every step of one indicator's measures shares: its rows, kind, period, and the gaps and stands found. */
interface Step {
  code: string;
  kind: Kind;
  year: number;
  M: number;
  current?: IndicatorYear;
  previous?: IndicatorYear;
  next?: IndicatorYear;
  /** The indicator's rows of the years before, for the "auto" estimate. */
  past: PastYear[];
  gaps: FigureGap[];
  stands: FigureStand[];
  problems: Problem[];
  /** A measured figure's value, its gap or stand kept on the step. */
  keep: (x: Measured | null) => number | null;
}

function stepOf(years: Map<number, IndicatorYear>, options: ReportOptions, past: PastYear[]): Step {
  const { year, month: M } = options;
  const current = years.get(year);
  const previous = years.get(year - 1);
  const next = years.get(year + 1);
  const any = (current ?? previous ?? next) as IndicatorYear;
  const gaps: FigureGap[] = [];
  const stands: FigureStand[] = [];
  const keep = (x: Measured | null): number | null => {
    if (!x) return null;
    if (x.gap) gaps.push(x.gap);
    if (x.stand) stands.push(x.stand);
    return x.value;
  };
  return { code: any.code, kind: any.kind, year, M, current, previous, next, past, gaps, stands, problems: [], keep };
}

/** The months of the period that are not the year to date: month M, last year's, the month before. */
function monthFigures(
  st: Step,
): Pick<IndicatorMeasures, "lastYear" | "samePeriod" | "monthNow" | "monthBefore" | "monthPrev"> {
  const { current, previous, kind, M, keep } = st;
  return {
    lastYear: keep(previous ? measurePeriod(previous, 12, kind, "lastYear") : null),
    samePeriod: keep(previous ? measurePeriod(previous, M, kind, "samePeriod") : null),
    monthNow: keep(current ? measureMonth(current, M, kind, "monthNow") : null),
    monthBefore: keep(previous ? measureMonth(previous, M, kind, "monthBefore") : null),
    // The month before (December of last year in January): the same hole rule as every period.
    monthPrev: keep(
      M > 1
        ? current
          ? measureMonth(current, M - 1, kind, "monthPrev")
          : null
        : previous
          ? measureMonth(previous, 12, kind, "monthPrev")
          : null,
    ),
  };
}

/** When M ends a quarter: the quarter, the same quarter last year and the previous quarter; null otherwise. */
function quarterFigures(st: Step): Pick<IndicatorMeasures, "quarterNow" | "quarterSame" | "quarterPrev"> {
  const { current, previous, kind, M, keep } = st;
  const quarter = (ind: IndicatorYear | undefined, end: number, key: FigureKey): number | null =>
    M % 3 === 0 && ind ? keep(measurePeriod(ind, end, kind, key, end - 2)) : null;
  return {
    quarterNow: quarter(current, M, "quarterNow"),
    quarterSame: quarter(previous, M, "quarterSame"),
    quarterPrev: M === 3 ? quarter(previous, 12, "quarterPrev") : quarter(current, M - 3, "quarterPrev"),
  };
}

/**
 * TH M tháng, and the published lũy kế standing for it (`override`): a Lũy kế stands for month M only when the
 * row's months end at M, and only when it can be one (ytdChecked). A row only last year has: every month missing.
 */
function actualFigure(st: Step): { actual: number | null; override: number | null } {
  const { current, previous, kind, M, year, gaps } = st;
  let actual: number | null = null;
  let override: number | null = null;
  if (current) {
    const last = lastMonth(current.months);
    if (current.ytd !== null && kind !== "level") {
      if (last === M) override = ytdChecked(st, current, current.ytd);
      else if (last < M)
        st.problems.push(
          problem("ytd-stale", "warning", current.cells?.ytd ?? rowAddress(current), {
            code: st.code,
            year,
            month: M,
            last,
          }),
        );
    }
    // A published (typed) lũy kế is a figure, not a hole: it stands even when a month is blank.
    actual = override ?? st.keep(measurePeriod(current, M, kind, "actual"));
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
  return { actual, override };
}

/** A figure in both languages' number style, for a problem's words. */
function shown(x: number): Message {
  return { vi: formatTrim(x, 4, "vi"), en: formatTrim(x, 4, "en") };
}

/** How far a published average may lie outside its months: half the tenth offices print indices with. */
const INDEX_ROUNDING = 0.05;

/**
 * A published Lũy kế checked against the months 1..M (issue 17, point 4): an index's is an average, so it lies
 * within the months' range, else it is no lũy kế (a SUM dragged down) and is ignored with a warning; a flow's
 * that differs from the months' sum is used (publishers revise) and listed with both figures.
 */
function ytdChecked(st: Step, current: IndicatorYear, ytd: number): number | null {
  const months = current.months.slice(0, st.M).filter((v): v is number => typeof v === "number");
  const at = current.cells?.ytd ?? rowAddress(current);
  const params = { code: st.code, year: st.year, month: st.M, ytd: shown(ytd) };
  if (st.kind === "index" && months.length > 0) {
    const low = Math.min(...months);
    const high = Math.max(...months);
    if (ytd >= low - INDEX_ROUNDING && ytd <= high + INDEX_ROUNDING) return ytd;
    st.problems.push(problem("ytd-index-outside", "warning", at, { ...params, low: shown(low), high: shown(high) }));
    return null;
  }
  if (st.kind === "flow" && months.length === st.M) {
    const sum = months.reduce((a, b) => a + b, 0);
    if (Math.abs(ytd - sum) > 1e-9 * Math.max(1, Math.abs(sum)))
      st.problems.push(problem("ytd-differs", "warning", at, { ...params, sum: shown(sum) }));
  }
  return ytd;
}

/** Ước TH năm Y, by the officer's method, else the run rate (said in a problem); blank on an overflow. */
function yearEstimate(st: Step, actual: number | null, override: number | null, options: ReportOptions): Estimated {
  const { current, previous, kind, M, year } = st;
  if (!current || actual === null) return { estimate: null, estimateMethod: null };
  if (M === 12) return { estimate: actual, estimateMethod: null };
  const input = {
    kind,
    months: current.months,
    through: M,
    method: options.method,
    lastYearMonths: previous?.months,
    ytdOverride: override,
    geometric: kind === "index" && (current.basis ?? previous?.basis) === "same-month",
  };
  const chosen = estimateChosen({ ...input, year, pastYears: st.past });
  const e = chosen.value;
  const estimateChoice = chosen.choice;
  if ((isFailure(e) && e.code === "not-finite") || (typeof e === "number" && !withinExcel(e))) {
    // An estimate beyond Excel's numbers: blank with the months it grew from, never a wrong figure.
    const all = Array.from({ length: M }, (_, i) => i + 1);
    st.gaps.push({
      key: "estimate",
      year,
      months: all,
      cells: all.map((m) => monthCellOf(current, m)),
      reason: "overflow",
    });
    return { estimate: null, estimateMethod: null, estimateChoice };
  }
  if (!isFailure(e)) return { estimate: num(e), estimateMethod: options.method, estimateChoice };
  if (options.method === "runrate") return { estimate: null, estimateMethod: null, estimateChoice };
  const estimate = num(estimateYear({ ...input, method: "runrate" }));
  if (estimate === null) return { estimate: null, estimateMethod: null, estimateChoice };
  // The method's name is a message slot: filled per language.
  st.problems.push(
    problem("estimate-fallback", "warning", rowAddress(current), {
      code: st.code,
      year,
      previousYear: year - 1,
      method: METHOD_WORDS[options.method].named,
    }),
  );
  return { estimate, estimateMethod: "runrate", estimateChoice };
}

interface Estimated {
  estimate: number | null;
  estimateMethod: EstimateMethod | null;
  estimateChoice?: AutoChoice | AutoFallback | null;
}

type IndexAverages = Pick<IndicatorMeasures, "basis" | "onSamePeriod" | "onSameMonth"> & {
  onSameQuarter: number | null;
};

/** Index averages as the statistics office computes them; a published lũy kế stands instead when used. */
function indexAverages(st: Step, override: number | null): IndexAverages {
  const { current, previous, kind, M } = st;
  const basis: IndexBasis | null = kind === "index" ? (current?.basis ?? previous?.basis ?? "fixed") : null;
  const out: IndexAverages = { basis, onSamePeriod: null, onSameMonth: null, onSameQuarter: null };
  if (current && basis !== null) {
    const last = previous?.months ?? null;
    if (override === null) out.onSamePeriod = num(periodAverageIndex(current.months, last, M, basis));
    out.onSameMonth = num(periodAverageIndex(current.months, last, M, basis, M));
    if (M % 3 === 0) out.onSameQuarter = num(periodAverageIndex(current.months, last, M, basis, M - 2));
  }
  return out;
}

type Figures = ReturnType<typeof monthFigures> & ReturnType<typeof quarterFigures> & { actual: number | null };

/**
 * An index on the same month of last year: the months are already comparisons, so the period figure is their
 * average index, the quarter its average on the same quarter, and last year's figures (not on this base) go.
 */
function onSameMonthBase(f: Figures, averages: IndexAverages, override: number | null): Figures {
  if (averages.basis !== "same-month") return f;
  const { onSamePeriod, onSameQuarter } = averages;
  return {
    ...f,
    actual: override === null && f.actual !== null ? (onSamePeriod === null ? null : onSamePeriod * 100) : f.actual,
    monthBefore: null,
    samePeriod: null,
    lastYear: null,
    quarterNow: onSameQuarter === null ? null : onSameQuarter * 100,
    quarterSame: null,
    quarterPrev: null,
  };
}

/** One indicator's measures, step by step: its months, quarters, year to date, estimate and index averages. */
function measureIndicator(
  years: Map<number, IndicatorYear>,
  options: ReportOptions,
  byColumn: boolean,
  past: PastYear[],
): IndicatorMeasures {
  const st = stepOf(years, options, past);
  const { current, previous, next, kind, M } = st;
  const any = (current ?? previous ?? next) as IndicatorYear;
  const known = knownIndicator(st.code);
  const months = monthFigures(st);
  const quarters = quarterFigures(st);
  const { actual, override } = actualFigure(st);
  const { estimate, estimateMethod, estimateChoice } = yearEstimate(st, actual, override, options);
  const averages = indexAverages(st, override);
  const figures = onSameMonthBase({ ...months, ...quarters, actual }, averages, override);
  const revised = figureRevisions({ kind, M, stands: st.stands, current, previous, next, override }, figures);
  const mainMark = current?.main ?? previous?.main ?? next?.main;
  return {
    code: st.code,
    group: groupName(any.group, options.lang),
    ...displayName(any, options.lang),
    kind,
    budget: isBudgetLine(st.code, any.name),
    main: byColumn
      ? mainMark === true
      : (known?.main ?? false) || (kind === "flow" && (current?.plan ?? null) !== null),
    price: known?.price ?? false,
    lowerIsBetter: known?.lowerIsBetter ?? false,
    current,
    previous,
    next,
    ...figures,
    plan: current?.plan ?? null,
    estimate,
    onSameQuarter: averages.onSameQuarter,
    nextPlan: next?.plan ?? null,
    localPlan: current?.localPlan ?? null,
    estimateMethod,
    ...(estimateChoice ? { estimateChoice } : {}),
    basis: averages.basis,
    onSamePeriod: averages.onSamePeriod,
    onSameMonth: averages.onSameMonth,
    averageEstimated: averages.onSamePeriod !== null && !(known?.price ?? false),
    problems: st.problems,
    gaps: st.gaps,
    stands: st.stands,
    revised,
  };
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
    const unit = normalizeWord(ind.unit) === normalizeWord(known.unit.vi) ? known.unit.en : englishUnit(ind.unit);
    return { name: known.name.en, unit };
  }
  return { name: oneLine(ind.name), unit: lang === "en" ? englishUnit(ind.unit) : ind.unit };
}

/** A name on one line: a line break typed in the cell (CR, LF, "_x000D_") or a run of spaces is one space. */
export function oneLine(name: string): string {
  return name.replace(/(?:_x000[DdAa9]_|\s)+/g, " ").trim();
}

/**
 * The name a sentence writes: the one typed in the data (the catalogue's only when the data has none, which
 * the reader already fills), and in an English report the catalogue's English name of a known indicator.
 */
export function sentenceName(m: IndicatorMeasures, lang: Lang): string {
  const known = knownIndicator(m.code);
  return lang === "en" && known ? known.name.en : oneLine(m.name);
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
