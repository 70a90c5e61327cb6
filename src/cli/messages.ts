/**
 * Every message the command prints, in Vietnamese and English. Pure strings, no I/O.
 */
import type { Message } from "../core/message";

/** Both languages on one line, for messages printed before the language is known (usage errors). */
export function both(m: Message): string {
  return m.vi === m.en ? m.vi : `${m.vi} / ${m.en}`;
}

export const CLI_MESSAGES = {
  unknownOption: { vi: "tùy chọn không biết: {option}", en: "unknown option: {option}" },
  missingValue: { vi: "thiếu giá trị sau {option}", en: "missing value after {option}" },
  badValue: {
    vi: 'giá trị không hợp lệ cho {option}: "{value}" (cần {allowed})',
    en: 'invalid value for {option}: "{value}" (expected {allowed})',
  },
  noInput: { vi: "chưa có tệp dữ liệu nào (xem --help)", en: "no input file given (see --help)" },
  outWithMany: {
    vi: "-o chỉ dùng với một tệp vào; nhiều tệp hoặc thư mục thì dùng --out-dir",
    en: "-o takes a single input; use --out-dir for several files or a folder",
  },
  outBoth: { vi: "không dùng -o cùng --out-dir", en: "-o and --out-dir cannot be used together" },
  outIsInput: {
    vi: "tệp ra trùng tệp vào: {file} (tệp dữ liệu không bao giờ bị ghi đè)",
    en: "the output is the input: {file} (the data file is never overwritten)",
  },
  outExists: {
    vi: "{file}: tệp đã có và không phải báo cáo do ct-report viết (không mang dấu vân tay của ct-report): không ghi đè (dùng --force để ghi đè)",
    en: "{file}: the file exists and is not a report written by ct-report (it carries no ct-report fingerprint): not replaced (use --force to replace it)",
  },
  notFound: { vi: "không tìm thấy: {file}", en: "not found: {file}" },
  nothingToDo: {
    vi: "không có tệp .xlsx nào để làm báo cáo (chỉ có báo cáo do ct-report viết, hoặc không có gì)",
    en: "no .xlsx file to make a report from (only ct-report's own reports, or nothing)",
  },
  notRegular: {
    vi: "{file}: không phải tệp thường ({kind}): không đọc",
    en: "{file}: not a regular file ({kind}): not read",
  },
  kindFifo: { vi: "ống FIFO", en: "a FIFO" },
  kindDevice: { vi: "thiết bị", en: "a device" },
  kindSocket: { vi: "socket", en: "a socket" },
  kindFolder: { vi: "thư mục", en: "a folder" },
  kindOther: { vi: "loại khác", en: "another kind" },
  brokenLink: {
    vi: "{file}: liên kết tượng trưng hỏng (trỏ tới chỗ không có tệp)",
    en: "{file}: a broken symbolic link (it points to nothing)",
  },
  linkLoop: {
    vi: "{file}: vòng lặp liên kết tượng trưng: không đọc được",
    en: "{file}: a loop of symbolic links: cannot be read",
  },
  folderUnreadable: { vi: "{file}: không đọc được thư mục ({why})", en: "{file}: cannot read the folder ({why})" },
  outIsFolder: {
    vi: "-o chỉ tới một thư mục: {file}; -o là tên tệp báo cáo, muốn ghi vào thư mục thì dùng --out-dir {file}",
    en: "-o names a folder: {file}; -o is the report's file name, use --out-dir {file} to write into a folder",
  },
  outNotRegular: {
    vi: "-o chỉ tới chỗ không phải tệp thường ({kind}): {file}",
    en: "-o names something that is not a regular file ({kind}): {file}",
  },
  targetNotRegular: {
    vi: "{file}: chỗ ghi báo cáo không phải tệp thường ({kind}): không ghi",
    en: "{file}: where the report goes is not a regular file ({kind}): not written",
  },
  editedReport: {
    vi: "{file}: báo cáo này đã được sửa sau khi ct-report ghi (ô, ghi chú, trang tính, hình, đầu trang/chân trang hay phần khác đã đổi, hoặc tệp đã được lưu lại): không ghi đè, tệp giữ nguyên; dùng --beside để ghi báo cáo mới thành tệp khác bên cạnh, hoặc --force để ghi đè",
    en: "{file}: this report was edited after ct-report wrote it (cells, notes, sheets, pictures, page headers or footers or other parts changed, or the file was saved again): not replaced, the file is left as it is; use --beside to write the new report beside it under a new name, or --force to replace it",
  },
  editedDocx: {
    vi: "{file}: báo cáo Word này đã được sửa sau khi ct-report ghi (chữ, hình, đầu trang/chân trang, nhận xét hay phần khác đã đổi, hoặc tệp đã được lưu lại): không ghi đè, tệp giữ nguyên; dùng -o để đặt tên khác cho báo cáo mới, hoặc --force để ghi đè",
    en: "{file}: this Word report was edited after ct-report wrote it (text, pictures, page headers or footers, comments or other parts changed, or the file was saved again): not replaced, the file is left as it is; use -o to give the new report another name, or --force to replace it",
  },
  signedReport: {
    vi: "{file}: tệp mang chữ ký số: ct-report không bao giờ ghi đè tệp đã ký, kể cả với --force; tệp giữ nguyên. Muốn có báo cáo mới: dùng --beside để ghi thành tệp khác bên cạnh, -o hoặc --out-dir để ghi chỗ khác, hoặc chuyển tệp đã ký sang thư mục lưu trữ rồi chạy lại",
    en: "{file}: the file carries a digital signature: ct-report never replaces a signed file, not even with --force; the file is left as it is. For a new report: --beside writes it beside under a new name, -o or --out-dir writes it elsewhere, or move the signed file to an archive folder and run again",
  },
  writtenBeside: {
    vi: "{file}: ghi bên cạnh báo cáo đã sửa {edited} (tệp đó giữ nguyên)",
    en: "{file}: written beside the edited report {edited} (which is left as it is)",
  },
  badMonth: { vi: 'tháng phải từ 1 đến 12 ({option} "{value}")', en: 'month must be 1 to 12 ({option} "{value}")' },
  badYear: {
    vi: 'năm phải là số từ 1900 đến 2200 ({option} "{value}")',
    en: 'year must be a number from 1900 to 2200 ({option} "{value}")',
  },
  unreadable: { vi: "{file}: không đọc được tệp ({why})", en: "{file}: cannot read the file ({why})" },
  strictFailed: {
    vi: "{file}: {total} vấn đề dữ liệu (--strict): không ghi báo cáo",
    en: "{file}: {total} data problem(s) (--strict): no report written",
  },
  writeFailed: { vi: "không ghi được {file} ({why})", en: "cannot write {file} ({why})" },
  skippedReport: {
    vi: "{file}: bỏ qua (đây là báo cáo do ct-report viết)",
    en: "{file}: skipped (a report written by ct-report)",
  },
  formulaNoResult: {
    vi: "ô công thức chưa có kết quả lưu sẵn: hãy mở tệp trong Excel và lưu lại",
    en: "formula cell without a saved result: open the file in Excel and save it again",
  },
  progress: {
    vi: "[{index}/{total}] {input} → {output} ({count} chỉ tiêu, {problems} vấn đề)",
    en: "[{index}/{total}] {input} → {output} ({count} indicators, {problems} problems)",
  },
  failedLine: { vi: "[{index}/{total}] {input}: lỗi", en: "[{index}/{total}] {input}: failed" },
  summaryHead: { vi: "ct-report: tóm tắt, {total} tệp vào:", en: "ct-report: summary of {total} input(s):" },
  outcome: {
    written: { vi: "đã ghi", en: "written" },
    refused: { vi: "từ chối", en: "refused" },
    skipped: { vi: "bỏ qua", en: "skipped" },
    failed: { vi: "lỗi", en: "failed" },
  },
  summaryCounts: {
    vi: "{written} đã ghi, {refused} từ chối, {skipped} bỏ qua, {failed} lỗi",
    en: "{written} written, {refused} refused, {skipped} skipped, {failed} failed",
  },
  /** Where the command's list of problems is, for the "report made with N errors" line. */
  errorsAbove: {
    vi: 'các dòng "lỗi" in ở trên, ghi ô cần sửa',
    en: 'the "error" lines above, each naming its cell',
  },
  /** The same with --quiet, which prints no problem lines. */
  errorsQuiet: { vi: "chạy lại không có --quiet để xem danh sách", en: "run again without --quiet to list them" },
  ownReport: { vi: "báo cáo do ct-report viết", en: "a report written by ct-report" },
  warning: { vi: "cảnh báo", en: "warning" },
  error: { vi: "lỗi", en: "error" },
  info: { vi: "ghi chú", en: "note" },
} as const satisfies Record<string, Message | Record<string, Message>>;
