/** The words of a plan that could not be read. Pure. */
/**
 * The cell note of a plan that could not be read and of every comparison with it (one rule for the
 * report's writers; CT.PLANPCT answers the same text with #VALUE! "plan-unreadable").
 */
export function unreadablePlanNote(text: string, lang: "vi" | "en"): string {
  return lang === "vi"
    ? `Không đọc được kế hoạch "${text}": ô kế hoạch giữ nguyên chữ đã nhập, các ô so sánh với kế hoạch để trống. Nhập kế hoạch bằng số, khoảng "6,6–6,8", "dưới 3", "trên 10" hoặc "tăng 14%".`
    : `The plan "${text}" could not be read: the plan cell keeps the text as typed and the comparisons with the plan are left blank. Type the plan as a number, a range "6.6–6.8", "under 3", "over 10" or "up 14%".`;
}
