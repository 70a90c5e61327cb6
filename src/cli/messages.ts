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
    vi: `${f}: tệp đã có và không phải báo cáo do ct-report viết: không ghi đè (dùng --force để ghi đè)`,
    en: `${f}: the file exists and is not a report written by ct-report: not replaced (use --force to replace it)`,
  }),
  internal: (): Bi => ({
    vi: "lỗi nội bộ của ct-report (xin báo lại kèm các dòng dưới)",
    en: "internal error in ct-report (please report it with the lines below)",
  }),
  notFound: (f: string): Bi => ({ vi: `không tìm thấy: ${f}`, en: `not found: ${f}` }),
  nothingToDo: (): Bi => ({
    vi: "không có tệp .xlsx nào để làm báo cáo",
    en: "no .xlsx file to make a report from",
  }),
  notXlsx: (f: string): Bi => ({
    vi: `${f}: không phải tệp Excel .xlsx`,
    en: `${f}: not an Excel .xlsx workbook`,
  }),
  oldXls: (f: string): Bi => ({
    vi: `${f}: định dạng .xls cũ; hãy mở trong Excel và lưu thành .xlsx`,
    en: `${f}: old .xls format; open it in Excel and save it as .xlsx`,
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
  summary: (ok: number, failed: number): Bi => ({
    vi: `${ok} báo cáo đã ghi, ${failed} tệp lỗi`,
    en: `${ok} report(s) written, ${failed} file(s) failed`,
  }),
  warning: { vi: "cảnh báo", en: "warning" } as Bi,
  error: { vi: "lỗi", en: "error" } as Bi,
  info: { vi: "ghi chú", en: "note" } as Bi,
};
