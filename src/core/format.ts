/**
 * Numbers as officers write them: Vietnamese style groups thousands with a dot and marks
 * decimals with a comma (21.000; 5,2); English style the other way round (21,000; 5.2).
 */
import type { Lang } from "./types";

/** The thousands and decimal marks of a language. */
export function separators(lang: Lang): { group: string; decimal: string } {
  return lang === "vi" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

/**
 * `x` rounded to `decimals` places and written in the language's style: formatNumber(21000, 0, "vi") is
 * "21.000", formatNumber(5.24, 1, "en") is "5.2". Never prints "-0". A value that is not finite prints as "".
 */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(x)) return "";
  const d = Math.max(0, Math.min(20, Math.floor(decimals))); // toFixed and Excel's 15 significant digits
  if (Math.abs(x) >= 1e21) {
    // Beyond toFixed's range: scientific notation, with the language's decimal mark.
    return x.toExponential(Math.min(d, 6)).replace(".", separators(lang).decimal);
  }
  const fixed = roundHalfAway(x, d).toFixed(d);
  const negative = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const body = fixed.replace(/^-/, "");
  const [whole = "0", frac] = body.split(".");
  const { group, decimal } = separators(lang);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? "-" : "") + grouped + (frac !== undefined ? decimal + frac : "");
}

/** A fraction as a percent: formatPercent(0.052, 1, "vi") is "5,2%". */
export function formatPercent(fraction: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(fraction)) return "";
  return formatNumber(fraction * 100, decimals, lang) + "%";
}

/** Like formatNumber, but drops trailing zeros of the decimals: 61,0 -> 61; 7,60 -> 7,6. */
export function formatTrim(x: number, decimals: number, lang: Lang): string {
  const s = formatNumber(x, decimals, lang);
  const { decimal } = separators(lang);
  if (!s.includes(decimal) || s.includes("e")) return s;
  return s.replace(/0+$/, "").replace(new RegExp("\\" + decimal + "$"), "");
}

/** Round half away from zero at `d` decimals, robust to binary noise (1.005 -> 1.01). */
export function roundHalfAway(x: number, d: number): number {
  const f = Math.pow(10, d);
  const scaled = Math.abs(x) * f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / f;
}
