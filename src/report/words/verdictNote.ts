/**
 * The cell note on a Vượt / Đạt / Không đạt cell: what kind of plan it is (a range, at least, at most, a
 * growth) and what was compared with it, in the report's language. It says the rule, never a figure of the
 * row: the cell is a formula that follows an edited estimate, and a note cannot.
 */
import { formatNumber, formatTrim } from "../../core/format";
import type { Lang } from "../../core/types";
import { EVALUATION } from "../../core/words";
import { figureWords } from "./gapWords";
import { type FigureKey } from "../measure/gaps";
import type { ValueKey } from "../measure/valueKey";
import type { PlanTarget } from "../../core/planTarget";
import type { ReportOptions } from "../period/options";

/** What a verdict judges: the figure `a` itself, or its growth on `base` (a growth plan, an index). */
export interface Judged {
  a: ValueKey;
  base?: ValueKey;
  byGrowth: boolean;
}

function baseWords(key: ValueKey, o: ReportOptions, lang: Lang): string {
  const vi = lang === "vi";
  if (key === "samePeriod") return vi ? `cùng kỳ năm ${o.year - 1}` : `the same period of ${o.year - 1}`;
  if (key === "lastYear") return vi ? `năm ${o.year - 1}` : `${o.year - 1}`;
  if (key === "monthBefore") return vi ? `tháng ${o.month}/${o.year - 1}` : `month ${o.month}/${o.year - 1}`;
  return figureWords(key as FigureKey, o.year, o.month, lang);
}

/** The note of a verdict cell; undefined for a plain number plan (its percent of plan needs no note). */
export function verdictNote(
  plan: PlanTarget,
  judged: Judged,
  o: ReportOptions,
  lowerIsBetter = false,
): string | undefined {
  if (plan.type === "number") return undefined;
  const { lang } = o;
  const vi = lang === "vi";
  const pct = judged.byGrowth ? "%" : "";
  const n = (x: number): string => `${formatTrim(x, 4, lang)}${pct}`;
  const [above, met, missed] = [EVALUATION.above[lang], EVALUATION.met[lang], EVALUATION.missed[lang]];
  const figure = figureWords(judged.a as FigureKey, o.year, o.month, lang);
  const what =
    judged.byGrowth && judged.base
      ? vi
        ? `tốc độ tăng của ${figure} so với ${baseWords(judged.base, o, lang)}`
        : `the growth of ${figure} on ${baseWords(judged.base, o, lang)}`
      : figure;
  switch (plan.type) {
    case "range":
      return vi
        ? `Kế hoạch là khoảng ${n(plan.low)}–${n(plan.high)}; so sánh ${what}: trong khoảng là ${met}, cao hơn là ${above}, thấp hơn là ${missed}.`
        : `The plan is the range ${n(plan.low)}–${n(plan.high)}; compared: ${what}. Within it is ${met}, above ${above}, below ${missed}.`;
    case "above":
      return plan.inclusive
        ? vi
          ? `Kế hoạch tối thiểu ${n(plan.value)}; so sánh ${what}: từ ${n(plan.value)} trở lên là ${met}, thấp hơn là ${missed}.`
          : `The plan is at least ${n(plan.value)}; compared: ${what}. ${n(plan.value)} or more is ${met}, less ${missed}.`
        : vi
          ? `Kế hoạch trên ${n(plan.value)}; so sánh ${what}: cao hơn ${n(plan.value)} là ${met}, còn lại là ${missed}.`
          : `The plan is over ${n(plan.value)}; compared: ${what}. More than ${n(plan.value)} is ${met}, else ${missed}.`;
    case "below":
      return plan.inclusive
        ? vi
          ? `Kế hoạch không quá ${n(plan.value)}; so sánh ${what}: từ ${n(plan.value)} trở xuống là ${met}, cao hơn là ${missed}.`
          : `The plan is at most ${n(plan.value)}; compared: ${what}. ${n(plan.value)} or less is ${met}, more ${missed}.`
        : vi
          ? `Kế hoạch dưới ${n(plan.value)}; so sánh ${what}: thấp hơn ${n(plan.value)} là ${met}, còn lại là ${missed}.`
          : `The plan is under ${n(plan.value)}; compared: ${what}. Less than ${n(plan.value)} is ${met}, else ${missed}.`;
    case "approx": {
      const v = `${formatNumber(plan.value, plan.decimals, lang)}${pct}`;
      const decimals = plan.decimals;
      if (lowerIsBetter)
        return vi
          ? `Kế hoạch khoảng ${v}, càng thấp càng tốt; so sánh ${what}, làm tròn ${decimals} chữ số thập phân: bằng hoặc thấp hơn là ${met}, cao hơn là ${missed}.`
          : `The plan is about ${v}, lower being better; compared: ${what}, rounded to ${decimals} decimals. Equal or lower is ${met}, higher ${missed}.`;
      return vi
        ? `Kế hoạch khoảng ${v}; so sánh ${what}, làm tròn ${decimals} chữ số thập phân: bằng là ${met}, cao hơn là ${above}, thấp hơn là ${missed}.`
        : `The plan is about ${v}; compared: ${what}, rounded to ${decimals} decimals. Equal is ${met}, higher ${above}, lower ${missed}.`;
    }
    case "growth": {
      const level = `${formatTrim(plan.value * 100, 4, lang)}%`;
      return vi
        ? `Kế hoạch tăng ${level}; so sánh ${what}, làm tròn 1 chữ số thập phân: cao hơn ${level} là ${above}, bằng là ${met}, thấp hơn là ${missed}.`
        : `The plan is a growth of ${level}; compared: ${what}, rounded to one decimal. Above ${level} is ${above}, equal ${met}, below ${missed}.`;
    }
  }
}
