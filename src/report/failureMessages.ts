/**
 * The failures more than one face reports, each written once: the report request's (no data, no month,
 * no indicator), a file that cannot be read (encrypted, old .xls, .ods, CSV, damaged, too large) and an
 * unexpected error. The ribbon and the task pane (through src/excel/userError.ts), the command
 * (src/cli/messages.ts) and the browser page (src/page/make.ts) all take their words from here, so
 * the same failure reads the same everywhere. The command and the page put the file's name in front.
 */
import { fillMessage, type Message } from "../core/message";
import type { RequestFailure } from "./request";

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
  // A file that cannot be read: these follow the file's name ("{file}: …", see aboutFile).
  encrypted: {
    vi: "sổ làm việc được bảo vệ bằng mật khẩu (mã hóa), không mở được; hãy mở trong Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa trống), lưu rồi làm lại",
    en: "a password-protected (encrypted) workbook, which cannot be opened; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and try again",
  },
  oldXls: {
    vi: "định dạng .xls cũ (Excel 97–2003); hãy mở trong Excel hoặc LibreOffice và lưu thành Sổ làm việc Excel (.xlsx)",
    en: "old .xls format (Excel 97–2003); open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)",
  },
  ods: {
    vi: "bảng tính OpenDocument (.ods, LibreOffice Calc), không phải .xlsx; hãy mở trong LibreOffice và lưu thành Excel 2007-365 (.xlsx)",
    en: "an OpenDocument spreadsheet (.ods, LibreOffice Calc), not an .xlsx; open it in LibreOffice and save it as Excel 2007-365 (.xlsx)",
  },
  csv: {
    vi: "tệp văn bản CSV, không phải tệp Excel .xlsx; hãy mở trong Excel và lưu thành Sổ làm việc Excel (.xlsx), kiểm tra các cột T1…T12 là số",
    en: "a CSV text file, not an Excel .xlsx workbook; open it in Excel and save it as an Excel Workbook (.xlsx), checking that T1…T12 are numbers",
  },
  notXlsx: { vi: "không phải tệp Excel .xlsx", en: "not an Excel .xlsx workbook" },
  corrupt: {
    vi: "không đọc được tệp .xlsx: tệp hỏng hoặc không trọn vẹn ({why}); hãy mở trong Excel (Excel có thể sửa) và lưu lại",
    en: "cannot read the .xlsx: the file is damaged or incomplete ({why}); open it in Excel (which may repair it) and save it again",
  },
  tooLarge: {
    vi: "tệp quá lớn ({size}; giới hạn {limit}): không đọc",
    en: "file too large ({size}; the limit is {limit}): not read",
  },
  /** The zip's own listing declares more than the limit: refused before anything is inflated. */
  tooLargeDeclared: {
    vi: "nội dung giải nén quá lớn (tệp nén khai {declared}; giới hạn {limit}): không đọc",
    en: "unpacked content too large (the zip declares {declared}; the limit is {limit}): not read",
  },
  /** More bytes came out while inflating than the limit: reading stopped there. */
  tooLargeInflated: {
    vi: "nội dung giải nén vượt giới hạn {limit} (tệp nén bất thường hoặc quá lớn): dừng đọc",
    en: "the unpacked content is over the {limit} limit (an unusual or too large zip): reading stopped",
  },
  tooManyCells: {
    vi: "có hơn {limit} ô dữ liệu, vượt giới hạn: dừng đọc. Tách dữ liệu thành nhiều tệp",
    en: "more than {limit} data cells, over the limit: reading stopped. Split the data into several files",
  },
  /** A message about one file of several: its name first. */
  aboutFile: { vi: "{file}: {message}", en: "{file}: {message}" },
} as const satisfies Record<string, Message>;

/** `message` about the file `file` ("a.xlsx: …"), as the command and the page say it. */
export function aboutFile(file: string, message: Message): Message {
  return fillMessage(FAILURE_MESSAGES.aboutFile, { file, message });
}

/** The words of a report request's failure (src/report/request.ts), the same on every face. */
export function requestFailureMessage(failure: RequestFailure): Message {
  switch (failure.code) {
    case "no-data":
      return FAILURE_MESSAGES.noData;
    case "no-month":
      return fillMessage(FAILURE_MESSAGES.noMonth, { year: failure.year });
    case "no-indicators":
      return fillMessage(FAILURE_MESSAGES.noIndicators, { year: failure.year });
  }
}

/** "12.3 MB", "100 MB" (1 MB = 1,048,576 bytes, as file managers count): the size slots of the messages above. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
