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
}

const SCALES: Scale[] = [
  {
    from: ["ty dong", "billion vnd", "billion dong"],
    from_at: 1_000_000,
    factor: 1000,
    to: { vi: "nghìn tỷ đồng", en: "trillion VND" },
    decimals: 1,
  },
  {
    from: ["trieu usd", "million usd"],
    from_at: 10_000,
    factor: 1000,
    to: { vi: "tỷ USD", en: "billion USD" },
    decimals: 2,
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
  if (!s || Math.abs(value) < s.from_at) return null;
  return { value: value / s.factor, unit: s.to[lang], decimals: s.decimals };
}
