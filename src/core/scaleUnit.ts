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
