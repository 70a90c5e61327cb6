/**
 * Reading one row of monthly cells (T1..T12) as a function receives it, and the checks a period
 * figure needs: no blank month inside the period (a hole would make a sum silently short).
 */
import { isBlank, isIncomingError, type IncomingError } from "./coerce";
import { fail } from "./failure";
import { isPeriodGap, periodFigure } from "./period";
import type { CalcFailure, Kind, MonthValue } from "./types";

/** A row of cells as 12 month values (null = blank); text, TRUE/FALSE or an error in a month fails. */
export function readMonthRow(cells: readonly unknown[]): MonthValue[] | CalcFailure | IncomingError {
  if (cells.length > 12) {
    // A range wider than 12 is fine only when the extra cells are blank (a ragged selection).
    for (let i = 12; i < cells.length; i++) {
      if (!isBlank(cells[i])) return fail("value", "too-many-months", { count: cells.length });
    }
  }
  const out: MonthValue[] = new Array(12).fill(null);
  for (let i = 0; i < 12 && i < cells.length; i++) {
    const x = cells[i];
    const what = `T${i + 1}`;
    if (typeof x === "number") {
      if (!Number.isFinite(x)) return fail("num", "not-finite", { what });
      out[i] = x;
    } else if (isBlank(x)) out[i] = null;
    else if (typeof x === "boolean") return fail("value", "boolean", { what });
    else if (isIncomingError(x)) return x;
    else return fail("value", "not-a-number", { what });
  }
  return out;
}

/**
 * The last month with data, 0 when none. With `zerosAreBlank`, trailing zeros count as not yet
 * reported: desktop Excel hands 0 for a blank cell, and a row of "T1..T9 then blanks" must not
 * read as twelve months.
 */
export function lastMonthWithData(months: readonly MonthValue[], zerosAreBlank: boolean): number {
  for (let m = months.length; m >= 1; m--) {
    const v = months[m - 1];
    if (typeof v === "number" && !(zerosAreBlank && v === 0)) return m;
  }
  return 0;
}

/**
 * Checks that the months a period figure of `kind` uses are there (src/core/period.ts, the one rule):
 * every month 1..through for a flow or an index, one month at or before `through` for a level.
 * A blank month is #N/A naming it.
 */
export function checkPeriod(months: readonly MonthValue[], through: number, kind: Kind): CalcFailure | null {
  const r = periodFigure(months, through, kind);
  return isPeriodGap(r) ? r.failure : null;
}

/**
 * The zeros of a row that are not data (DOMAIN.md, "What real workbooks look like"), the one rule for
 * the report, the page, the command and the CT functions. A compiled workbook shows 0 where nothing
 * was reported: a template's SUM over empty district sheets, an IFERROR(…;0) lookup, desktop Excel
 * handing a blank cell to a function. So:
 * - zeros after the last non-zero month are "not reported yet" (`notYet`), whatever the kind;
 * - an index of 0 is no index, and a level of 0 was not counted (`noFigure`): holes, never figures;
 * - any other 0 of a flow (before its last non-zero month) is a real zero (`used`): kept, and listed.
 * `months` is the row as data: the zeros that are not data made null. A row of zeros has no data.
 */
export interface MonthZeros {
  months: MonthValue[];
  /** Months (1-based) whose 0 comes after the last non-zero month: not reported yet. */
  notYet: number[];
  /** Months whose 0 is no figure: an index (no index is 0) or a level (not counted that month). */
  noFigure: number[];
  /** Months of a flow whose 0 stands before a later figure: used as 0, and listed as a warning. */
  used: number[];
}

export function readZeros(months: readonly MonthValue[], kind: Kind): MonthZeros {
  let last = 0;
  for (let m = months.length; m >= 1; m--) {
    const v = months[m - 1];
    if (typeof v === "number" && v !== 0) {
      last = m;
      break;
    }
  }
  const out: MonthZeros = { months: months.slice(), notYet: [], noFigure: [], used: [] };
  months.forEach((v, i) => {
    if (v !== 0) return;
    const m = i + 1;
    if (m > last) out.notYet.push(m);
    else if (kind === "flow") return void out.used.push(m);
    else out.noFigure.push(m);
    out.months[i] = null;
  });
  return out;
}

/**
 * The months and the period end a CT function uses for one row, by the zero rule above: `through` as
 * given, else the last month with data. A row of zeros, or a period reaching a zero that is not data
 * (a trailing zero; an index's 0), is #N/A with one message naming the months — in CT.YTD, CT.PROJECTM
 * and CT.AVGINDEX alike. A level stands at its latest figure, as in the report.
 */
export function monthsThrough(
  months: readonly MonthValue[],
  kind: Kind,
  through: number | null,
): { months: MonthValue[]; through: number } | CalcFailure {
  const z = readZeros(months, kind);
  const last = lastMonthWithData(z.months, false);
  const t = through ?? last;
  const notData = [...z.notYet, ...z.noFigure].sort((a, b) => a - b);
  if (last === 0 && notData.length > 0) return fail("na", "zeros-not-data", { what: monthRuns(notData) });
  if (kind !== "level") {
    const inPeriod = notData.filter((m) => m <= t);
    if (inPeriod.length > 0) return fail("na", "zeros-not-data", { what: monthRuns(inPeriod) });
  }
  return { months: z.months, through: t };
}

/** Months as runs, short enough for a cell's message: "T3", "T10–T12", "T1–T12", "T3, T10–T12". */
export function monthRuns(months: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === (months[j] as number) + 1) j++;
    runs.push(
      j - i >= 2
        ? `T${months[i]}–T${months[j]}`
        : months
            .slice(i, j + 1)
            .map((m) => `T${m}`)
            .join(", "),
    );
    i = j + 1;
  }
  return runs.join(", ");
}
