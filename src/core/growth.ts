import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * Growth on the same period as a fraction: 0.052 is +5.2%.
 * Rule for a negative base: growth = (current − previous) / |previous|, so a loss that shrinks
 * (−10 → −5) reads as a rise (+50%) and a loss that deepens (−10 → −15) as a fall (−50%).
 * For a positive base this is exactly Excel's =current/previous−1.
 */
export function growth(current: number, previous: number): number | CalcFailure {
  if (!Number.isFinite(current)) return fail("num", "not-finite", { what: "current" });
  if (!Number.isFinite(previous)) return fail("num", "not-finite", { what: "previous" });
  if (previous === 0) return fail("div0", "zero-base");
  const g = (current - previous) / Math.abs(previous);
  return Number.isFinite(g) ? g : fail("num", "not-finite", { what: "growth" });
}

/**
 * The comparison as an index with the previous period = base (105.2 for +5.2% with base 100).
 * index = base × (1 + growth), which is Excel's =current/previous×base for a positive previous
 * and follows growth()'s rule for a negative one.
 */
export function indexOf(current: number, previous: number, base = 100): number | CalcFailure {
  if (!Number.isFinite(base)) return fail("num", "not-finite", { what: "base" });
  const g = growth(current, previous);
  if (typeof g !== "number") return g;
  const i = previous > 0 ? (current / previous) * base : base * (1 + g);
  return Number.isFinite(i) ? i : fail("num", "not-finite", { what: "index" });
}
