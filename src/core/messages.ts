/**
 * Every message a calculation can end in, Vietnamese and English, in one place.
 * Messages say what to fix. "{name}" slots are filled by fail().
 */
import type { Message } from "./message";
import { ESTIMATE_METHODS } from "./types";

/** "a", "b", "c" or "d": the words of a list, quoted, joined with the language's "or". */
function quotedList(words: readonly string[], or: string): string {
  const q = words.map((w) => `"${w}"`);
  return q.length < 2 ? q.join("") : `${q.slice(0, -1).join(", ")} ${or} ${q[q.length - 1]}`;
}

/** The plan forms the report and CT.PLANPCT read, said once for every message about a plan. */
export const PLAN_FORMS: Message = {
  vi: 'số, khoảng "6,6–6,8", "khoảng 4,5%", "dưới 3", "không quá 5", "10 trở lên" hoặc "tăng 14%"',
  en: 'a number, a range "6.6–6.8", "about 4.5%", "under 3", "at most 5", "10 or more" or "up 14%"',
};

/** The start of every message about a plan that could not be read. */
export const UNREADABLE_PLAN: Message = { vi: 'Không đọc được kế hoạch "{text}"', en: 'Cannot read the plan "{text}"' };

export const MESSAGES = {
  missing: {
    vi: "Thiếu số liệu {what}: ô trống được coi là chưa có số liệu, không phải số 0.",
    en: "Missing {what}: a blank cell means not reported yet, not zero.",
  },
  overflow: {
    vi: "Số liệu {what} (hoặc tổng của chúng) vượt quá giới hạn số của Excel (±9,99999999999999E+307): kiểm tra các ô này (có thể nhập nhầm đơn vị hoặc số mũ).",
    en: "{what} (or their sum) exceed Excel's number limit (±9.99999999999999E+307): check those cells (a wrong unit or exponent?).",
  },
  "text-too-long": {
    vi: "Câu văn dài {length} ký tự, vượt giới hạn {limit} ký tự của một ô Excel: rút ngắn tên chỉ tiêu hoặc đơn vị.",
    en: "The sentence is {length} characters long, over the {limit}-character limit of an Excel cell: shorten the name or the unit.",
  },
  "not-a-number": {
    vi: "{what} phải là số, không phải chữ: nhập số hoặc sửa ô.",
    en: "{what} must be a number, not text: type a number or fix the cell.",
  },
  boolean: {
    vi: "{what} phải là số, không phải TRUE/FALSE.",
    en: "{what} must be a number, not TRUE/FALSE.",
  },
  "not-finite": {
    vi: "{what} không phải là một số hữu hạn.",
    en: "{what} is not a finite number.",
  },
  "zero-base": {
    vi: "Kỳ gốc bằng 0: không tính được tốc độ tăng.",
    en: "The base is 0: growth cannot be computed.",
  },
  "zero-plan": {
    vi: "Kế hoạch bằng 0: không tính được tỷ lệ thực hiện kế hoạch.",
    en: "The plan is 0: percent of plan cannot be computed.",
  },
  "zero-actual-ceiling": {
    vi: "Thực hiện bằng 0 với chỉ tiêu càng thấp càng tốt: không tính được tỷ lệ kế hoạch/thực hiện.",
    en: "The actual is 0 for a lower-is-better target: plan/actual cannot be computed.",
  },
  "zero-total": {
    vi: "Tổng kỳ gốc bằng 0: không tính được mức đóng góp.",
    en: "The total of the base period is 0: the contribution cannot be computed.",
  },
  "zero-start": {
    vi: "Giá trị năm đầu bằng 0: không tính được tốc độ tăng bình quân.",
    en: "The start value is 0: the average yearly growth cannot be computed.",
  },
  "cagr-sign": {
    vi: "Tốc độ tăng bình quân cần giá trị đầu kỳ dương và cuối kỳ không âm (đang là {start} và {end}).",
    en: "Average yearly growth needs a positive start and a non-negative end (they are {start} and {end}).",
  },
  "years-positive": {
    vi: "Số năm phải lớn hơn 0 (đang là {value}).",
    en: "The number of years must be more than 0 (it is {value}).",
  },
  "month-range": {
    vi: "Tháng phải là số nguyên từ 1 đến 12 (đang là {value}).",
    en: "The month must be a whole number from 1 to 12 (it is {value}).",
  },
  "no-months": {
    vi: "Chưa có số liệu tháng nào đến tháng {month}.",
    en: "No monthly figure up to month {month}.",
  },
  "zeros-not-data": {
    vi: "{what} bằng 0: chưa có số liệu (ô trống, SUM hay IFERROR của ô trống); chỉ số 0 không phải chỉ số. Nhập số liệu hoặc sửa through_month.",
    en: "{what} is 0: not reported yet (a blank, a SUM or IFERROR of blanks); an index of 0 is no index. Enter the figures or fix through_month.",
  },
  "year-over": {
    vi: "Đã hết năm (tháng 12) mà chưa đạt kế hoạch: không còn tháng nào để bù.",
    en: "The year is over (month 12) and the plan is not reached: no month is left.",
  },
  "unknown-kind": {
    vi: 'Loại chỉ tiêu không hợp lệ "{value}": dùng "cộng dồn", "bình quân" hoặc "cuối kỳ" (flow, index, level).',
    en: 'Unknown kind "{value}": use "flow", "index" or "level" (cộng dồn, bình quân, cuối kỳ).',
  },
  "past-years-one-row": {
    vi: "past_years (các năm trước) là của một chỉ tiêu: this_year_months phải là một dòng (đang có {rows} dòng).",
    en: "past_years belong to one indicator: this_year_months must be one row (it has {rows}).",
  },
  "details-one-row": {
    vi: "details (chi tiết) trả về 3 ô cho một chỉ tiêu: this_year_months phải là một dòng (đang có {rows} dòng).",
    en: "details spills 3 cells for one indicator: this_year_months must be one row (it has {rows}).",
  },
  "unknown-method": {
    vi: `Phương pháp ước không hợp lệ "{value}": dùng ${quotedList(ESTIMATE_METHODS, "hoặc")}.`,
    en: `Unknown estimate method "{value}": use ${quotedList(ESTIMATE_METHODS, "or")}.`,
  },
  "unknown-language": {
    vi: 'Ngôn ngữ không hợp lệ "{value}": dùng "vi" hoặc "en".',
    en: 'Unknown language "{value}": use "vi" or "en".',
  },
  "unknown-style": {
    vi: 'Cách viết không hợp lệ "{value}": dùng "exact" (chính xác) hoặc "approx" (làm tròn: gần, hơn).',
    en: 'Unknown style "{value}": use "exact" or "approx" (rounded speech: nearly, more than).',
  },
  "needs-last-year": {
    vi: "Phương pháp theo mùa vụ năm trước cần số liệu năm trước ({what}).",
    en: "The seasonal method needs last year's figures ({what}).",
  },
  "zero-last-year-ytd": {
    vi: 'Lũy kế cùng kỳ năm trước bằng 0: không ước được theo mùa vụ năm trước, hãy dùng "runrate".',
    en: 'Last year\'s year-to-date is 0: the seasonal estimate cannot be made; use "runrate".',
  },
  "shape-mismatch": {
    vi: "Các vùng ô không cùng kích thước ({a} và {b}): dùng vùng cùng số dòng, số cột, hoặc một ô.",
    en: "The ranges differ in size ({a} and {b}): use ranges of the same rows and columns, or a single cell.",
  },
  "single-value": {
    vi: "{what} phải là một ô, không phải một vùng.",
    en: "{what} must be a single cell, not a range.",
  },
  "too-many-months": {
    vi: "Một dòng số liệu tháng có nhiều nhất 12 ô (T1..T12), đang có {count} ô.",
    en: "A row of monthly figures has at most 12 cells (T1..T12); it has {count}.",
  },
  "needs-months": {
    vi: "Phương pháp này cần số liệu từng tháng: dùng CT.PROJECTM.",
    en: "This method needs the monthly figures: use CT.PROJECTM.",
  },
  "not-positive-index": {
    vi: "Chỉ số {what} phải lớn hơn 0.",
    en: "The index {what} must be more than 0.",
  },
  "index-basis": {
    vi: 'Chưa rõ gốc của chỉ số: có số liệu năm trước thì là gốc cố định, không có thì ghi "cùng kỳ" (chỉ số so với cùng tháng năm trước); đang là "{value}".',
    en: 'The index basis is unclear: with last year\'s months it is a fixed base; without them write "same-month" (indices on the same month of last year); it is "{value}".',
  },
  "not-text": {
    vi: "{what} phải là chữ.",
    en: "{what} must be text.",
  },
  "plan-unreadable": {
    vi: `${UNREADABLE_PLAN.vi}: dùng ${PLAN_FORMS.vi}.`,
    en: `${UNREADABLE_PLAN.en}: use ${PLAN_FORMS.en}.`,
  },
  "plan-no-figure": {
    vi: 'Kế hoạch "{text}" là một khoảng, một mức tăng hoặc một tỷ lệ %, không phải một con số để tính % kế hoạch: báo cáo đánh giá nó Vượt / Đạt / Không đạt; muốn tính % thì nhập kế hoạch bằng số.',
    en: 'The plan "{text}" is a range, a growth or a rate in %, not one figure to take a percent of: the report judges it Above / Met / Missed; for a percent, type the plan as a number.',
  },
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;
