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
