/**
 * The one error the Excel adapter throws on purpose: something the officer can fix, as a code of
 * the catalogue below and its parameters. The catalogue stays here, beside the adapter, because the
 * ribbon's commands show these words without the task pane; the pane renders them only through
 * userErrorText(code, params, lang). `message` holds both languages.
 */
import type { Lang } from "../core/types";

/** Stable codes of the adapter's user errors, with their words. `{name}` slots are filled in. */
export const USER_ERRORS = {
  "no-data": {
    vi: "Không tìm thấy số liệu: chưa có trang tính hay bảng nào có dòng tiêu đề Mã, Chỉ tiêu, ĐVT, Loại, Năm, T1…T12. Bấm “Dữ liệu mẫu” để xem cách sắp xếp.",
    en: "No data found: no sheet or table has a header row with Code, Indicator, Unit, Kind, Year, T1…T12. Click “Sample data” to see the layout.",
  },
  "no-period": {
    vi: "Không xác định được kỳ báo cáo: số liệu chưa có tháng nào. Hãy nhập số liệu tháng hoặc chọn năm và tháng trong Bảng điều khiển.",
    en: "The report period cannot be inferred: the data has no month yet. Enter monthly figures or choose the year and month in the task pane.",
  },
  "no-indicators": {
    vi: "Không có chỉ tiêu nào cho năm {year} (cần số liệu năm {year}, năm trước hoặc năm sau).",
    en: "No indicator for the year {year} (data for {year}, the year before or the year after is needed).",
  },
  "source-missing": {
    vi: "Không còn nguồn dữ liệu “{name}” đã chọn. Hãy chọn lại nguồn trong Bảng điều khiển.",
    en: "The chosen data source “{name}” no longer exists. Choose the source again in the task pane.",
  },
  "source-empty": {
    vi: "Nguồn dữ liệu “{name}” không có dòng tiêu đề nào đọc được (Mã, Chỉ tiêu, ĐVT, Loại, Năm, T1…T12).",
    en: "The data source “{name}” has no header row the add-in can read (Code, Indicator, Unit, Kind, Year, T1…T12).",
  },
  "template-missing": {
    vi: "Không còn trang mẫu báo cáo “{name}”. Hãy chọn lại mẫu trong Bảng điều khiển.",
    en: "The report template sheet “{name}” no longer exists. Choose the template again in the task pane.",
  },
  "template-empty": {
    vi: "Trang mẫu “{name}” trống: hãy đặt các ô giữ chỗ như {{GTSX.TH}} vào mẫu.",
    en: "The template sheet “{name}” is empty: put placeholders such as {{GTSX.TH}} in it.",
  },
  busy: {
    vi: "Đang tạo báo cáo, xin chờ lần bấm trước xong.",
    en: "A report is being made; wait for the previous click to finish.",
  },
  "no-excel": {
    vi: "Chức năng này chỉ chạy trong Excel.",
    en: "This works only inside Excel.",
  },
  "excel-failed": {
    vi: "Excel từ chối thao tác: {detail}",
    en: "Excel refused the operation: {detail}",
  },
  "settings-save": {
    vi: "Không lưu được thiết lập vào sổ tính: {detail}",
    en: "The settings could not be saved in the workbook: {detail}",
  },
  "quarter-month": {
    vi: "Báo cáo quý chỉ lập được ở tháng 3, 6, 9 hoặc 12; kỳ báo cáo là tháng {month}/{year}. Hãy chọn tháng khác hoặc loại báo cáo khác trong Bảng điều khiển.",
    en: "A quarter report is made at month 3, 6, 9 or 12 only; the period is month {month}/{year}. Choose another month or report kind in the task pane.",
  },
} as const;

export type UserErrorCode = keyof typeof USER_ERRORS;

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The words of a user error in one language: the catalogue's text with its `{name}` slots filled. */
export function userErrorText(
  code: UserErrorCode,
  params: Readonly<Record<string, string | number>>,
  lang: Lang,
): string {
  return fill(USER_ERRORS[code][lang], params);
}

/** True for a code of this catalogue (an error from another bundle or a stored outcome may carry any string). */
export function isUserErrorCode(code: unknown): code is UserErrorCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(USER_ERRORS, code);
}

/**
 * An error for the officer: a code of the catalogue and its parameters. `vi` and `en` are the
 * catalogue's words, kept for the ribbon and for `message`; the task pane renders from `code` and
 * `params` through userErrorText.
 */
export class UserError extends Error {
  readonly vi: string;
  readonly en: string;
  readonly code: UserErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: UserErrorCode, params: Record<string, string | number> = {}) {
    const vi = userErrorText(code, params, "vi");
    const en = userErrorText(code, params, "en");
    super(`${vi} / ${en}`);
    this.name = "UserError";
    this.code = code;
    this.params = { ...params };
    this.vi = vi;
    this.en = en;
  }
}

export function isUserError(e: unknown): e is UserError {
  return (
    e instanceof UserError || (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "UserError")
  );
}

/**
 * The words to show for any error: a UserError in the chosen language; an Excel or other error
 * wrapped in a bilingual sentence with its own message.
 */
export function userMessage(e: unknown, lang: Lang): string {
  if (isUserError(e)) return lang === "vi" ? e.vi : e.en;
  const detail = e instanceof Error ? e.message : String(e);
  return new UserError("excel-failed", { detail })[lang];
}
