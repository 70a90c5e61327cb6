import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * The monthly average still needed over the rest of the year to reach the plan:
 * (plan − ytd) / (12 − month). Once the plan is reached it is 0 (nothing more is needed).
 * In month 12 with the plan not reached no month is left: #N/A with a message.
 */
export function needed(ytd: number, plan: number, month: number): number | CalcFailure {
  if (!Number.isFinite(ytd)) return fail("num", "not-finite", { what: "YTD" });
  if (!Number.isFinite(plan)) return fail("num", "not-finite", { what: "plan" });
  if (!Number.isInteger(month) || month < 1 || month > 12) return fail("value", "month-range", { value: month });
  if (ytd >= plan) return 0;
  if (month === 12) return fail("na", "year-over");
  const r = (plan - ytd) / (12 - month);
  return Number.isFinite(r) ? r : fail("num", "not-finite", { what: "needed" });
}
