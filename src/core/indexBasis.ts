/**
 * CT.AVGINDEX's basis argument, read with the catalogue's words (src/core/words.ts, INDEX_BASIS_WORDS), the
 * same words the reader takes after an index's kind.
 */
import { fail } from "./failure";
import type { IndexBasis } from "./indexAverage";
import type { CalcFailure } from "./types";
import { indexBasisFromWord, normalizeWord } from "./words";

/**
 * The typed basis, or by default a fixed base when last year's months are given. Without last year's months
 * the basis must be said: fixed-base numbers read as same-month indices would turn 161,45 into +61%.
 */
export function parseIndexBasis(text: string | null, hasLastYear: boolean): IndexBasis | CalcFailure {
  if (text === null) return hasLastYear ? "fixed" : fail("value", "index-basis", { value: "" });
  const b = indexBasisFromWord(text);
  if (b === null) return fail("value", "index-basis", { value: text });
  if (b === "fixed" && !hasLastYear) return fail("na", "missing", { what: "last_year_months" });
  return b;
}

/** Words in an indicator's name (normalized) that say its months are on the same month of last year. */
const SAME_MONTH_NAME = /\b(?:so voi cung ky|so voi cung thang|cung ky nam truoc|cung thang nam truoc)\b/;

/**
 * The basis an index row's NAME says, for a row whose kind gives none: "Chỉ số giá tiêu dùng (so với cùng
 * kỳ)", "… cùng kỳ năm trước", "CPI (cùng kỳ)" are indices on the same month of last year (107,63), never
 * fixed-base numbers. With the words as written, or null when the name says no basis.
 */
export function indexBasisFromName(name: string): { basis: IndexBasis; words: string } | null {
  for (const inBrackets of name.matchAll(/\(([^()]*)\)/g)) {
    const words = (inBrackets[1] ?? "").trim();
    const n = normalizeWord(words);
    if (n === "cung ky" || SAME_MONTH_NAME.test(n)) return { basis: "same-month", words };
  }
  const m = SAME_MONTH_NAME.exec(normalizeWord(name));
  return m ? { basis: "same-month", words: asWritten(name, m[0]) } : null;
}

/** The words of `name` that normalize to `found` ("so voi cung ky" -> "so với cùng kỳ"), else `found`. */
function asWritten(name: string, found: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const want = found.split(" ");
  for (let i = 0; i + want.length <= words.length; i++) {
    const span = words.slice(i, i + want.length);
    if (normalizeWord(span.join(" ")) === found) return span.join(" ");
  }
  return found;
}
