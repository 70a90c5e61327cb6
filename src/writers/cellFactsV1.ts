/**
 * The workbook's fingerprint before the one scheme (src/core/package/fingerprint.ts): SHA-256 over the
 * sheets' names and every non-empty cell's place, formula, number format, constant and note, tagged
 * "v1:sha256:". Kept only to verify reports written by that version (src/writers/xlsxFingerprintV1.ts),
 * so an unedited one is still replaced without --force; nothing writes it any more.
 *
 * What it left out, because a faithful save rewrites it: cached formula results, styles, widths, and the
 * digits of a number past the 15th significant one (Excel keeps 15; LibreOffice writes full precision).
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** The version of the normalisation below: a new version must never compare equal to an old one. */
const VERSION = "v1";

/** One non-empty cell (or other unit of content: a Word paragraph is a "cell" of its own sheet). */
export interface CellFact {
  /** 0-based position of the sheet (or part) in the document. */
  sheet: number;
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The formula without its "=", when the cell holds one (its cached result is not part of the fact). */
  formula?: string;
  /** The constant, when the cell holds no formula. */
  value?: string | number | boolean | null;
  /** The number format code; "General" and none are the same. */
  format?: string;
  /** The cell's note (comment) text. */
  note?: string;
}

/**
 * A number to 15 significant digits, in one spelling ("d.ddde±N"; "-0" is "0"). The digits rounded are
 * those of the shortest decimal that reads back as the number (what JavaScript prints), half away from
 * zero: that is how LibreOffice writes a value to 15 digits, so 621.3007159904535 (whose exact binary value
 * is 621.30071599045345…) gives 621.300715990454 here and in LibreOffice's file, where toPrecision(15)
 * would say …453 and call an unedited report edited.
 */
export function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const [mantissa, exponentText] = Math.abs(n).toExponential().split("e") as [string, string];
  let exponent = Number(exponentText);
  let digits = mantissa.replace(".", "");
  if (digits.length > 15) {
    const up = digits.charCodeAt(15) - 48 >= 5;
    const kept = digits.slice(0, 15).split("").map(Number);
    if (up) {
      let i = 14;
      while (i >= 0 && kept[i] === 9) kept[i--] = 0;
      if (i >= 0) kept[i] = (kept[i] as number) + 1;
      else {
        kept.unshift(1);
        kept.pop();
        exponent++;
      }
    }
    digits = kept.join("");
  }
  digits = digits.replace(/0+$/, "") || "0";
  const text = `${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ""}e${exponent}`;
  return n < 0 ? `-${text}` : text;
}

function canonicalFormat(format: string | undefined): string {
  const f = (format ?? "").trim();
  return f.toLowerCase() === "general" ? "" : f;
}

function canonicalText(t: string): string {
  // Line ends differ between writers; Unicode may arrive composed or not.
  return t.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** The one line a cell contributes to the fingerprint, or null when the cell is empty (no content, no note). */
export function cellFactLine(fact: CellFact): string | null {
  const note = fact.note === undefined ? "" : canonicalText(fact.note).trim();
  let content: string;
  if (fact.formula !== undefined && fact.formula !== "") {
    content = `f=${fact.formula.replace(/^=/, "").trim()}`;
  } else if (typeof fact.value === "number") {
    content = `n=${canonicalNumber(fact.value)}`;
  } else if (typeof fact.value === "boolean") {
    content = `b=${fact.value ? 1 : 0}`;
  } else if (typeof fact.value === "string" && fact.value !== "") {
    content = `s=${canonicalText(fact.value)}`;
  } else {
    content = "";
  }
  if (content === "" && note === "") return null;
  const format = content === "" ? "" : canonicalFormat(fact.format);
  return [fact.sheet, fact.row, fact.col, content, format, note].map((p) => JSON.stringify(p)).join(",");
}

/** The fingerprint of a document: its sheet (or part) names in order and its cells, in any order. */
export function fingerprint(sheetNames: readonly string[], cells: Iterable<CellFact>): string {
  const lines: string[] = [];
  for (const c of cells) {
    const line = cellFactLine(c);
    if (line !== null) lines.push(line);
  }
  lines.sort();
  const text = [`sheets=${JSON.stringify(sheetNames.map(canonicalText))}`, ...lines].join("\n");
  return `${VERSION}:sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
