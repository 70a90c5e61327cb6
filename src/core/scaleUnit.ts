/**
 * Units that scale in sentences (DOMAIN.md): 4.567.835 tỷ đồng reads "4.567,8 nghìn tỷ đồng", 259.670 triệu USD
 * "259,67 tỷ USD", as the statistics office writes them. The table keeps the data's unit; only sentences scale.
 */
import type { Message } from "./message";
import { normalizeWord } from "./words";
import type { Lang } from "./types";

interface Scale {
  /** The unit as typed (normalized), in either language. */
  from: string[];
  /** From this magnitude up, the sentence uses the larger unit. */
  from_at: number;
  factor: number;
  to: Message;
  /** Decimals of the scaled figure, as the office prints it. */
  decimals: number;
  /**
   * Smaller figures the office also scales when nothing is lost: a month's 515.400 tỷ đồng reads "515,4 nghìn
   * tỷ đồng" (GSO), 1.563 triệu USD "1,563 tỷ USD" (Cục Thống kê Hà Nội); 485.984 tỷ đồng stays as it is.
   */
  exact?: { from_at: number; decimals: number };
}

const SCALES: Scale[] = [
  {
    from: ["ty dong", "billion vnd", "billion dong"],
    from_at: 1_000_000,
    factor: 1000,
    to: { vi: "nghìn tỷ đồng", en: "trillion VND" },
    decimals: 1,
    exact: { from_at: 100_000, decimals: 1 },
  },
  {
    from: ["trieu usd", "million usd"],
    from_at: 10_000,
    factor: 1000,
    to: { vi: "tỷ USD", en: "billion USD" },
    decimals: 2,
    exact: { from_at: 1_000, decimals: 3 },
  },
  {
    from: ["trieu dong", "million vnd", "million dong"],
    from_at: 1_000_000,
    factor: 1000,
    to: { vi: "tỷ đồng", en: "billion VND" },
    decimals: 1,
  },
];

export interface Scaled {
  value: number;
  unit: string;
  decimals: number;
}

/** The figure in the larger unit a sentence uses, or null when the unit does not scale or the figure is small. */
export function scaleUnit(value: number, unit: string, lang: Lang): Scaled | null {
  if (!Number.isFinite(value)) return null;
  const u = normalizeWord(unit);
  const s = SCALES.find((x) => x.from.includes(u));
  if (!s) return null;
  const a = Math.abs(value);
  if (a >= s.from_at) return { value: value / s.factor, unit: s.to[lang], decimals: s.decimals };
  if (s.exact && a >= s.exact.from_at && exactAt(value / s.factor, s.exact.decimals))
    return { value: value / s.factor, unit: s.to[lang], decimals: s.exact.decimals };
  return null;
}

/** True when `x` has no digit beyond `decimals` (within binary noise): 515,4 at 1; 1,563 at 3. */
function exactAt(x: number, decimals: number): boolean {
  const f = Math.pow(10, decimals);
  return Math.abs(Math.round(x * f) - x * f) < 1e-6;
}

/** Smaller units a sentence steps down to when the figure would print as 0 or one digit (0,004 triệu USD). */
const SMALLER: { from: string[]; factor: number; to: Message }[] = [
  { from: ["trieu usd", "million usd"], factor: 1000, to: { vi: "nghìn USD", en: "thousand USD" } },
  { from: ["ty usd", "billion usd"], factor: 1000, to: { vi: "triệu USD", en: "million USD" } },
  { from: ["ty dong", "billion vnd", "billion dong"], factor: 1000, to: { vi: "triệu đồng", en: "million VND" } },
  { from: ["nghin ty dong", "trillion vnd"], factor: 1000, to: { vi: "tỷ đồng", en: "billion VND" } },
  { from: ["trieu dong", "million vnd", "million dong"], factor: 1000, to: { vi: "nghìn đồng", en: "thousand VND" } },
  { from: ["nghin tan", "thousand tonnes", "thousand tons"], factor: 1000, to: { vi: "tấn", en: "tonnes" } },
];

/** Significant digits a non-zero figure keeps when printed with `decimals`: 0,004 at 2 keeps none. */
export function digitsShown(value: number, decimals: number): number {
  if (value === 0 || !Number.isFinite(value)) return Infinity;
  return decimals + Math.floor(Math.log10(Math.abs(value))) + 1;
}

/** Decimals that keep two significant digits of a small figure (0,004 → 4: "0,004"), never fewer than `decimals`. */
export function decimalsNeeded(value: number, decimals: number): number {
  const shownDigits = digitsShown(value, decimals);
  return shownDigits >= 2 ? decimals : Math.min(12, decimals + 2 - shownDigits);
}

/**
 * A figure too small for its unit in a sentence (printed with `decimals` it would read 0, or one digit):
 * the smaller unit (0,004 triệu USD → 4 nghìn USD), with the digits that figure needs; null when the figure
 * prints well, or the unit has no smaller one (the sentence then keeps the digits: decimalsNeeded).
 */
export function scaleDown(value: number, unit: string, decimals: number, lang: Lang): Scaled | null {
  if (digitsShown(value, decimals) >= 2) return null;
  const s = SMALLER.find((x) => x.from.includes(normalizeWord(unit)));
  if (!s) return null;
  const v = value * s.factor;
  const d = Math.abs(v) >= 1000 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return { value: v, unit: s.to[lang], decimals: decimalsNeeded(v, d) };
}
