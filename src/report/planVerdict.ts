/** A plan as the report writes it, and the Vượt / Đạt / Không đạt verdict on a figure against it. Pure. */
import { formatTrim, roundHalfAway } from "../core/format";
import type { Lang } from "../core/types";
import { EVALUATION, inLang } from "../core/words";
import type { PlanTarget } from "./types";

/** A plan as the report writes it: 34.540 stays a number; "6,6–6,8", "dưới 8", "tăng 14%" as words. */
export function planText(plan: PlanTarget, lang: Lang): string {
  const n = (x: number): string => formatTrim(x, 4, lang);
  switch (plan.type) {
    case "number":
      return n(plan.value);
    case "range":
      return `${n(plan.low)}–${n(plan.high)}`;
    case "below":
      return plan.inclusive
        ? inLang(lang, `không quá ${n(plan.value)}`, `at most ${n(plan.value)}`)
        : inLang(lang, `dưới ${n(plan.value)}`, `under ${n(plan.value)}`);
    case "above":
      return plan.inclusive
        ? inLang(lang, `tối thiểu ${n(plan.value)}`, `at least ${n(plan.value)}`)
        : inLang(lang, `trên ${n(plan.value)}`, `over ${n(plan.value)}`);
    case "growth":
      return inLang(lang, `tăng ${n(plan.value * 100)}%`, `up ${n(plan.value * 100)}%`);
  }
}

/** A non-numeric plan's evaluation of metric x (in the plan's own terms). */
export function evaluate(plan: PlanTarget, x: number): "above" | "met" | "missed" {
  switch (plan.type) {
    case "range":
      return x < plan.low ? "missed" : x > plan.high ? "above" : "met";
    case "below":
      return x < plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "above":
      return x > plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return x > t ? "above" : x >= t ? "met" : "missed";
    }
    case "number":
      return x >= plan.value ? "met" : "missed";
  }
}

/** The same verdict as a native formula over the metric x (a cell reference or an expression). */
export function evaluationFormula(plan: PlanTarget, x: string, lang: Lang): string {
  const w = (k: "above" | "met" | "missed"): string => `"${EVALUATION[k][lang]}"`;
  switch (plan.type) {
    case "range":
      return `IF(${x}<${plan.low},${w("missed")},IF(${x}>${plan.high},${w("above")},${w("met")}))`;
    case "below":
      return `IF(${x}${plan.inclusive ? "<=" : "<"}${plan.value},${w("met")},${w("missed")})`;
    case "above":
      return `IF(${x}${plan.inclusive ? ">=" : ">"}${plan.value},${w("met")},${w("missed")})`;
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return `IF(${x}>${t},${w("above")},IF(${x}>=${t},${w("met")},${w("missed")}))`;
    }
    case "number":
      return `IF(${x}>=${plan.value},${w("met")},${w("missed")})`;
  }
}
