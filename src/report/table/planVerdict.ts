/** A plan as the report writes it, and the Vượt / Đạt / Không đạt verdict on a figure against it. Pure. */
import { roundHalfAway } from "../../core/format";
import type { Lang } from "../../core/types";
import { EVALUATION } from "../../core/words";
import type { PlanTarget } from "../../core/planTarget";

export { evaluate, planText } from "../measure/planJudge";

/** The same verdict as a native formula over the metric x (a cell reference or an expression). */
export function evaluationFormula(plan: PlanTarget, x: string, lang: Lang, lowerIsBetter = false): string {
  const w = (k: "above" | "met" | "missed"): string => `"${EVALUATION[k][lang]}"`;
  switch (plan.type) {
    case "range":
      return `IF(${x}<${plan.low},${w("missed")},IF(${x}>${plan.high},${w("above")},${w("met")}))`;
    case "below":
      return `IF(${x}${plan.inclusive ? "<=" : "<"}${plan.value},${w("met")},${w("missed")})`;
    case "above":
      return `IF(${x}${plan.inclusive ? ">=" : ">"}${plan.value},${w("met")},${w("missed")})`;
    case "approx": {
      const r = `ROUND(${x},${plan.decimals})`;
      const v = roundHalfAway(plan.value, plan.decimals);
      return lowerIsBetter
        ? `IF(${r}<=${v},${w("met")},${w("missed")})`
        : `IF(${r}>${v},${w("above")},IF(${r}<${v},${w("missed")},${w("met")}))`;
    }
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return `IF(${x}>${t},${w("above")},IF(${x}>=${t},${w("met")},${w("missed")}))`;
    }
    case "number":
      return `IF(${x}>=${plan.value},${w("met")},${w("missed")})`;
  }
}
