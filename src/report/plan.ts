/** Plans as officers type them: a number, a range "6,6–6,8", a bound "dưới 3" / "trên 10", a growth "tăng 14%". */
import { parseNumberText, type NumberStyle } from "../core/numberText";
import { normalizeWord } from "../core/words";
import type { PlanTarget } from "./types";

const NUM = "([+-]?[0-9][0-9.,]*)";
const BELOW =
  /^(?:duoi|khong qua|khong vuot qua|toi da|nho hon|<=|<|≤|under|below|at most|less than|max|no more than)\s*/;
const ABOVE =
  /^(?:tren|hon|it nhat|toi thieu|khong duoi|lon hon|>=|>|≥|over|above|at least|more than|min|no less than)\s*/;
/** Bounds that the bound itself meets: "không quá 4" is met by 4, "dưới 4" is not. */
const INCLUSIVE =
  /^(?:khong qua|khong vuot qua|toi da|<=|≤|at most|max|no more than|it nhat|toi thieu|khong duoi|>=|≥|at least|min|no less than)\s*/;
/** "10 trở lên", "từ 10 trở lên": at least 10. */
const OR_MORE = /^(?:tu\s*)?([+-]?[0-9][0-9.,]*)%?\s*(?:tro len|or more)$/;
const GROWTH = /^(?:tang|tang truong|growth|up|grow|\+)\s*/;

function num(text: string, style: NumberStyle): number | null {
  const r = parseNumberText(text, style);
  return r ? r.value : null;
}

/** Read a plan cell's text; null when it cannot be read. A plain number text gives a "number" plan. */
export function parsePlanText(raw: string, style: NumberStyle = "vi"): PlanTarget | null {
  const text = normalizeWord(raw.replace(/[–—−]/g, "-")).replace(/\s*%/g, "%");
  if (text === "") return null;
  const tail = (re: RegExp): number | null => {
    const m = re.exec(text);
    if (!m) return null;
    const rest = text.slice(m[0].length).replace(/%$/, "").trim();
    if (!new RegExp(`^${NUM}$`).test(rest)) return null;
    return num(rest, style);
  };
  const g = tail(GROWTH);
  if (g !== null && text.includes("%")) return { type: "growth", value: g / 100 };
  const whole = num(text, style);
  if (whole !== null) return { type: "number", value: whole };
  const inclusive = INCLUSIVE.test(text);
  const b = tail(BELOW);
  if (b !== null) return inclusive ? { type: "below", value: b, inclusive } : { type: "below", value: b };
  const a = tail(ABOVE);
  if (a !== null) return inclusive ? { type: "above", value: a, inclusive } : { type: "above", value: a };
  const orMore = OR_MORE.exec(text);
  if (orMore && orMore[1] !== undefined) {
    const v = num(orMore[1], style);
    if (v !== null) return { type: "above", value: v, inclusive: true };
  }
  const range = new RegExp(`^(?:tang\\s*|tu\\s*|from\\s*|up\\s*)?${NUM}%?\\s*(?:-|den|to)\\s*${NUM}%?$`).exec(text);
  if (range && range[1] !== undefined && range[2] !== undefined) {
    const low = num(range[1], style);
    const high = num(range[2], style);
    if (low !== null && high !== null) return { type: "range", low: Math.min(low, high), high: Math.max(low, high) };
  }
  return null;
}

/** The plan as a number when it is one, else null. */
export function planNumber(plan: PlanTarget | null | undefined): number | null {
  return plan && plan.type === "number" ? plan.value : null;
}

/**
 * The cell note of a plan that could not be read and of every comparison with it (one rule for the
 * report's writers; CT.PLANPCT answers the same text with #VALUE! "must be a number, not text").
 */
export function unreadablePlanNote(text: string, lang: "vi" | "en"): string {
  return lang === "vi"
    ? `Không đọc được kế hoạch "${text}": ô kế hoạch giữ nguyên chữ đã nhập, các ô so sánh với kế hoạch để trống. Nhập kế hoạch bằng số, khoảng "6,6–6,8", "dưới 3", "trên 10" hoặc "tăng 14%".`
    : `The plan "${text}" could not be read: the plan cell keeps the text as typed and the comparisons with the plan are left blank. Type the plan as a number, a range "6.6–6.8", "under 3", "over 10" or "up 14%".`;
}
