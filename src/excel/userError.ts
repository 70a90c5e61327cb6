/**
 * The one error the Excel adapter throws on purpose: something the officer can fix, as a code of
 * the catalogue below and its parameters. The catalogue stays here, beside the adapter, because the
 * ribbon's commands show these words without the task pane; the pane renders them only through
 * userErrorText(code, params, lang). `message` holds both languages.
 */
import { fillMessage, fillTemplate, type Message, type Slots } from "../core/message";
import type { Lang } from "../core/types";
import { FAILURE_MESSAGES } from "../core/failureMessages";
import type { RequestFailure } from "../report/make/request";

/**
 * Stable codes of the adapter's user errors, with their words. `{name}` slots are filled in. The
 * failures the command and the page report too are the shared catalogue's (src/core/failureMessages.ts).
 */
export const USER_ERRORS = {
  "no-data": FAILURE_MESSAGES.noData,
  /** The request's "no-month" (the code is kept: a stored outcome may carry it). */
  "no-period": FAILURE_MESSAGES.noMonth,
  "no-indicators": FAILURE_MESSAGES.noIndicators,
  "source-missing": {
    vi: "Không còn nguồn dữ liệu “{name}” đã chọn. Hãy chọn lại nguồn trong Bảng điều khiển.",
    en: "The chosen data source “{name}” no longer exists. Choose the source again in the task pane.",
  },
  "source-empty": {
    vi: "Nguồn dữ liệu “{name}” không có dòng tiêu đề nào đọc được (Mã, Chỉ tiêu, ĐVT, Loại, Năm, T1…T12).{near}",
    en: "The data source “{name}” has no header row the add-in can read (Code, Indicator, Unit, Kind, Year, T1…T12).{near}",
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
  /** Anything else (Excel refusing, a bug): the words every face uses for the unexpected. */
  "excel-failed": FAILURE_MESSAGES.unexpected,
  "settings-save": {
    vi: "Không lưu được thiết lập vào sổ tính: {detail}",
    en: "The settings could not be saved in the workbook: {detail}",
  },
  "quarter-month": FAILURE_MESSAGES.quarterMonth,
  /** "no-data", naming what the reader saw on the active sheet where it looked for a header (src/report/read/reader.ts nearHeaderWords). */
  "no-data-near": {
    vi: `${FAILURE_MESSAGES.noData.vi} Trang “{sheet}”: {near}`,
    en: `${FAILURE_MESSAGES.noData.en} Sheet “{sheet}”: {near}`,
  },
  "report-sheet-missing": {
    vi: "Không còn trang báo cáo “{name}” (đã xóa hoặc đổi tên): không lấy được số liệu hiện tại. Hãy tạo lại báo cáo.",
    en: "The report sheet “{name}” is gone (deleted or renamed): its current figures cannot be read. Make the report again.",
  },
  "report-sheet-changed": {
    vi: "Bảng trên trang báo cáo “{name}” đã đổi bố cục (ô {address}: cần “{expected}”, đang là “{found}”), có thể đã xóa hoặc chèn dòng, cột: không biết số nào thuộc chỉ tiêu nào nên không dùng. Hãy tạo lại báo cáo.",
    en: "The table on the report sheet “{name}” changed its layout (cell {address}: “{expected}” expected, “{found}” found), perhaps rows or columns were deleted or inserted: which figure belongs to which indicator is unknown, so none is used. Make the report again.",
  },
  "report-sheet-edited": {
    vi: "Trang báo cáo “{name}” của kỳ này đã được sửa sau khi tạo, nên không bị thay. Muốn giữ bản đã sửa: đổi tên trang rồi bấm “Tạo báo cáo” lại. Muốn thay bằng báo cáo mới: xóa trang rồi bấm lại.",
    en: "The report sheet “{name}” of this period was edited after it was made, so it was not replaced. To keep the edited one, rename the sheet and click “Make report” again. To replace it with a new report, delete the sheet and click again.",
  },
  "report-from-template": {
    vi: "Báo cáo đã điền vào trang mẫu “{name}”: đoạn văn và báo cáo Word chỉ lấy được số từ trang báo cáo chuẩn. Bỏ chọn mẫu rồi tạo lại báo cáo.",
    en: "The report was filled into the template sheet “{name}”: the paragraph and the Word report read figures only from the standard report sheet. Clear the template choice and make the report again.",
  },
} as const satisfies Record<string, Message>;

export type UserErrorCode = keyof typeof USER_ERRORS;

/** The words of a user error in one language: the catalogue's text with its `{name}` slots filled. */
export function userErrorText(code: UserErrorCode, params: Slots, lang: Lang): string {
  return fillTemplate(USER_ERRORS[code][lang], params, lang);
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
  /** Slot values; a Message (both languages) where the words differ by language (what the reader saw). */
  readonly params: Slots;
  constructor(code: UserErrorCode, params: Slots = {}) {
    const { vi, en } = fillMessage(USER_ERRORS[code], params);
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

/** The user error of a report request's failure (src/report/make/request.ts): the words every face uses. */
export function requestFailureError(failure: RequestFailure): UserError {
  switch (failure.code) {
    case "no-data":
      return new UserError("no-data");
    case "no-month":
      return new UserError("no-period", { year: failure.year });
    case "no-indicators":
      return new UserError("no-indicators", { year: failure.year });
    case "quarter-month":
      return new UserError("quarter-month", { year: failure.year, month: failure.month });
  }
}

/**
 * The words for any error, in both languages: a UserError's own; an Excel or other error wrapped in
 * the words every face uses for the unexpected, with its own message.
 */
export function errorMessage(e: unknown): Message {
  if (isUserError(e)) return { vi: e.vi, en: e.en };
  const detail = e instanceof Error ? e.message : String(e);
  return fillMessage(USER_ERRORS["excel-failed"], { detail });
}

/** The words to show for any error in `lang` (see errorMessage). */
export function userMessage(e: unknown, lang: Lang): string {
  return errorMessage(e)[lang];
}
