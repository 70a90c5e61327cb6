/**
 * Every message the command prints, in Vietnamese and English. Pure strings, no I/O.
 */
import type { Lang } from "../core/types";

export type Bi = { vi: string; en: string };

/** Pick a message in `lang`. */
export function say(m: Bi, lang: Lang): string {
  return m[lang];
}

/** Both languages on one line, for messages printed before the language is known (usage errors). */
export function both(m: Bi): string {
  return m.vi === m.en ? m.vi : `${m.vi} / ${m.en}`;
}

export const CLI_MESSAGES = {
  unknownOption: (o: string): Bi => ({ vi: `tùy chọn không biết: ${o}`, en: `unknown option: ${o}` }),
  missingValue: (o: string): Bi => ({ vi: `thiếu giá trị sau ${o}`, en: `missing value after ${o}` }),
  badValue: (o: string, v: string, allowed: string): Bi => ({
    vi: `giá trị không hợp lệ cho ${o}: "${v}" (cần ${allowed})`,
    en: `invalid value for ${o}: "${v}" (expected ${allowed})`,
  }),
  noInput: (): Bi => ({ vi: "chưa có tệp dữ liệu nào (xem --help)", en: "no input file given (see --help)" }),
  outWithMany: (): Bi => ({
    vi: "-o chỉ dùng với một tệp vào; nhiều tệp hoặc thư mục thì dùng --out-dir",
    en: "-o takes a single input; use --out-dir for several files or a folder",
  }),
  outBoth: (): Bi => ({ vi: "không dùng -o cùng --out-dir", en: "-o and --out-dir cannot be used together" }),
  outIsInput: (f: string): Bi => ({
    vi: `tệp ra trùng tệp vào: ${f} (tệp dữ liệu không bao giờ bị ghi đè)`,
    en: `the output is the input: ${f} (the data file is never overwritten)`,
  }),
  outExists: (f: string): Bi => ({
    vi: `${f}: tệp đã có và không phải báo cáo do ct-report viết (không mang dấu vân tay của ct-report): không ghi đè (dùng --force để ghi đè)`,
    en: `${f}: the file exists and is not a report written by ct-report (it carries no ct-report fingerprint): not replaced (use --force to replace it)`,
  }),
  internal: (): Bi => ({
    vi: "lỗi nội bộ của ct-report (xin báo lại kèm các dòng dưới)",
    en: "internal error in ct-report (please report it with the lines below)",
  }),
  notFound: (f: string): Bi => ({ vi: `không tìm thấy: ${f}`, en: `not found: ${f}` }),
  nothingToDo: (): Bi => ({
    vi: "không có tệp .xlsx nào để làm báo cáo (chỉ có báo cáo do ct-report viết, hoặc không có gì)",
    en: "no .xlsx file to make a report from (only ct-report's own reports, or nothing)",
  }),
  notXlsx: (f: string): Bi => ({
    vi: `${f}: không phải tệp Excel .xlsx`,
    en: `${f}: not an Excel .xlsx workbook`,
  }),
  oldXls: (f: string): Bi => ({
    vi: `${f}: định dạng .xls cũ (Excel 97–2003); hãy mở trong Excel hoặc LibreOffice và lưu thành Sổ làm việc Excel (.xlsx)`,
    en: `${f}: old .xls format (Excel 97–2003); open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)`,
  }),
  encrypted: (f: string): Bi => ({
    vi: `${f}: sổ làm việc được bảo vệ bằng mật khẩu (mã hóa), ct-report không mở được; hãy mở trong Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa trống), lưu rồi chạy lại`,
    en: `${f}: a password-protected (encrypted) workbook, which ct-report cannot open; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and run again`,
  }),
  ods: (f: string): Bi => ({
    vi: `${f}: bảng tính OpenDocument (.ods, LibreOffice Calc), không phải .xlsx; hãy mở trong LibreOffice và lưu thành Excel 2007-365 (.xlsx)`,
    en: `${f}: an OpenDocument spreadsheet (.ods, LibreOffice Calc), not an .xlsx; open it in LibreOffice and save it as Excel 2007-365 (.xlsx)`,
  }),
  csv: (f: string): Bi => ({
    vi: `${f}: tệp văn bản CSV, không phải tệp Excel .xlsx; hãy mở trong Excel và lưu thành Sổ làm việc Excel (.xlsx), kiểm tra các cột T1…T12 là số`,
    en: `${f}: a CSV text file, not an Excel .xlsx workbook; open it in Excel and save it as an Excel Workbook (.xlsx), checking that T1…T12 are numbers`,
  }),
  corrupt: (f: string, why: string): Bi => ({
    vi: `${f}: không đọc được tệp .xlsx: tệp hỏng hoặc không trọn vẹn (${why}); hãy mở trong Excel (Excel có thể sửa) và lưu lại`,
    en: `${f}: cannot read the .xlsx: the file is damaged or incomplete (${why}); open it in Excel (which may repair it) and save it again`,
  }),
  tooLarge: (f: string, size: string, limit: string): Bi => ({
    vi: `${f}: tệp quá lớn (${size}; giới hạn ${limit}): không đọc`,
    en: `${f}: file too large (${size}; the limit is ${limit}): not read`,
  }),
  tooLargeInflated: (f: string, declared: string, limit: string): Bi => ({
    vi: `${f}: nội dung giải nén quá lớn (tệp nén khai ${declared}; giới hạn ${limit}): không đọc`,
    en: `${f}: unpacked content too large (the zip declares ${declared}; the limit is ${limit}): not read`,
  }),
  notRegular: (f: string, kind: Bi): Bi => ({
    vi: `${f}: không phải tệp thường (${kind.vi}): không đọc`,
    en: `${f}: not a regular file (${kind.en}): not read`,
  }),
  kindFifo: { vi: "ống FIFO", en: "a FIFO" } as Bi,
  kindDevice: { vi: "thiết bị", en: "a device" } as Bi,
  kindSocket: { vi: "socket", en: "a socket" } as Bi,
  kindFolder: { vi: "thư mục", en: "a folder" } as Bi,
  kindOther: { vi: "loại khác", en: "another kind" } as Bi,
  brokenLink: (f: string): Bi => ({
    vi: `${f}: liên kết tượng trưng hỏng (trỏ tới chỗ không có tệp)`,
    en: `${f}: a broken symbolic link (it points to nothing)`,
  }),
  linkLoop: (f: string): Bi => ({
    vi: `${f}: vòng lặp liên kết tượng trưng: không đọc được`,
    en: `${f}: a loop of symbolic links: cannot be read`,
  }),
  folderUnreadable: (f: string, why: string): Bi => ({
    vi: `${f}: không đọc được thư mục (${why})`,
    en: `${f}: cannot read the folder (${why})`,
  }),
  outIsFolder: (f: string): Bi => ({
    vi: `-o chỉ tới một thư mục: ${f}; -o là tên tệp báo cáo, muốn ghi vào thư mục thì dùng --out-dir ${f}`,
    en: `-o names a folder: ${f}; -o is the report's file name, use --out-dir ${f} to write into a folder`,
  }),
  outNotRegular: (f: string, kind: Bi): Bi => ({
    vi: `-o chỉ tới chỗ không phải tệp thường (${kind.vi}): ${f}`,
    en: `-o names something that is not a regular file (${kind.en}): ${f}`,
  }),
  targetNotRegular: (f: string, kind: Bi): Bi => ({
    vi: `${f}: chỗ ghi báo cáo không phải tệp thường (${kind.vi}): không ghi`,
    en: `${f}: where the report goes is not a regular file (${kind.en}): not written`,
  }),
  editedReport: (f: string): Bi => ({
    vi: `${f}: báo cáo này đã được sửa sau khi ct-report ghi (ô, ghi chú hoặc trang tính đã đổi): không ghi đè, tệp giữ nguyên; dùng --beside để ghi báo cáo mới thành tệp khác bên cạnh, hoặc --force để ghi đè`,
    en: `${f}: this report was edited after ct-report wrote it (cells, notes or sheets changed): not replaced, the file is left as it is; use --beside to write the new report beside it under a new name, or --force to replace it`,
  }),
  writtenBeside: (f: string, edited: string): Bi => ({
    vi: `${f}: ghi bên cạnh báo cáo đã sửa ${edited} (tệp đó giữ nguyên)`,
    en: `${f}: written beside the edited report ${edited} (which is left as it is)`,
  }),
  badMonth: (o: string, v: string): Bi => ({
    vi: `tháng phải từ 1 đến 12 (${o} "${v}")`,
    en: `month must be 1 to 12 (${o} "${v}")`,
  }),
  badYear: (o: string, v: string): Bi => ({
    vi: `năm phải là số từ 1900 đến 2200 (${o} "${v}")`,
    en: `year must be a number from 1900 to 2200 (${o} "${v}")`,
  }),
  unreadable: (f: string, why: string): Bi => ({
    vi: `${f}: không đọc được tệp (${why})`,
    en: `${f}: cannot read the file (${why})`,
  }),
  noData: (f: string): Bi => ({
    vi: `${f}: không tìm thấy dữ liệu chỉ tiêu (cần dòng tiêu đề Mã, Chỉ tiêu, Năm, T1…T12)`,
    en: `${f}: no indicator data found (a header row Mã/Code, Chỉ tiêu/Indicator, Năm/Year, T1…T12 is needed)`,
  }),
  noIndicators: (f: string, year: number): Bi => ({
    vi: `${f}: không có chỉ tiêu nào cho năm ${year}`,
    en: `${f}: no indicator for the year ${year}`,
  }),
  quarterMonth: (f: string, year: number, month: number): Bi => ({
    vi: `${f}: báo cáo quý chỉ lập được ở tháng 3, 6, 9 hoặc 12, kỳ là tháng ${month}/${year}; hãy ghi --month hoặc --period khác`,
    en: `${f}: a quarter report is made at month 3, 6, 9 or 12 only, the period is month ${month}/${year}; give another --month or --period`,
  }),
  noMonth: (f: string, year: number): Bi => ({
    vi: `${f}: năm ${year} chưa có số liệu tháng nào; hãy ghi --month`,
    en: `${f}: no monthly figure for ${year} yet; give --month`,
  }),
  strictFailed: (f: string, n: number): Bi => ({
    vi: `${f}: ${n} vấn đề dữ liệu (--strict): không ghi báo cáo`,
    en: `${f}: ${n} data problem(s) (--strict): no report written`,
  }),
  writeFailed: (f: string, why: string): Bi => ({
    vi: `không ghi được ${f} (${why})`,
    en: `cannot write ${f} (${why})`,
  }),
  skippedReport: (f: string): Bi => ({
    vi: `${f}: bỏ qua (đây là báo cáo do ct-report viết)`,
    en: `${f}: skipped (a report written by ct-report)`,
  }),
  formulaNoResult: (): Bi => ({
    vi: "ô công thức chưa có kết quả lưu sẵn: hãy mở tệp trong Excel và lưu lại",
    en: "formula cell without a saved result: open the file in Excel and save it again",
  }),
  progress: (i: number, n: number, input: string, output: string, count: number, problems: number): Bi => ({
    vi: `[${i}/${n}] ${input} → ${output} (${count} chỉ tiêu, ${problems} vấn đề)`,
    en: `[${i}/${n}] ${input} → ${output} (${count} indicators, ${problems} problems)`,
  }),
  failedLine: (i: number, n: number, input: string): Bi => ({
    vi: `[${i}/${n}] ${input}: lỗi`,
    en: `[${i}/${n}] ${input}: failed`,
  }),
  summaryHead: (n: number): Bi => ({
    vi: `ct-report: tóm tắt, ${n} tệp vào:`,
    en: `ct-report: summary of ${n} input(s):`,
  }),
  outcome: {
    written: { vi: "đã ghi", en: "written" } as Bi,
    refused: { vi: "từ chối", en: "refused" } as Bi,
    skipped: { vi: "bỏ qua", en: "skipped" } as Bi,
    failed: { vi: "lỗi", en: "failed" } as Bi,
  },
  summaryCounts: (written: number, refused: number, skipped: number, failed: number): Bi => ({
    vi: `${written} đã ghi, ${refused} từ chối, ${skipped} bỏ qua, ${failed} lỗi`,
    en: `${written} written, ${refused} refused, ${skipped} skipped, ${failed} failed`,
  }),
  ownReport: { vi: "báo cáo do ct-report viết", en: "a report written by ct-report" } as Bi,
  internalIn: (f: string, why: string): Bi => ({
    vi: `${f}: lỗi nội bộ của ct-report (xin báo lại kèm các dòng dưới): ${why}`,
    en: `${f}: internal error in ct-report (please report it with the lines below): ${why}`,
  }),
  warning: { vi: "cảnh báo", en: "warning" } as Bi,
  error: { vi: "lỗi", en: "error" } as Bi,
  info: { vi: "ghi chú", en: "note" } as Bi,
};
