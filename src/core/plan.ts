import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * Percent of plan as a fraction (0.61 is 61% of the plan): actual / plan.
 * For a ceiling target (lowerIsBetter: CPI under 7%, losses under 5%) achievement reads the
 * other way: plan / actual, so coming in under the ceiling is above 1 (above plan).
 */
export function planPct(actual: number, plan: number, lowerIsBetter = false): number | CalcFailure {
  if (!Number.isFinite(actual)) return fail("num", "not-finite", { what: "actual" });
  if (!Number.isFinite(plan)) return fail("num", "not-finite", { what: "plan" });
  if (plan === 0) return fail("div0", "zero-plan");
  if (lowerIsBetter && actual === 0) return fail("div0", "zero-actual-ceiling");
  const r = lowerIsBetter ? plan / actual : actual / plan;
  return Number.isFinite(r) ? r : fail("num", "not-finite", { what: "percent of plan" });
}
