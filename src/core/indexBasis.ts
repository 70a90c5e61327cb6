/**
 * The words that declare how a row of monthly index numbers is based (docs/data-layout.md): a fixed base
 * ("gốc cố định", "2019 = 100") or the same month of last year ("cùng kỳ", "so với cùng tháng năm trước").
 * One place for the reader's kind word and CT.AVGINDEX's basis argument.
 */
import { fold } from "./coerce";
import { fail } from "./failure";
import type { IndexBasis } from "./indexAverage";
import type { CalcFailure } from "./types";

const FIXED = ["fixed", "fixed base", "goc co dinh", "co dinh", "ky goc co dinh"];
const SAME_MONTH = [
  "same month",
  "same-month",
  "yoy",
  "year on year",
  "cung ky",
  "so cung ky",
  "cung thang",
  "so voi cung thang nam truoc",
  "so voi cung ky",
];

/** The basis a word names, or null when the word names none. "2019 = 100" names a fixed base. */
export function indexBasisFromWord(text: string): IndexBasis | null {
  const t = fold(text).replace(/-/g, " ").trim();
  if (FIXED.includes(t) || /^(nam goc )?\d{4} ?= ?100$/.test(t)) return "fixed";
  if (SAME_MONTH.map((w) => w.replace(/-/g, " ")).includes(t)) return "same-month";
  return null;
}

/**
 * CT.AVGINDEX's basis: the typed word, or by default a fixed base when last year's months are given.
 * Without last year's months the basis must be said: fixed-base numbers read as same-month indices would
 * turn 161,45 into +61%.
 */
export function parseIndexBasis(text: string | null, hasLastYear: boolean): IndexBasis | CalcFailure {
  if (text === null) return hasLastYear ? "fixed" : fail("value", "index-basis", { value: "" });
  const b = indexBasisFromWord(text);
  if (b === null) return fail("value", "index-basis", { value: text });
  if (b === "fixed" && !hasLastYear) return fail("na", "missing", { what: "last_year_months" });
  return b;
}
