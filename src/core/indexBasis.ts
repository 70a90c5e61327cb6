/**
 * CT.AVGINDEX's basis argument, read with the catalogue's words (src/core/words.ts, INDEX_BASIS_WORDS), the
 * same words the reader takes after an index's kind.
 */
import { fail } from "./failure";
import type { IndexBasis } from "./indexAverage";
import type { CalcFailure } from "./types";
import { indexBasisFromWord } from "./words";

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
