import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * Points of growth a part contributed to the whole, as a fraction of the whole's base:
 * (partNow − partBefore) / totalBefore. 0.012 is 1.2 percentage points (điểm phần trăm).
 * The parts' contributions add up to the whole's growth.
 */
export function contribution(partNow: number, partBefore: number, totalBefore: number): number | CalcFailure {
  if (!Number.isFinite(partNow)) return fail("num", "not-finite", { what: "part_now" });
  if (!Number.isFinite(partBefore)) return fail("num", "not-finite", { what: "part_before" });
  if (!Number.isFinite(totalBefore)) return fail("num", "not-finite", { what: "total_before" });
  if (totalBefore === 0) return fail("div0", "zero-total");
  const r = (partNow - partBefore) / totalBefore;
  return Number.isFinite(r) ? r : fail("num", "not-finite", { what: "contribution" });
}
