/**
 * Plans as officers write them (DOMAIN.md, "Plans as written"): a number, a range "từ 6,5 đến 7%", a bound
 * "dưới 3" / "không quá 5%" / "tăng 8% trở lên", an approximate target "khoảng 4,5%", or a growth "tăng 14%".
 * One parser, used by the report's reader and by CT.PLANPCT. Pure.
 */
import { parseNumberText, type NumberStyle } from "./numberText";
import { normalizeWord } from "./words";

/**
 * A plan. `growth` marks a bound, range or approximate target on the growth in percent ("tăng 8% trở lên":
 * value 8), not on the value itself; `percent` keeps the "%" the officer typed; `inclusive` says the bound
 * itself meets the plan ("không quá 4", "tối thiểu 10", "10 trở lên"), "dưới" / "trên" do not. An approximate
 * target keeps the decimals it was written with ("khoảng 4,5%": 1), the precision it is judged at.
 */
export type PlanTarget =
  | { type: "number"; value: number }
  | { type: "range"; low: number; high: number; growth?: boolean; percent?: boolean }
  | { type: "below"; value: number; inclusive?: boolean; growth?: boolean; percent?: boolean }
  | { type: "above"; value: number; inclusive?: boolean; growth?: boolean; percent?: boolean }
  | { type: "growth"; value: number } // fraction: "tăng 14%" -> 0.14
  | { type: "approx"; value: number; decimals: number; growth?: boolean; percent?: boolean };

const NUM = "[+-]?[0-9][0-9.,]*";
const GROWTH = /^(?:tang truong|tang|growth of|growth|up|grow by|grow|\+)\s*/;
const APPROX = /^(?:khoang chung|khoang|xap xi|chung|approximately|approx|about|around|circa|~)\s*/;
/** Bounds whose value itself meets the plan come first, so "khong qua" wins over a shorter word. */
const BELOW_INCLUSIVE = /^(?:khong vuot qua|khong qua|toi da|<=|≤|at most|no more than|not more than|max)\s*/;
const BELOW = /^(?:duoi|nho hon|thap hon|<|under|below|less than)\s*/;
const ABOVE_INCLUSIVE =
  /^(?:it nhat|toi thieu|khong duoi|khong thap hon|>=|≥|at least|no less than|not less than|min)\s*/;
const ABOVE = /^(?:tren|lon hon|cao hon|hon|>|over|above|more than)\s*/;
const FROM = /^(?:tu|from)\s*/;
const OR_MORE = /\s*(?:tro len|or more|and above|or above)$/;
const OR_LESS = /\s*(?:tro xuong|or less|and below|or below)$/;

type Qualifier = "approx" | "below" | "belowInc" | "above" | "aboveInc" | "from";

const QUALIFIERS: [RegExp, Qualifier][] = [
  [APPROX, "approx"],
  [BELOW_INCLUSIVE, "belowInc"],
  [BELOW, "below"],
  [ABOVE_INCLUSIVE, "aboveInc"],
  [ABOVE, "above"],
  [FROM, "from"],
];

interface Read {
  value: number;
  decimals: number;
}

/** A number as typed, with the decimals it was written with, by the data's style (the other when needed). */
function readNumber(text: string, style: NumberStyle): Read | null {
  const r = parseNumberText(text, style);
  if (!r) return null;
  const sep = r.style === "vi" ? "," : ".";
  const at = text.lastIndexOf(sep);
  const decimals = at < 0 ? 0 : text.replace(/%$/, "").length - at - 1;
  return { value: r.value, decimals };
}

/**
 * Read a plan cell's text; null when it cannot be read ("unreadable": the reader shows the text as typed with
 * a problem). A plain number text gives a "number" plan. A growth word ("tăng") needs a "%". A bare "14%",
 * "14 %" or "+14%" is the growth plan "tăng 14%", unless `percentIndicator` (a rate in %: "98%" is its value).
 */
