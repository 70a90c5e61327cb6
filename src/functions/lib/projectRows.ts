/**
 * CT.PROJECTM's rows: coerce each row's arguments, then one estimate per row by src/core/estimateChosen.ts
 * (a forced method, or "auto" back-tested on past_years). Kept out of the wrapper so it stays short.
 */
import { isBlank, isIncomingError, toOptionalMonth, toOptionalText } from "../../core/coerce";
import type { CellResult } from "../../core/coerce";
import type { PastYear } from "../../core/estimateAuto";
import { estimateChosen } from "../../core/estimateChosen";
import type { ChosenEstimate } from "../../core/estimateChosen";
import { fail, isFailure } from "../../core/failure";
import { checkPeriod, monthsThrough, readMonthRow, readZeros } from "../../core/months";
import { parseKind, parseMethod } from "../../core/options";
import { fillMessage } from "../../core/message";
import { monthRows } from "../../core/shape";
import type { CalcFailure, EstimateMethod, MonthValue } from "../../core/types";
import { CANDIDATE_WORDS, ESTIMATE_CHOICE, METHOD_WORDS } from "../../core/words";
import { allBlank, firstProblem, perRow } from "./cells";

/** The years of past_years are numbered back from this one; only their order matters to the back-test. */
const THIS_YEAR = 0;

export interface ProjectArgs {
  this_year_months: unknown[][];
  last_year_months?: unknown[][];
  kind?: unknown;
  method?: unknown;
  through_month?: unknown;
  /** past_years read by readPastYears(), or null when not given. */
  past: PastYear[] | null;
}

/** One row's estimate, and (for details) the method used and its mean past error. */
export interface ProjectRow {
  value: CellResult<number>;
  method: string;
  error: number | string;
}

/** past_years as whole years, oldest first, the last row the year before this one; null when all blank. */
export function readPastYears(x: unknown[][]): PastYear[] | null | CalcFailure {
  const rows = monthRows(x);
  if (rows.every((r) => allBlank(r))) return null;
  const out: PastYear[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = readMonthRow(rows[i] as unknown[]);
    // An incoming Excel error passes through as it came (typed as a failure only to travel).
    if (isFailure(r) || isIncomingError(r)) return r as CalcFailure;
    out.push({ year: THIS_YEAR - rows.length + i, months: r });
  }
  return out;
}

function describe(how: EstimateMethod, c: ChosenEstimate): { method: string; error: number | string } {
  if (!c.choice) return { method: METHOD_WORDS[how].vi, error: "" };
  if (c.choice.chosen) return { method: CANDIDATE_WORDS[c.choice.method].vi, error: c.choice.error };
  return { method: fillMessage(ESTIMATE_CHOICE[c.choice.reason], { count: c.choice.years.length }).vi, error: "" };
}

type LastYear = MonthValue[] | undefined | CalcFailure;

function lastYearOf(a: ProjectArgs, lyRows: unknown[][] | null, i: number): LastYear {
  const lyRow = lyRows ? (lyRows.length === 1 ? lyRows[0] : lyRows[i]) : undefined;
  if (lyRow && !lyRow.every(isBlank)) {
    const r = readMonthRow(lyRow);
    // An incoming Excel error passes through as it came (typed as a failure only to travel).
    return isFailure(r) || isIncomingError(r) ? (r as CalcFailure) : r;
  }
  const last = a.past?.[a.past.length - 1];
  return last ? [...last.months] : undefined;
}

function oneRow(a: ProjectArgs, row: unknown[], lastYear: () => LastYear, at: (k: string) => unknown): ProjectRow {
  const th = toOptionalMonth(at("through_month"), "through_month");
  const kt = toOptionalText(at("kind"), "kind");
  const mt = toOptionalText(at("method"), "method");
  const bad = (value: CellResult<number>): ProjectRow => ({ value, method: "", error: "" });
  const p0 = firstProblem(th, kt, mt);
  if (p0) return bad(p0 as CalcFailure);
  const m = readMonthRow(row);
  if (isFailure(m) || isIncomingError(m)) return bad(m as CalcFailure);
  const lyRead = lastYear();
  if (lyRead !== undefined && !Array.isArray(lyRead)) return bad(lyRead);
  const ly = lyRead;
  const k = parseKind(kt as string | null);
  if (typeof k !== "string") return bad(k);
  const parsed = parseMethod(mt as string | null, ly && k === "flow" ? "seasonal" : "runrate");
  if (typeof parsed !== "string") return bad(parsed);
  // "auto" with nothing to learn from and no last year is today's default without last year: run rate.
  const how: EstimateMethod = parsed === "auto" && !ly && !a.past ? "runrate" : parsed;
  // The one zero rule of CT.YTD and CT.AVGINDEX (src/core/months.ts): trailing zeros are not reported yet, a
  // row of zeros or a period through them is #N/A with the same message, an index's 0 is no index.
  const read = monthsThrough(m, k, th as number | null);
  if (isFailure(read)) return bad(read);
  if (read.through === 0) return bad(fail("na", "no-months", { month: 12 }));
  const problem = checkPeriod(read.months, read.through, k);
  if (problem) return bad(problem);
  const lastYearMonths = ly ? readZeros(ly, k).months : undefined;
  const input = { kind: k, months: read.months, through: read.through, method: how, lastYearMonths, year: THIS_YEAR };
  const c = estimateChosen({ ...input, pastYears: a.past ?? [] });
  return { value: c.value, ...describe(how, c) };
}

/** Every row's estimate, or one failure for the whole call (sizes that do not fit). */
export function projectRows(a: ProjectArgs): (ProjectRow | { value: ""; method: ""; error: "" })[] | CalcFailure {
  const rows = monthRows(a.this_year_months);
  const n = rows.length;
  if (a.past !== null && n !== 1) return fail("value", "past-years-one-row", { rows: n });
  const lyRows = a.last_year_months == null ? null : monthRows(a.last_year_months);
  if (lyRows && lyRows.length !== 1 && lyRows.length !== n)
    return fail("value", "shape-mismatch", { a: `${n}x12`, b: `${lyRows.length}x12` });
  const readers = {
    kind: perRow(a.kind ?? null, n, "kind"),
    method: perRow(a.method ?? null, n, "method"),
    through_month: perRow(a.through_month ?? null, n, "through_month"),
  };
  for (const f of Object.values(readers)) if (isFailure(f)) return f;
  return rows.map((row, i) => {
    if (allBlank(row)) return { value: "", method: "", error: "" };
    return oneRow(
      a,
      row,
      () => lastYearOf(a, lyRows, i),
      (k) => (readers[k as keyof typeof readers] as (i: number) => unknown)(i),
    );
  });
}
