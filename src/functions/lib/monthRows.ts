/**
 * The one runner of the CT functions that read rows of months (CT.YTD, CT.PROJECTM, CT.AVGINDEX), as
 * runner.ts is for the cell-wise ones: rows of T1..T12, last year's rows, `through_month` and the other
 * per-row arguments are read here once, and every row's months go through the one zero rule of
 * src/core/months.ts (readZeros, monthsThrough) — so a row of zeros, or a period reaching trailing zero
 * months, is the same #N/A with the same message in all three, as the report leaves it blank.
 */
import { isBlank, toOptionalMonth, type CellResult } from "../../core/coerce";
import { fail, isFailure } from "../../core/failure";
import { monthsThrough, readMonthRow, readZeros } from "../../core/months";
import { monthRows } from "../../core/shape";
import type { CalcFailure, Kind, MonthValue } from "../../core/types";
import { toExcelError } from "../../excel/errors";
import { allBlank, column, firstProblem, perRow, type ExcelCell } from "./cells";
import { coerce, type Param } from "./runner";

/** One row as the body sees it: the months as data (zeros that are not data made null) and the period end. */
export interface MonthRow {
  months: MonthValue[];
  /** Last year's months by the same rule; null when not given or blank. */
  lastYear: MonthValue[] | null;
  /** Whether the last-year argument was given at all (CT.AVGINDEX's default basis depends on it). */
  lastYearGiven: boolean;
  through: number;
  kind: Kind;
}

/** A function over rows of months: its per-row arguments, how a row's kind is known, and the body. */
export interface MonthRowFunction {
  /** Per-row arguments besides the months, last year's months and through_month (kind, method, basis…). */
  params: readonly Param[];
  /** A row left blank stays blank: when this year's months are blank ("months"), or last year's too ("both"). */
  blankWhen: "months" | "both";
  /** The row's kind from its coerced arguments (CT.AVGINDEX: always an index). */
  kind: (args: readonly unknown[]) => Kind | CalcFailure;
  body: (row: MonthRow, args: readonly unknown[]) => CellResult<number | string>;
}

/** The arguments as Excel passed them; omitted optionals are undefined or null. */
export interface MonthRowArgs {
  months: unknown;
  lastYear?: unknown;
  through?: unknown;
  args: readonly unknown[];
}

/** Run `fn` over every row of months: one result per row, an n x 1 column. */
export function runMonthRows(fn: MonthRowFunction, input: MonthRowArgs): ExcelCell[][] {
  const rows = monthRows(input.months);
  const n = rows.length;
  const lastRows = input.lastYear == null ? null : monthRows(input.lastYear);
  if (lastRows !== null && lastRows.length !== 1 && lastRows.length !== n)
    return [[toExcelError(fail("value", "shape-mismatch", { a: `${n}x12`, b: `${lastRows.length}x12` }))]];
  const through = perRow(input.through ?? null, n, "through_month");
  if (isFailure(through)) return [[toExcelError(through)]];
  const readers: ((i: number) => unknown)[] = [];
  for (let k = 0; k < fn.params.length; k++) {
    const r = perRow(input.args[k] ?? null, n, (fn.params[k] as Param).name);
    if (isFailure(r)) return [[toExcelError(r)]];
    readers.push(r);
  }
  return column(
    rows.map((row, i) => {
      const lastRow = lastRows === null ? null : ((lastRows.length === 1 ? lastRows[0] : lastRows[i]) as unknown[]);
      if (allBlank(row) && (fn.blankWhen === "months" || lastRow === null || allBlank(lastRow))) return "";
      const args = fn.params.map((p, k) => coerce(p.type, (readers[k] as (i: number) => unknown)(i), p.name));
      return oneRow(fn, row, lastRow, toOptionalMonth(through(i), "through_month"), args);
    }),
  );
}

function oneRow(
  fn: MonthRowFunction,
  row: unknown[],
  lastRow: unknown[] | null,
  through: unknown,
  args: readonly unknown[],
): CellResult<number | string> {
  const months = readMonthRow(row);
  const last = lastRow === null || lastRow.every(isBlank) ? null : readMonthRow(lastRow);
  const p0 = firstProblem(through, ...args, months, last);
  if (p0) return p0;
  const kind = fn.kind(args);
  if (isFailure(kind)) return kind;
  const read = monthsThrough(months as MonthValue[], kind, through as number | null);
  if (isFailure(read)) return read;
  if (read.through === 0) return fail("na", "no-months", { month: 12 });
  const lastYear = last === null ? null : readZeros(last as MonthValue[], kind).months;
  return fn.body({ ...read, lastYear, lastYearGiven: lastRow !== null, kind }, args);
}
