/**
 * The failures more than one face reports, each written once: the report request's (no data, no month,
 * no indicator) and an unexpected error (a file that cannot be read is the reader's, src/xlsx/messages.ts,
 * shared by the command and the page). The ribbon and the task pane (through src/excel/userError.ts), the command
 * (src/cli/messages.ts) and the browser page (src/page/make.ts) all take their words from here, so
 * the same failure reads the same everywhere. The command and the page put the file's name in front.
 */
import { fillMessage, type Message } from "./message";

export const FAILURE_MESSAGES = {
  noData: {
    vi: "Không tìm thấy số liệu: không có trang tính hay bảng nào có dòng tiêu đề Mã, Chỉ tiêu, Năm, T1…T12.",
    en: "No data found: no sheet or table has a header row with Code, Indicator, Year, M1…M12.",
  },
  noMonth: {
    vi: "Năm {year} chưa có số liệu tháng nào: hãy nhập số liệu tháng, hoặc chọn tháng báo cáo.",
    en: "No monthly figure for {year} yet: enter the monthly figures, or choose the report month.",
  },
  noIndicators: {
    vi: "Không có chỉ tiêu nào cho năm {year} (cần số liệu năm {year}, năm trước hoặc năm sau): hãy chọn năm khác.",
    en: "No indicator for the year {year} (data for {year}, the year before or the year after is needed): choose another year.",
  },
  /** Something nobody foresaw (a bug, or Excel refusing): what it said, and whom to tell. */
  unexpected: {
    vi: "Lỗi không lường trước: {detail}. Nếu lặp lại, xin báo cho cán bộ tin học, kèm tệp dữ liệu và thông báo này.",
    en: "Unexpected error: {detail}. If it happens again, please report it to the IT officer with the data file and this message.",
  },
  /** A message about one file of several: its name first. */
  aboutFile: { vi: "{file}: {message}", en: "{file}: {message}" },
  /** A quarter report asked for at a month that ends no quarter (docs/periods.md). */
  quarterMonth: {
    vi: "Báo cáo quý chỉ lập được ở tháng 3, 6, 9 hoặc 12; kỳ báo cáo là tháng {month}/{year}: hãy chọn tháng khác hoặc loại báo cáo khác.",
    en: "A quarter report is made at month 3, 6, 9 or 12 only; the period is month {month}/{year}: choose another month or report kind.",
  },
  /**
   * A report made while the data check found errors (a figure left blank, a row skipped): never a plain
   * "Done". `{where}` is each face's way to the list (the pane's Check tab, the page's list below, the
   * command's lines above).
   */
  madeWithErrors: {
    vi: "Đã tạo báo cáo, có {count} {errors} cần xem: {where}.",
    en: "Report made with {count} {errors} to check: {where}.",
  },
} as const satisfies Record<string, Message>;

/** How many of a report's problems are errors (severity "error"): the figures left blank, the rows skipped. */
export function errorCount(problems: readonly { severity: string }[]): number {
  let n = 0;
  for (const p of problems) if (p.severity === "error") n++;
  return n;
}

/** "Đã tạo báo cáo, có N lỗi cần xem: {where}." / "Report made with N errors to check: {where}." */
export function madeWithErrors(count: number, where: Message): Message {
  return fillMessage(FAILURE_MESSAGES.madeWithErrors, {
    count,
    where,
    errors: { vi: "lỗi", en: count === 1 ? "error" : "errors" },
  });
}

/** `message` about the file `file` ("a.xlsx: …"), as the command and the page say it. */
export function aboutFile(file: string, message: Message): Message {
  return fillMessage(FAILURE_MESSAGES.aboutFile, { file, message });
}
