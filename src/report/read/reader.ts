/**
 * The raw data reader (docs/data-layout.md): sheet values as Excel's range.values gives them -> typed
 * indicator rows and a list of problems, each with its sheet-qualified cell address. Pure; never throws
 * on bad data.
 *
 * Which sheet is read (one rule for the command, the page and the add-in):
 * 1. the sheet the officer chose (ReadOptions.sheet), hidden or not, and no other;
 * 2. else the first VISIBLE sheet, in workbook order, whose header the reader recognises.
 * Hidden sheets are never read unless chosen (each is listed as a notice; a chosen hidden sheet is read and
 * said in a notice on every face); the other visible sheets
 * with a recognised header are named in a problem: sheets are never merged silently.
 */
import { fillMessage, type Message } from "../../core/message";
import type { NumberStyle } from "../../core/numberText";
import { sameUnit, unitFactor } from "../../core/words";
import { sheetAddress } from "../../core/address";
import { isBlank } from "../../core/coerce";
import { flatten } from "./cellText";
import { findLayout, HEADER_SEARCH_ROWS, nearestHeader, type HeaderDates, type Layout } from "./header";
import { problem } from "../../core/problem";
import { applyRevisions } from "./revision";
import { readSheetRows, type RowRead } from "./sheetRows";
import { percentYears } from "./percentRead";
import { readRowZeros } from "./zeros";
import type { Dataset } from "./dataset";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";
import type { SourceValues } from "../../core/sheetValues";

export { headerMeaning, HEADER_SEARCH_ROWS } from "./header";
export { mainMark } from "./sheetRows";

