/**
 * Every message a calculation can end in, Vietnamese and English, in one place.
 * Messages say what to fix. "{name}" slots are filled by fail().
 */
export const MESSAGES = {
  "missing": {
    vi: "Thiếu số liệu {what}: ô trống được coi là chưa có số liệu, không phải số 0.",
    en: "Missing {what}: a blank cell means not reported yet, not zero.",
  },
  "not-a-number": {
    vi: "{what} phải là số, không phải chữ: nhập số hoặc sửa ô.",
    en: "{what} must be a number, not text: type a number or fix the cell.",
  },
  "boolean": {
    vi: "{what} phải là số, không phải TRUE/FALSE.",
    en: "{what} must be a number, not TRUE/FALSE.",
  },
  "zero-base": {
    vi: "Kỳ gốc bằng 0: không tính được tốc độ tăng.",
    en: "The base is 0: growth cannot be computed.",
  },
  "zero-plan": {
    vi: "Kế hoạch bằng 0: không tính được tỷ lệ thực hiện kế hoạch.",
    en: "The plan is 0: percent of plan cannot be computed.",
  },
  "month-range": {
    vi: "Tháng phải là số nguyên từ 1 đến 12 (đang là {value}).",
    en: "The month must be a whole number from 1 to 12 (it is {value}).",
  },
  "no-months": {
    vi: "Chưa có số liệu tháng nào đến tháng {month}.",
    en: "No monthly figure up to month {month}.",
  },
  "unknown-kind": {
    vi: "Loại chỉ tiêu không hợp lệ \"{value}\": dùng \"cộng dồn\", \"bình quân\" hoặc \"cuối kỳ\" (flow, index, level).",
    en: "Unknown kind \"{value}\": use \"flow\", \"index\" or \"level\" (cộng dồn, bình quân, cuối kỳ).",
  },
  "unknown-method": {
    vi: "Phương pháp ước không hợp lệ \"{value}\": dùng \"runrate\", \"seasonal\" hoặc \"recent\".",
    en: "Unknown estimate method \"{value}\": use \"runrate\", \"seasonal\" or \"recent\".",
  },
  "needs-last-year": {
    vi: "Phương pháp theo mùa vụ năm trước cần số liệu năm trước ({what}).",
    en: "The seasonal method needs last year's figures ({what}).",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageCode = keyof typeof MESSAGES;