export function parsePlanText(raw: string, style: NumberStyle = "vi", percentIndicator = false): PlanTarget | null {
  let s = normalizeWord(raw.replace(/[–—−]/g, "-").replace(/[~≈]/g, " khoang "))
    .replace(/\s*%/g, "%")
    .replace(/\s*-\s*/g, "-");
  if (s === "") return null;
  const percent = s.includes("%");
  let growth = false;
  let qualifier: Qualifier | null = null;
  // "tăng khoảng 4,5%", "khoảng tăng 4,5%", "tối thiểu tăng 8%": the growth word and one qualifier, either order.
  for (let pass = 0; pass < 2; pass++) {
    const g = GROWTH.exec(s);
    // "+5%" is a growth; "+5" alone is a signed number.
    if (g && !growth && (g[0].trim() !== "+" || percent)) {
      growth = true;
      s = s.slice(g[0].length);
      continue;
    }
    if (qualifier === null)
      for (const [re, q] of QUALIFIERS) {
        const m = re.exec(s);
        if (m) {
          qualifier = q;
          s = s.slice(m[0].length);
          break;
        }
      }
  }
  let suffix: "orMore" | "orLess" | null = null;
  if (OR_MORE.test(s)) suffix = "orMore";
  else if (OR_LESS.test(s)) suffix = "orLess";
  s = s.replace(OR_MORE, "").replace(OR_LESS, "").trim();
  if (growth && !percent) return null;
  const extra = (): { growth?: boolean; percent?: boolean } => ({
    ...(growth ? { growth: true } : {}),
    ...(percent ? { percent: true } : {}),
  });

  const range = new RegExp(`^(${NUM})%?(?:-|\\s+(?:den|to)\\s+)(${NUM})%?$`).exec(s);
  if (range && range[1] && range[2]) {
    if (suffix !== null || (qualifier !== null && qualifier !== "from")) return null;
    const a = readNumber(range[1], style);
    const b = readNumber(range[2], style);
    if (!a || !b) return null;
    return { type: "range", low: Math.min(a.value, b.value), high: Math.max(a.value, b.value), ...extra() };
  }
  if (!new RegExp(`^${NUM}%?$`).test(s)) return null;
  const n = readNumber(s, style);
  if (!n) return null;
  const v = n.value;
  if (suffix !== null) {
    if (qualifier !== null && qualifier !== "from") return null;
    return suffix === "orMore"
      ? { type: "above", value: v, inclusive: true, ...extra() }
      : { type: "below", value: v, inclusive: true, ...extra() };
  }
  switch (qualifier) {
    case "approx":
      return { type: "approx", value: v, decimals: n.decimals, ...extra() };
    case "below":
      return { type: "below", value: v, ...extra() };
    case "belowInc":
      return { type: "below", value: v, inclusive: true, ...extra() };
    case "above":
      return { type: "above", value: v, ...extra() };
    case "aboveInc":
      return { type: "above", value: v, inclusive: true, ...extra() };
    case "from":
      return null; // "từ 10" without "trở lên" or "đến": not a plan
    case null:
      return growth || (percent && !percentIndicator)
        ? { type: "growth", value: v / 100 }
        : { type: "number", value: v };
  }
}

/** The plan as a number when it is one, else null. */
export function planNumber(plan: PlanTarget | null | undefined): number | null {
  return plan && plan.type === "number" ? plan.value : null;
}

/**
 * The one figure a percent of plan can be taken against: a number, or an approximate target or a bound on the
 * value itself ("khoảng 34.500", "tối thiểu 34.500"). Null for a range, anything on the growth, and a rate in %
 * ("khoảng 4,5%", "dưới 7%": a percent of a rate means nothing; the report judges it Vượt / Đạt / Không đạt).
 */
export function planFigure(plan: PlanTarget): number | null {
  if (plan.type === "number") return plan.value;
  if ((plan.type === "approx" || plan.type === "above" || plan.type === "below") && !plan.growth && !plan.percent)
    return plan.value;
  return null;
}
