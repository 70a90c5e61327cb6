/**
 * Rounded speech as statistics offices write it (DOMAIN.md, "What real published reports do"): a sentence may
 * round a figure ONE step coarser than the table's last printed digit, never more, and then says "gần"
 * (nearly) or "hơn" (more than) by the side the true value lies on: 60,96% (table 61,0) → "gần 61%";
 * 11.093 (table 11.093) → "hơn 11.090"; 720,6 → "gần 721". An exact figure stays as printed (21.000); a
 * figure half-way between two coarser ones (74,5; 82,5) or too far from the coarser one (5,2 is 4% from 5)
 * keeps its printed digits.
 */
import { roundHalfAway } from "./format";

/** Relative distance to the coarser figure under which officers say "gần" / "hơn" instead of the digits. */
export const HEDGE_TOLERANCE = 0.02;

export interface Hedged {
  /** "under": the true value is below `value` ("gần"); "over": above ("hơn"); "printed": say `value` as is. */
  side: "under" | "over" | "printed";
  /** The figure to write. */
  value: number;
  /** Its decimals (0 for a figure rounded to tens, hundreds …). */
  decimals: number;
}

/** `x` rounded to `d` decimals, where a negative `d` rounds to tens (−1), hundreds (−2) … */
export function roundTo(x: number, d: number): number {
  if (d >= 0) return roundHalfAway(x, d);
  const f = Math.pow(10, -d);
  return roundHalfAway(x / f, 0) * f;
}

/**
 * How a sentence says `x` when the table prints it with `printedDecimals` decimals (0 for 21.000, 1 for
 * 119,6; 2 for 7,63). Judged on the true value `x`, not on the printed one.
 */
export function hedge(x: number, printedDecimals: number): Hedged {
  const printed: Hedged = {
    side: "printed",
    value: roundTo(x, printedDecimals),
    decimals: Math.max(0, printedDecimals),
  };
  if (!Number.isFinite(x) || x === 0) return printed;
  const coarse = printedDecimals - 1;
  const step = Math.pow(10, -coarse);
  const a = Math.abs(x);
  const target = roundTo(a, coarse);
  if (target === 0) return printed;
  const gap = target - a;
  // Exact: the coarser figure is the value itself (21.000 tỷ đồng).
  if (Math.abs(gap) <= 1e-9 * Math.max(1, a)) return printed;
  // Half-way on the printed figure: neither side is honest (74,5 is as near 74 as 75).
  const shown = roundTo(a, printedDecimals);
  if (Math.abs(Math.abs(shown - target) - step / 2) <= 1e-9 * Math.max(1, a)) return printed;
  if (Math.abs(gap) / target > HEDGE_TOLERANCE) return printed;
  return { side: gap > 0 ? "under" : "over", value: Math.sign(x) * target, decimals: Math.max(0, coarse) };
}
