import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * Average yearly growth over a term as a fraction: (end / start)^(1 / years) − 1.
 * start = 0 is #DIV/0! (as Excel's own formula); a negative start or end has no meaningful
 * yearly rate and is #VALUE! with a message (Excel's formula would give a number for two
 * negatives and #NUM! for mixed signs). years ≤ 0 is #VALUE!.
 */
export function cagr(start: number, end: number, years: number): number | CalcFailure {
  if (!Number.isFinite(start)) return fail("num", "not-finite", { what: "start" });
  if (!Number.isFinite(end)) return fail("num", "not-finite", { what: "end" });
  if (!Number.isFinite(years)) return fail("num", "not-finite", { what: "years" });
  if (years <= 0) return fail("value", "years-positive", { value: years });
  if (start === 0) return fail("div0", "zero-start");
  if (start < 0 || end < 0) return fail("value", "cagr-sign", { start, end });
  const r = Math.pow(end / start, 1 / years) - 1;
  return Number.isFinite(r) ? r : fail("num", "not-finite", { what: "growth" });
}
