/** A plan as the report and its sentences write it, and the Vượt / Đạt / Không đạt verdict on a figure against it. Pure. */
import { formatNumber, formatTrim, roundHalfAway } from "../../core/format";
import type { Lang } from "../../core/types";
import { inLang } from "../../core/words";
import type { PlanTarget } from "../../core/planTarget";

/**
 * A plan as the report writes it, in words the parser reads back to the same plan: 34.540 stays a number;
 * "6,6–6,8", "dưới 8", "tăng 8% trở lên", "khoảng 4,5%", "tăng 14%" as words.
 */
export function planText(plan: PlanTarget, lang: Lang): string {
  const n = (x: number): string => formatTrim(x, 4, lang);
  if (plan.type === "number") return n(plan.value);
  if (plan.type === "growth") return inLang(lang, `tăng ${n(plan.value * 100)}%`, `up ${n(plan.value * 100)}%`);
  const p = plan.percent || plan.growth ? "%" : "";
  const g = (vi: string, en: string): string =>
    plan.growth ? inLang(lang, `tăng ${vi}`, `up ${en}`) : inLang(lang, vi, en);
  switch (plan.type) {
    case "range":
      return g(`${n(plan.low)}–${n(plan.high)}${p}`, `${n(plan.low)}–${n(plan.high)}${p}`);
    case "approx": {
      const v = formatNumber(plan.value, plan.decimals, lang) + p;
      return g(`khoảng ${v}`, `about ${v}`);
    }
    case "below": {
      const v = n(plan.value) + p;
      return plan.inclusive ? g(`không quá ${v}`, `at most ${v}`) : g(`dưới ${v}`, `under ${v}`);
    }
    case "above": {
      const v = n(plan.value) + p;
      if (plan.inclusive) return plan.growth ? g(`${v} trở lên`, `${v} or more`) : g(`tối thiểu ${v}`, `at least ${v}`);
      return g(`trên ${v}`, `over ${v}`);
    }
  }
}

/**
 * A non-numeric plan's evaluation of metric x (in the plan's own terms: the growth in percent for a growth
 * plan or a plan on the growth, else the value). An approximate target ("khoảng 4,5%") is Đạt when x rounds
 * to it at the plan's printed decimals, Vượt above, Không đạt below; for an indicator where lower is better
 * (the CPI, whose "khoảng" target is a ceiling in practice) it is Đạt when x rounds to it or below.
 */
export function evaluate(plan: PlanTarget, x: number, lowerIsBetter = false): "above" | "met" | "missed" {
  switch (plan.type) {
    case "range":
      return x < plan.low ? "missed" : x > plan.high ? "above" : "met";
    case "below":
      return x < plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "above":
      return x > plan.value || (plan.inclusive === true && x === plan.value) ? "met" : "missed";
    case "approx": {
      const r = roundHalfAway(x, plan.decimals);
      const v = roundHalfAway(plan.value, plan.decimals);
      if (lowerIsBetter) return r <= v ? "met" : "missed";
      return r > v ? "above" : r < v ? "missed" : "met";
    }
    case "growth": {
      const t = roundHalfAway(plan.value * 100, 10);
      return x > t ? "above" : x >= t ? "met" : "missed";
    }
    case "number":
      return x >= plan.value ? "met" : "missed";
  }
}
