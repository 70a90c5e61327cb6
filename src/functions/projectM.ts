import { isBlank, isIncomingError, toOptionalMonth, toOptionalText } from "../core/coerce";
import { estimateYear } from "../core/estimate";
import { fail, isFailure } from "../core/failure";
import { checkPeriod, lastMonthWithData, readMonthRow } from "../core/months";
import { parseKind, parseMethod } from "../core/options";
import { monthRows } from "../core/shape";
import type { CalcFailure, MonthValue } from "../core/types";
import { toExcelError } from "../excel/errors";
import { allBlank, column, firstProblem, perRow } from "./lib/cells";

/**
 * Year-end estimate from the monthly rows (ước thực hiện năm): a year total for a flow, the year average for an index, the latest value for a level. Example: =CT.PROJECTM(H5:S5;H4:S4)
 * @customfunction PROJECTM
 * @param {any[][]} this_year_months T1..T12 of this year in a row (or several rows: one estimate per row). Blank = not reported yet.
 * @param {any[][]} [last_year_months] T1..T12 of last year, same rows; needed by "seasonal".
 * @param {any[][]} [kind] "flow" / "cộng dồn" (the default), "index" / "bình quân" or "level" / "cuối kỳ".
 * @param {any[][]} [method] "seasonal" (last year's shape; the default when last year is given), "runrate" (average month × 12) or "recent" (last 3 months' average for the months left).
 * @param {any[][]} [through_month] The last month with data to use, 1 to 12; when left out, the last month with data.
 * @returns {any[][]} One whole-year estimate per row, in the indicator's unit.
 */
export function PROJECTM(
  this_year_months: any[][],
  last_year_months?: any[][],
  kind?: any[][],
  method?: any[][],
  through_month?: any[][],
): any[][] {
  const rows = monthRows(this_year_months);
  const n = rows.length;
  const lyRows = last_year_months == null ? null : monthRows(last_year_months);
  if (lyRows && lyRows.length !== 1 && lyRows.length !== n) {
    return [[toExcelError(perRowMismatch(n, lyRows.length))]];
  }
  const kinds = perRow(kind ?? null, n, "kind");
  const methods = perRow(method ?? null, n, "method");
  const through = perRow(through_month ?? null, n, "through_month");
  for (const f of [kinds, methods, through]) if (isFailure(f)) return [[toExcelError(f)]];
  const kindAt = kinds as (i: number) => unknown;
  const methodAt = methods as (i: number) => unknown;
  const throughAt = through as (i: number) => unknown;
  return column(
    rows.map((row, i) => {
      if (allBlank(row)) return "";
      const th = toOptionalMonth(throughAt(i), "through_month");
      const kt = toOptionalText(kindAt(i), "kind");
      const mt = toOptionalText(methodAt(i), "method");
      const p0 = firstProblem(th, kt, mt);
      if (p0) return p0;
      const m = readMonthRow(row);
      if (isFailure(m) || isIncomingError(m)) return m;
      const lyRow = lyRows ? (lyRows.length === 1 ? lyRows[0] : lyRows[i]) : undefined;
      let ly: MonthValue[] | undefined;
      if (lyRow && !lyRow.every(isBlank)) {
        const r = readMonthRow(lyRow);
        if (isFailure(r) || isIncomingError(r)) return r;
        ly = r;
      }
      const k = parseKind(kt as string | null);
      if (typeof k !== "string") return k;
      const how = parseMethod(mt as string | null, ly && k === "flow" ? "seasonal" : "runrate");
      if (typeof how !== "string") return how;
      // Desktop Excel hands 0 for a blank cell: with no through_month, trailing zeros are not yet reported.
      const t = (th as number | null) ?? lastMonthWithData(m, true);
      if (t === 0)
        return estimateYear({
          kind: k,
          months: m,
          through: 12,
          method: how,
          lastYearMonths: ly,
        });
      return (
        checkPeriod(m, t, k) ??
        estimateYear({
          kind: k,
          months: m,
          through: t,
          method: how,
          lastYearMonths: ly,
        })
      );
    }),
  );
}

function perRowMismatch(n: number, got: number): CalcFailure {
  return fail("value", "shape-mismatch", { a: `${n}x12`, b: `${got}x12` });
}
