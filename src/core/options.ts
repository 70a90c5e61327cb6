/** Parsing of the words officers type for a kind or an estimate method, in English or Vietnamese. */
import { fold } from "./coerce";
import { fail } from "./failure";
import type { CalcFailure, EstimateMethod, Kind, Lang } from "./types";

const KINDS: Record<string, Kind> = {
  flow: "flow",
  "cong don": "flow",
  "luy ke": "flow",
  sum: "flow",
  index: "index",
  "binh quan": "index",
  average: "index",
  level: "level",
  "cuoi ky": "level",
  last: "level",
};

const METHODS: Record<string, EstimateMethod> = {
  runrate: "runrate",
  "run rate": "runrate",
  "binh quan thang": "runrate",
  seasonal: "seasonal",
  "mua vu": "seasonal",
  "theo mua vu": "seasonal",
  recent: "recent",
  "gan day": "recent",
  "thang gan day": "recent",
  manual: "manual",
  "thu cong": "manual",
};

/** "flow" / "cộng dồn" / "cong don" ... -> Kind; null (omitted) -> "flow". */
export function parseKind(text: string | null): Kind | CalcFailure {
  if (text === null) return "flow";
  return KINDS[fold(text)] ?? fail("value", "unknown-kind", { value: text });
}

/** "runrate" / "seasonal" / "recent" / "manual" (or Vietnamese) -> EstimateMethod; null -> `fallback`. */
export function parseMethod(text: string | null, fallback: EstimateMethod): EstimateMethod | CalcFailure {
  if (text === null) return fallback;
  return METHODS[fold(text)] ?? fail("value", "unknown-method", { value: text });
}

/** "vi" / "en" (also "vn", "tiếng việt", "english"); null -> "vi". */
export function parseLang(text: string | null): Lang | CalcFailure {
  if (text === null) return "vi";
  const t = fold(text);
  if (t === "vi" || t === "vn" || t === "vi vn" || t === "tieng viet" || t === "vietnamese") return "vi";
  if (t === "en" || t === "en us" || t === "english" || t === "tieng anh") return "en";
  return fail("value", "unknown-language", { value: text });
}

/** "exact" / "approx" (also "chính xác", "làm tròn", "gần đúng"); null -> "exact". */
export function parseStyle(text: string | null): "exact" | "approx" | CalcFailure {
  if (text === null) return "exact";
  const t = fold(text);
  if (t === "exact" || t === "chinh xac") return "exact";
  if (t === "approx" || t === "approximate" || t === "lam tron" || t === "gan dung") return "approx";
  return fail("value", "unknown-style", { value: text });
}