export interface ReadOptions {
  /** How text numbers are read: "vi" 21.000,5 (default) or "en" 21,000.5. */
  numberStyle?: NumberStyle;
  /** The sheet the officer chose: read it (even when hidden) and no other. */
  sheet?: string;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function holdsValues(values: unknown[][]): boolean {
  return values.some((row) => Array.isArray(row) && row.some((v) => !isBlank(flatten(v))));
}

/** The date cells of a source as keys into its values, for month headers typed as dates. */
function headerDates(src: SourceValues): HeaderDates | undefined {
  if (!src.dateCells || src.dateCells.length === 0) return undefined;
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  return { cells: new Set(src.dateCells.map((d) => `${d.row - or},${d.col - oc}`)), date1904: src.date1904 === true };
}

/** The header of a source, searched at the top and at each table's top row. */
export function layoutOf(src: SourceValues): Layout | null {
  const values = Array.isArray(src.values) ? src.values : [];
  const or = src.origin?.row ?? 0;
  const tops = (src.tables ?? []).map((t) => ({ row: t.r1 - or, lastRow: t.r2 - or })).filter((t) => t.row >= 0);
  return findLayout(values, tops, headerDates(src));
}

const LACKS: Record<"year" | "name" | "months" | "one-year", Message> = {
  year: {
    vi: "cột Năm (hoặc năm trong tiêu đề tháng, như T1/2013)",
    en: "a Năm/Year column (or the year in the month headers, as in T1/2013)",
  },
  name: { vi: "cột Mã hoặc Chỉ tiêu", en: "a Mã/Code or Chỉ tiêu/Indicator column" },
  months: {
    vi: "các cột tháng T1…T12 (hoặc Tháng 1/2013, Jan-13) hoặc cột Kế hoạch",
    en: "month columns T1…T12 (or Tháng 1/2013, Jan-13) or a plan column",
  },
  "one-year": {
    vi: "tiêu đề các tháng cùng một năm (mỗi năm một trang hoặc một cột Năm)",
    en: "month headers of one year (one sheet per year, or a Năm/Year column)",
  },
};

/** The nearest row the no-header problem names: what it holds and what a header still needs. */
const NEAR_WORDS = {
  near: {
    vi: "Dòng {row} có {cells}{more}{years}; cần thêm: {lacks}.",
    en: "Row {row} holds {cells}{more}{years}; it needs: {lacks}.",
  },
  more: { vi: " và {count} ô nữa", en: " and {count} more" },
  years: { vi: " (các tháng ghi năm {years})", en: " (the months name {years})" },
} as const satisfies Record<string, Message>;

/**
 * When a source holding values has no header the reader can read: the nearest row's cells as read and
 * what a header still needs, as a sentence in each language (null when there is nothing to name). The
 * no-header problem and the add-in's "no data" answer both say it.
 */
export function nearHeaderWords(src: SourceValues): { vi: string; en: string; row: number; col: number } | null {
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  const values = Array.isArray(src.values) ? src.values : [];
  const near = nearestHeader(values, headerDates(src));
  if (!near || near.lacks.length === 0 || near.cells.length === 0) return null;
  const shown = near.cells.slice(0, 20);
  const seen = shown.map(
    (c) => `${sheetAddress(src.sheet, or + near.row, oc + c.col).replace(/^.*!/, "")} "${c.text}"`,
  );
  const more = near.cells.length - shown.length;
  const years = near.years.join(", ");
  const nothing: Message = { vi: "", en: "" };
  const lacks: Message = {
    vi: near.lacks.map((l) => LACKS[l].vi).join("; "),
    en: near.lacks.map((l) => LACKS[l].en).join("; "),
  };
  const words = fillMessage(NEAR_WORDS.near, {
    row: or + near.row + 1,
    cells: seen.join(", "),
    more: more > 0 ? fillMessage(NEAR_WORDS.more, { count: more }) : nothing,
    years: years ? fillMessage(NEAR_WORDS.years, { years }) : nothing,
    lacks,
  });
  return { vi: words.vi, en: words.en, row: or + near.row, col: oc + (near.cells[0]?.col ?? 0) };
}

/** The no-header problem of a source that holds values, at the nearest row's first cell when there is one. */
function noHeaderProblem(src: SourceValues): Problem {
  const params = { rows: HEADER_SEARCH_ROWS, sheet: src.sheet };
  const near = nearHeaderWords(src);
  if (!near) {
    return problem("no-header", "error", sheetAddress(src.sheet, src.origin?.row ?? 0, src.origin?.col ?? 0), {
      ...params,
      near: "",
    });
  }
  return problem("no-header", "error", sheetAddress(src.sheet, near.row, near.col), {
    ...params,
    near: { vi: ` ${near.vi}`, en: ` ${near.en}` },
  });
}

/**
 * Read the raw data. Blank months are missing (null), text numbers are read by `numberStyle`
 * (default "vi") and listed, and every doubtful cell becomes a problem with its address.
 */
export function readDataset(sources: SourceValues[], opts: ReadOptions = {}): Dataset {
  const style: NumberStyle = opts.numberStyle ?? "vi";
  const problems: Problem[] = [];
  const candidates = candidateSheets(sources, opts.sheet, problems);
  const chosen = chooseSheet(candidates, problems);
  if (!chosen) return { indicators: [], problems };
  const rows: RowRead[] = readSheetRows(chosen.src, chosen.layout, style, problems);
  // One row per code and year: a revision (Loại số liệu) replaces the figures it holds; an unmarked duplicate
  // is an error and the first row stands.
  const kept = applyRevisions(rows, problems);
  unifyUnits(kept, problems);
  const percentRows = new Set(rows.filter((r) => r.percent).map((r) => r.ind));
  if (percentRows.size > 0) percentYears(kept, percentRows, style, problems);
  // Zeros that are not data (a template's SUM of empty sheets, IFERROR(…;0)): the one rule, src/core/months.ts.
  for (const row of kept) readRowZeros(row.ind, problems);
  return { indicators: kept.map((k) => k.ind), problems };
}

/**
 * The sheets that may be read: the one chosen (hidden or not: the officer chose it, and a hidden one is said
 * in a notice), else every visible sheet (each hidden one listed as not read).
 */
function candidateSheets(sources: SourceValues[], wanted: string | undefined, problems: Problem[]): SourceValues[] {
  if (wanted === undefined) {
    for (const s of sources) {
      if (s.hidden)
        problems.push(problem("hidden-sheet-skipped", "info", sheetAddress(s.sheet, 0, 0), { sheet: s.sheet }));
    }
    return sources.filter((s) => !s.hidden);
  }
  const candidates = sources.filter((s) => sameName(s.sheet, wanted));
  if (candidates.length === 0) {
    problems.push(
      problem("sheet-not-found", "error", sources[0] ? sheetAddress(sources[0].sheet, 0, 0) : "", {
        sheet: wanted,
        sheets: sources.map((s) => s.sheet).join(", "),
      }),
    );
  }
  for (const s of candidates) {
    if (s.hidden)
      problems.push(problem("hidden-sheet-chosen", "info", sheetAddress(s.sheet, 0, 0), { sheet: s.sheet }));
  }
  return candidates;
}

/**
 * The first candidate whose header the reader recognises; the others with a header are named (sheets are
 * never merged); when none has one, each sheet holding values gets the no-header problem.
 */
function chooseSheet(candidates: SourceValues[], problems: Problem[]): { src: SourceValues; layout: Layout } | null {
  let chosen: { src: SourceValues; layout: Layout } | null = null;
  const others: string[] = [];
  for (const src of candidates) {
    const layout = layoutOf(src);
    if (!layout) continue;
    if (!chosen) chosen = { src, layout };
    else others.push(src.sheet);
  }
  if (!chosen) {
    for (const src of candidates) {
      if (holdsValues(Array.isArray(src.values) ? src.values : [])) problems.push(noHeaderProblem(src));
    }
    return null;
  }
  if (others.length > 0) {
    const at = chosen.src;
    const address = sheetAddress(at.sheet, (at.origin?.row ?? 0) + chosen.layout.headerRow, at.origin?.col ?? 0);
    problems.push(
      problem("other-data-sheets", "warning", address, {
        sheet: at.sheet,
        others: others.map((o) => `"${o}"`).join(", "),
      }),
    );
  }
  return chosen;
}

/**
 * Units between the years of one code: the latest year's unit stands; known units are converted ("ngàn USD"
 * is "nghìn USD"); an unknown one is a warning, and the report never compares the figures (measure/comparable.ts).
 */
function unifyUnits(kept: RowRead[], problems: Problem[]): void {
  const byCode = new Map<string, RowRead[]>();
  for (const row of kept) byCode.set(row.ind.code, [...(byCode.get(row.ind.code) ?? []), row]);
  for (const list of byCode.values()) {
    const ref = list.reduce((a, b) => (b.ind.year > a.ind.year ? b : a));
    for (const row of list) {
      const { ind } = row;
      if (sameUnit(ind.unit, ref.ind.unit)) continue;
      const factor = unitFactor(ind.unit, ref.ind.unit);
      const params = { code: ind.code, year: ind.year, unit: ind.unit, expected: ref.ind.unit, refYear: ref.ind.year };
      if (factor === null || !ind.unit || !ref.ind.unit) {
        problems.push(problem("unit-mismatch", "warning", row.unitAddr, params));
        continue;
      }
      const scale = (x: number): number => x * factor;
      ind.months = ind.months.map((v) => (v === null ? null : scale(v)));
      if (ind.ytd !== null) ind.ytd = scale(ind.ytd);
      if (ind.plan) ind.plan = scalePlan(ind.plan, scale);
      problems.push(problem("unit-converted", "info", row.unitAddr, { ...params, factor: String(factor) }));
      ind.unit = ref.ind.unit;
    }
  }
}

/** A plan in another unit: a plan on the growth stays; a bound keeps its words; "khoảng" keeps its precision. */
function scalePlan(p: PlanTarget, f: (x: number) => number): PlanTarget {
  if (p.type === "growth" || ("growth" in p && p.growth === true)) return p;
  switch (p.type) {
    case "range":
      return { ...p, low: f(p.low), high: f(p.high) };
    case "approx": {
      // 34.500 triệu đồng about → 34,5 tỷ đồng about: the decimals move with the unit.
      const shift = Math.round(-Math.log10(Math.abs(f(1))));
      return { ...p, value: f(p.value), decimals: Math.max(0, p.decimals + shift) };
    }
    default:
      return { ...p, value: f(p.value) };
  }
}
