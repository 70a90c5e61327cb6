/**
 * Figures in percent-formatted cells, read as Excel shows them (docs/data-layout.md, "Percent formats"):
 * an index's or a rate's figure typed into a "0.00%" cell (Excel shows 161,45%, the cell holds 1,6145) is
 * read as 161,45; a plan in a percent cell of any other indicator ("14%", the cell holds 0,14) is a growth
 * plan, "tăng 14%"; each said in a note. Then, in a row with percent cells, a figure off by about ×100 against
 * the row's others is a problem naming the cell and read as missing, so it never reaches a sentence (a row
 * without one is read as CT.YTD reads it). Pure.
 */
import { formatTrim } from "../../core/format";
import type { Message } from "../../core/message";
import type { NumberStyle } from "../../core/numberText";
import { scaleOutliers, shownPercent } from "../../core/percentShown";
import { problem } from "../../core/problem";
import type { Problem } from "../../core/problem";
import { unitKey } from "../../core/words";
import { decimalsOf } from "./cellText";
import type { IndicatorYear } from "./dataset";

/** Which of a row's figures sit in percent-formatted cells, and the cells' addresses. */
export interface PercentCells {
  months: boolean[];
  ytd: boolean;
  plan: boolean;
  monthCells: (string | undefined)[];
  ytdCell?: string;
  planCell: string;
}

/** A unit that is itself a percent: a rate ("%", "phần trăm"), shown as Excel shows a percent cell. */
export function isPercentUnit(unit: string): boolean {
  return /^(?:%|phan tram|percent|ty le %?)$/.test(unitKey(unit));
}

/**
 * A number as the note shows it, in each language's own style, trimmed to the digits shown: binary noise
 * (1,5390000000000001) is cut at Excel's 15 significant digits first, so it reads "1,539" / "1.539".
 */
function shown(x: number): Message {
  const clean = Number(x.toPrecision(15));
  const d = decimalsOf(clean);
  return { vi: formatTrim(clean, d, "vi"), en: formatTrim(clean, d, "en") };
}

function bare(address: string): string {
  return address.replace(/^.*!/, "");
}

/**
 * Read the row's percent cells as Excel shows them and drop figures off by ×100; pushes the notes. True when
 * a month or the Lũy kế sits in a percent cell (the row's year is then checked against the others: percentYears).
 */
export function readPercents(ind: IndicatorYear, pct: PercentCells, style: NumberStyle, problems: Problem[]): boolean {
  const anyPercent = pct.months.some(Boolean) || pct.ytd || pct.plan;
  const figures = pct.months.some(Boolean) || pct.ytd;
  if (ind.kind === "index" || isPercentUnit(ind.unit)) {
    if (!anyPercent) return false;
    asShown(ind, pct, style, problems);
    scaleCheck(ind, pct, style, problems, true);
    return figures;
  }
  if (pct.plan && ind.plan?.type === "number") {
    const value = ind.plan.value;
    ind.plan = { type: "growth", value };
    problems.push(
      problem("percent-plan-growth", "info", pct.planCell, {
        code: ind.code,
        year: ind.year,
        shown: shown(shownPercent(value)),
      }),
    );
  }
  if (figures) scaleCheck(ind, pct, style, problems, false);
  return figures;
}

/** An index's or a rate's percent cells: the number Excel shows (1,6145 → 161,45), listed in one note. */
function asShown(ind: IndicatorYear, pct: PercentCells, style: NumberStyle, problems: Problem[]): void {
  const cells: string[] = [];
  let example: number | null = null;
  let first: string | undefined;
  const take = (v: number, cell: string | undefined): number => {
    if (cell) cells.push(bare(cell));
    first ??= cell;
    example ??= v;
    return shownPercent(v);
  };
  ind.months = ind.months.map((v, i) => (v !== null && pct.months[i] ? take(v, pct.monthCells[i]) : v));
  if (pct.ytd && ind.ytd !== null) ind.ytd = take(ind.ytd, pct.ytdCell);
  if (pct.plan && ind.plan?.type === "number") ind.plan = { type: "number", value: take(ind.plan.value, pct.planCell) };
  if (example === null) return;
  problems.push(
    problem("percent-format-read", "info", first ?? pct.planCell, {
      cells: cells.join(", "),
      code: ind.code,
      year: ind.year,
      stored: shown(example),
      shown: shown(shownPercent(example)),
    }),
  );
}

/**
 * Months off by about ×100 against the row's other months (and, for an index or a rate, a Lũy kế off
 * against the months: it is their average) are problems naming the cell, read as missing.
 */
function scaleCheck(
  ind: IndicatorYear,
  pct: PercentCells,
  style: NumberStyle,
  problems: Problem[],
  ytd: boolean,
): void {
  const off = (what: string, cell: string | undefined, value: number, typical: number): void => {
    problems.push(
      problem("percent-scale-off", "error", cell ?? pct.planCell, {
        what,
        code: ind.code,
        year: ind.year,
        value: shown(value),
        typical: shown(Number(typical.toPrecision(4))),
      }),
    );
  };
  const months = [...ind.months];
  for (const { at, typical } of scaleOutliers(months)) {
    off(`T${at + 1}`, pct.monthCells[at], months[at] as number, typical);
    ind.months[at] = null;
  }
  if (!ytd || ind.ytd === null) return;
  const known = ind.months.filter((v): v is number => v !== null);
  const last = scaleOutliers([...known, ind.ytd]).find((o) => o.at === known.length);
  if (last) {
    off("Lũy kế", pct.ytdCell, ind.ytd, last.typical);
    ind.ytd = null;
  }
}

/**
 * A year typed into percent cells whose figures are all about ×100 off the same indicator's other years
 * (161,45 typed into a cell already formatted "0.00%": Excel shows 16.145%) is no figure either: a problem
 * naming its first cell, and its months and Lũy kế read as missing, so no "tăng 10.663%" is ever written.
 * `percentRows` are the rows with figures in percent cells; the other years are those without.
 */
export function percentYears(
  rows: readonly { ind: IndicatorYear; codeAddr: string }[],
  percentRows: ReadonlySet<IndicatorYear>,
  style: NumberStyle,
  problems: Problem[],
): void {
  for (const { ind, codeAddr } of rows) {
    if (!percentRows.has(ind)) continue;
    const others = rows
      .filter((r) => r.ind.code === ind.code && !percentRows.has(r.ind))
      .flatMap((r) => r.ind.months.filter((v): v is number => v !== null));
    const own = ind.months.filter((v): v is number => v !== null);
    if (own.length === 0 || others.length < 3) continue;
    const ownTypical = middle(own);
    const off = scaleOutliers([ownTypical, ...others]).find((o) => o.at === 0);
    if (!off) continue;
    const first = ind.cells?.months?.[ind.months.findIndex((v) => v !== null)] ?? codeAddr;
    problems.push(
      problem("percent-year-off", "error", first, {
        code: ind.code,
        year: ind.year,
        value: shown(Number(ownTypical.toPrecision(4))),
        typical: shown(Number(off.typical.toPrecision(4))),
      }),
    );
    ind.months = ind.months.map(() => null);
    ind.ytd = null;
  }
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
