/**
 * Numbers typed or pasted as text ("21.000", "5,2", "1,234.5"), read by the data's declared style.
 * A dot or a comma changes a number a thousandfold, so the reader reports how each text was read.
 */

export type NumberStyle = "vi" | "en";

/** A number style in words, for the messages that name it ("kiểu số Việt Nam", "English style"). */
export const NUMBER_STYLE_WORDS: Record<NumberStyle, { vi: string; en: string }> = {
  vi: { vi: "Việt Nam", en: "Vietnamese" },
  en: { vi: "quốc tế", en: "English" },
};

/** How a text number was read. */
export interface NumberReading {
  value: number;
  /** The style that read it: the declared one, or the other when the declared one cannot. */
  style: NumberStyle;
  /** True when the other style reads the same text as a different number ("2.200": 2200 or 2.2). */
  ambiguous: boolean;
}

function strictParse(text: string, style: NumberStyle): number | null {
  const group = style === "vi" ? "\\." : ",";
  const decimal = style === "vi" ? "," : "\\.";
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${group}\\d{3})+(${decimal}\\d+)?$`);
  const plain = new RegExp(`^[+-]?(\\d+)(${decimal}\\d+)?$|^[+-]?${decimal}\\d+$`);
  if (!grouped.test(text) && !plain.test(text)) return null;
  const groupChar = style === "vi" ? "." : ",";
  const decimalChar = style === "vi" ? "," : ".";
  const normal = text.split(groupChar).join("").replace(decimalChar, ".");
  const v = Number(normal);
  return Number.isFinite(v) ? v : null;
}

/**
 * Read a text number by `style`. Spaces (also non-breaking and thin ones) are ignored, a trailing "%" is
 * dropped (the unit column says percent). Returns null when neither style can read the text.
 */
export function parseNumberText(raw: string, style: NumberStyle = "vi"): NumberReading | null {
  const text = raw
    .replace(/[\s\u00a0\u2009\u202f]/g, "")
    .replace(/%$/, "")
    .replace(/^\u2212/, "-");
  if (text === "") return null;
  const other: NumberStyle = style === "vi" ? "en" : "vi";
  const mine = strictParse(text, style);
  const theirs = strictParse(text, other);
  if (mine !== null) return { value: mine, style, ambiguous: theirs !== null && theirs !== mine };
  if (theirs !== null) return { value: theirs, style: other, ambiguous: false };
  return null;
}
