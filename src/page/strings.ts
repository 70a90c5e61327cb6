/**
 * Every string the browser page shows, Vietnamese first and English second. The choices and the data
 * check speak with the task pane's own words (src/ui/strings.ts: settings.*, check.*), so the
 * page only adds what is its own. "{name}" slots are filled by pageText().
 */
import { fillTemplate, type Slots } from "../core/message";
import type { Lang } from "../core/types";
import { STRINGS, type StringKey } from "../ui/strings";

const VI = {
  "page.title": "Báo cáo chỉ tiêu: Công Thương",
  "page.heading": "Báo cáo chỉ tiêu chủ yếu, ngay trong trình duyệt",
  "page.switchLang": "English",
  "page.switchLangLabel": "Switch the page to English",
  "page.private":
    "Tệp của bạn không rời khỏi máy này: trang đọc tệp và lập báo cáo ngay trong trình duyệt, không tải gì lên mạng. Khi trang đã mở, có thể ngắt mạng mà vẫn dùng được.",
  "page.browsers": "Dùng được trên Chrome hoặc Edge từ bản 109 (bản cuối cho Windows 7/8.1) và Firefox bản hiện hành.",
  "page.choose": "Chọn tệp số liệu .xlsx",
  "page.drop": "hoặc kéo thả một hay nhiều tệp .xlsx vào đây",
  "page.choices": "Lựa chọn",
  "page.yearAuto": "Tự động (năm mới nhất có số liệu)",
  "page.monthAuto": "Tự động (tháng mới nhất có số liệu)",
  "page.heading.parent": "Cơ quan chủ quản (dòng trên)",
  "page.heading.agency": "Tên cơ quan (dòng dưới)",
  "page.heading.note": "Để trống: dùng tiêu đề đã lưu trong từng tệp.",
  "page.headingLegend": "Tiêu đề cơ quan trong báo cáo Word",
  "page.loading": "Đang chuẩn bị bộ đọc tệp…",
  "page.working": "Đang đọc tệp và lập báo cáo…",
  "page.results": "Báo cáo",
  "page.none": "Chưa có tệp nào. Chọn hoặc kéo thả tệp số liệu ở trên.",
  "page.done": "Xong: {ok} báo cáo, {failed} tệp không lập được báo cáo.",
  "page.errorsWhere": "xem danh sách kiểm tra bên dưới, mỗi lỗi ghi ô cần sửa",
  "page.xlsx": "Báo cáo Excel (.xlsx)",
  "page.docx": "Báo cáo Word (.docx)",
  "page.zip": "Tải tất cả ({count} tệp, .zip)",
  "page.fileSummary": "{sheet}: {count} chỉ tiêu, kỳ {period}",
  "page.failed": "Không lập được báo cáo",
  "page.noReport": "{file}: không lập được báo cáo.",
  "page.checkFor": "Kiểm tra dữ liệu: {file}",
  "page.addressHint": "Chép địa chỉ ô {address} (dán vào ô Tên trong Excel để tới ô đó)",
  "page.addressCopied": "Đã chép địa chỉ ô {address}.",
} as const;

export type PageKey = keyof typeof VI;

const EN: Record<PageKey, string> = {
  "page.title": "Indicator report: Industry & Trade",
  "page.heading": "The key indicator report, in your browser",
  "page.switchLang": "Tiếng Việt",
  "page.switchLangLabel": "Chuyển trang sang tiếng Việt",
  "page.private":
    "Your files never leave this computer: the page reads them and makes the report inside the browser, and uploads nothing. Once the page is open it works without a network.",
  "page.browsers": "Works in Chrome or Edge 109 and later (the last for Windows 7/8.1) and current Firefox.",
  "page.choose": "Choose .xlsx data files",
  "page.drop": "or drop one or more .xlsx files here",
  "page.choices": "Choices",
  "page.yearAuto": "Automatic (the latest year with data)",
  "page.monthAuto": "Automatic (the latest month with data)",
  "page.heading.parent": "Governing body (upper line)",
  "page.heading.agency": "Agency name (lower line)",
  "page.heading.note": "Left blank: the heading saved in each file.",
  "page.headingLegend": "Agency heading of the Word report",
  "page.loading": "Preparing the file reader…",
  "page.working": "Reading the files and making the reports…",
  "page.results": "Reports",
  "page.none": "No file yet. Choose or drop data files above.",
  "page.done": "Done: {ok} report(s), {failed} file(s) without a report.",
  "page.errorsWhere": "see the data check below, each error names its cell",
  "page.xlsx": "Excel report (.xlsx)",
  "page.docx": "Word report (.docx)",
  "page.zip": "Download all ({count} files, .zip)",
  "page.fileSummary": "{sheet}: {count} indicators, {period}",
  "page.failed": "No report",
  "page.noReport": "{file}: no report could be made.",
  "page.checkFor": "Data check: {file}",
  "page.addressHint": "Copy the address {address} (paste it into Excel's Name Box to go there)",
  "page.addressCopied": "Copied the address {address}.",
};

const PAGE: Record<Lang, Record<PageKey, string>> = { vi: VI, en: EN };

/** A key of the page's catalogue or of the task pane's (for the shared words). */
export type TextKey = PageKey | StringKey;

/** Whether `key` is in either catalogue. */
export function isTextKey(key: string): key is TextKey {
  return key in VI || key in STRINGS.vi;
}

/** The string for `key` in `lang`, "{name}" slots filled from `params`. */
export function pageText(lang: Lang, key: TextKey, params: Slots = {}): string {
  const text = key in VI ? PAGE[lang][key as PageKey] : STRINGS[lang][key as StringKey];
  return fillTemplate(text, params, lang);
}

/** Both catalogues' page keys, for the tests. */
export const PAGE_STRINGS = PAGE;
