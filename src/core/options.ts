/**
 * The CT functions' reading of the words officers type for a kind, a method, a language or a style:
 * the one catalogue of words (src/core/words.ts) with its one normaliser, and a #VALUE! quoting the
 * word when it names nothing.
 */
import { fail } from "./failure";
import type { CalcFailure, EstimateMethod, Kind, Lang } from "./types";
import { kindFromWord, langFromWord, methodFromWord, styleFromWord } from "./words";

/** "flow" / "cộng dồn" / "cong don" ... -> Kind; null (omitted) -> "flow". */
export function parseKind(text: string | null): Kind | CalcFailure {
  if (text === null) return "flow";
  return kindFromWord(text) ?? fail("value", "unknown-kind", { value: text });
}

/** "runrate" / "seasonal" / "recent" / "manual" (or Vietnamese) -> EstimateMethod; null -> `fallback`. */
export function parseMethod(text: string | null, fallback: EstimateMethod): EstimateMethod | CalcFailure {
  if (text === null) return fallback;
  return methodFromWord(text) ?? fail("value", "unknown-method", { value: text });
}

/** "vi" / "en" (also "vn", "tiếng việt", "english"); null -> "vi". */
export function parseLang(text: string | null): Lang | CalcFailure {
  if (text === null) return "vi";
  return langFromWord(text) ?? fail("value", "unknown-language", { value: text });
}

/** "exact" / "approx" (also "chính xác", "làm tròn", "gần đúng"); null -> "exact". */
export function parseStyle(text: string | null): "exact" | "approx" | CalcFailure {
  if (text === null) return "exact";
  return styleFromWord(text) ?? fail("value", "unknown-style", { value: text });
}
