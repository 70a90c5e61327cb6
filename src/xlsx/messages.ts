/**
 * Why a file is refused, in Vietnamese and English, written once for the bounded reader (src/xlsx), the
 * command (src/cli/fileKind.ts, fileAccess.ts) and the browser page. Each follows the file's name
 * ("{file}: …", aboutFile in src/core/failureMessages.ts).
 */
import { fillMessage, type Message } from "../core/message";
import { aboutFile } from "../core/failureMessages";
import type { FailureWhy } from "./formulaCells";
import type { ElementKind } from "./limits";

export const REFUSAL_MESSAGES = {
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
  xlsb: {
    vi: "sổ làm việc nhị phân Excel (.xlsb), không phải .xlsx; hãy mở trong Excel và lưu thành Sổ làm việc Excel (.xlsx) (Tệp › Lưu thành)",
    en: "an Excel Binary Workbook (.xlsb), not an .xlsx; open it in Excel and save it as an Excel Workbook (.xlsx) (File › Save As)",
  },
  html: {
    vi: "một trang web (HTML) mang tên .xlsx, không phải sổ làm việc Excel (thường là tệp “xuất ra Excel” của một phần mềm hay trang web); hãy mở trong Excel và lưu thành Sổ làm việc Excel (.xlsx)",
    en: "a web page (HTML) named .xlsx, not an Excel workbook (often a program's or website's “export to Excel”); open it in Excel and save it as an Excel Workbook (.xlsx)",
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
  /** An element kind (ELEMENT_WORDS) past its ceiling (src/xlsx/limits.ts). */
  tooManyElements: {
    vi: "có hơn {limit} {what}, vượt giới hạn: dừng đọc. Mở trong Excel, xóa phần thừa hoặc tách dữ liệu thành nhiều tệp, rồi lưu lại",
    en: "more than {limit} {what}, over the limit: reading stopped. Open it in Excel, remove what is not needed or split the data into several files, and save it again",
  },
} as const satisfies Record<string, Message>;

/** The element kinds counted against a ceiling, as the refusal names them. */
export const ELEMENT_WORDS = {
  cells: { vi: "ô dữ liệu", en: "data cells" },
  rows: { vi: "dòng (phần tử <row>)", en: "rows (<row> elements)" },
  cols: { vi: "định nghĩa cột (phần tử <col>)", en: "column definitions (<col> elements)" },
  merges: { vi: "vùng ô gộp", en: "merged ranges" },
  sharedStrings: { vi: "chuỗi văn bản dùng chung", en: "shared strings" },
  styles: { vi: "kiểu định dạng ô", en: "cell formats" },
  hyperlinks: { vi: "liên kết", en: "hyperlinks" },
  conditionalFormats: { vi: "quy tắc định dạng có điều kiện", en: "conditional formatting rules" },
  dataValidations: { vi: "quy tắc xác thực dữ liệu", en: "data validation rules" },
} as const satisfies Record<ElementKind, Message>;

/** Why formula cells were left blank (the {why} of the formula-not-calculated problem). */
export const FORMULA_WHY = {
  unsupported: {
    vi: "công thức dùng hàm hoặc phép tính ngoài những gì chương trình tự tính (SUM, AVERAGE, MIN, MAX, + − * / ^, tham chiếu ô và vùng), hoặc đọc một ô như thế",
    en: "the formula uses functions or operations beyond what the program computes itself (SUM, AVERAGE, MIN, MAX, + − * / ^, cell and range references), or reads such a cell",
  },
  cycle: {
    vi: "tham chiếu vòng (công thức quay lại dùng chính ô của nó)",
    en: "a circular reference (the formula comes back to its own cell)",
  },
  cost: { vi: "quá nhiều ô phải tính", en: "too many cells to compute" },
} as const satisfies Record<FailureWhy, Message>;

/** "12.3 MB", "100 MB" (1 MB = 1,048,576 bytes, as file managers count): the size slots of the messages above. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** 1.000.000: a count of cells as the Vietnamese and the English message both print it. */
function cellCount(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, ".");
}

/** The refusal of `file` for one of the reader's reasons, its slots filled. */
export const REFUSALS = {
  encrypted: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.encrypted),
  xls: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.oldXls),
  ods: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.ods),
  csv: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.csv),
  xlsb: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.xlsb),
  html: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.html),
  notXlsx: (file: string): Message => aboutFile(file, REFUSAL_MESSAGES.notXlsx),
  corrupt: (file: string, why: string): Message => aboutFile(file, fillMessage(REFUSAL_MESSAGES.corrupt, { why })),
  fileTooLarge: (file: string, size: number | string, limit: number): Message =>
    aboutFile(
      file,
      fillMessage(REFUSAL_MESSAGES.tooLarge, {
        size: typeof size === "number" ? megabytes(size) : size,
        limit: megabytes(limit),
      }),
    ),
  declaredTooLarge: (file: string, declared: number, limit: number): Message =>
    aboutFile(
      file,
      fillMessage(REFUSAL_MESSAGES.tooLargeDeclared, { declared: megabytes(declared), limit: megabytes(limit) }),
    ),
  inflatedTooLarge: (file: string, limit: number): Message =>
    aboutFile(file, fillMessage(REFUSAL_MESSAGES.tooLargeInflated, { limit: megabytes(limit) })),
  tooManyCells: (file: string, limit: number): Message =>
    aboutFile(file, fillMessage(REFUSAL_MESSAGES.tooManyCells, { limit: cellCount(limit) })),
  tooManyElements: (file: string, kind: ElementKind, limit: number): Message =>
    aboutFile(
      file,
      fillMessage(REFUSAL_MESSAGES.tooManyElements, { limit: cellCount(limit), what: ELEMENT_WORDS[kind] }),
    ),
};
