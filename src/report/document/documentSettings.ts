/**
 * The report as an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): who issues it, its
 * number and symbol, place and date, who signs it and who receives it. Set once, in ONE store: the
 * workbook's document settings (Office.context.document.settings, key DOCUMENT_SETTINGS_KEY), which
 * Office saves inside the .xlsx (xl/webextensions/webextension*.xml, we:property). The task pane writes
 * them; ct-report and the browser page read them back from the file; ct-report's --doc flags override
 * them. Pure: no Office, Node or DOM.
 */
import { fillMessage, type Message } from "../../core/message";

/** Everything the heading, the appendix line and the signature block need. */
export interface DocumentSettings {
  /** The parent agency, upper case: "UBND TỈNH QUẢNG NAM". */
  province: string;
  /** The issuing agency, upper case: "SỞ CÔNG THƯƠNG". */
  agency: string;
  /** The table's number: "01" gives "Biểu số 01". */
  tableNumber: string;
  /** Number and symbol: "125/BC-SCT"; the number is left blank ("…/BC-SCT") until the clerk issues it. */
  reportNumber: string;
  /** The report's date, "YYYY-MM-DD", or "" for "ngày … tháng … năm …" (filled in at signing). */
  reportDate: string;
  /** The place in the date line: "Tam Kỳ". */
  place: string;
  /** The signer's authority: "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", or "" when the head signs. */
  signerAuthority: string;
  /** The signer's title: "PHÓ GIÁM ĐỐC". */
  signerTitle: string;
  /** The signer's full name, or "" (written by hand). */
  signerName: string;
  /** "Nơi nhận" lines, without the leading "- " and the trailing ";" (the document adds them). */
  recipients: string[];
  /**
   * "Kính gửi: …" (decree, Phụ lục I, II.9.b: a report to a higher body names it under the subject), or "" for
   * none; when given, the recipients begin "- Như trên;".
   */
  addressee?: string;
}

/** The document setting's name in the workbook (beside "ct.settings", the report's own options). */
export const DOCUMENT_SETTINGS_KEY = "ct.document";

/** A blank the officer fills in by hand, as printed forms leave it. */
export const BLANK = "……";

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  province: `UBND TỈNH ${BLANK}`,
  agency: "SỞ CÔNG THƯƠNG",
  tableNumber: "01",
  reportNumber: `${BLANK}/BC-SCT`,
  reportDate: "",
  place: BLANK,
  signerAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "",
  recipients: [
    "Bộ Công Thương (b/c)",
    "UBND tỉnh (b/c)",
    "Sở Kế hoạch và Đầu tư",
    "Cục Thống kê tỉnh",
    "Lưu: VT, KHTC",
  ],
  addressee: "",
};

/** The keys a user may set (`--doc key=value`, the task pane's fields). */
export const DOCUMENT_SETTING_KEYS = Object.keys(DEFAULT_DOCUMENT_SETTINGS) as (keyof DocumentSettings)[];

/** Why a key/value was not taken. */
export interface DocumentSettingProblem {
  key: string;
  message: Message;
}

const MAX_TEXT = 200;
const MAX_RECIPIENTS = 30;

/** Why a document setting was not taken, in both languages. */
export const DOCUMENT_SETTING_MESSAGES = {
  unknownKey: {
    vi: 'Không có thiết lập văn bản "{key}"; các thiết lập: {keys}.',
    en: 'There is no document setting "{key}"; the settings are: {keys}.',
  },
  badRecipients: {
    vi: '"Nơi nhận" không đọc được (tối đa {lines} dòng, mỗi dòng tối đa {length} ký tự).',
    en: '"Recipients" could not be read (at most {lines} lines of {length} characters).',
  },
  notText: {
    vi: 'Thiết lập "{key}" phải là chữ, tối đa {length} ký tự.',
    en: 'The setting "{key}" must be text of at most {length} characters.',
  },
  badDate: {
    vi: 'Ngày báo cáo "{text}" không hợp lệ: ghi theo dạng năm-tháng-ngày, ví dụ 2013-10-05.',
    en: 'The report date "{text}" is not valid: write it as year-month-day, e.g. 2013-10-05.',
  },
  unreadable: {
    vi: "Thiết lập văn bản lưu trong tệp không đọc được; dùng giá trị mặc định.",
    en: "The document settings saved in the file could not be read; the defaults are used.",
  },
} as const satisfies Record<string, Message>;

function text(x: unknown): string | null {
  if (typeof x !== "string") return null;
  const t = x.replace(/\s+/g, " ").trim();
  return t.length <= MAX_TEXT ? t : null;
}

/** "2013-10-05" as a real date, or null. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : null;
}

function recipientsOf(x: unknown): string[] | null {
  const list = Array.isArray(x) ? x : typeof x === "string" ? x.split(/\r?\n|\s*\|\s*/) : null;
  if (!list) return null;
  const out = list
    .map((r) => text(r))
    .filter((r): r is string => r !== null)
    .map((r) => r.replace(/^[-–•]\s*/, "").replace(/[;.]$/, ""))
    .filter((r) => r !== "");
  return out.length <= MAX_RECIPIENTS ? out : null;
}

/**
 * Settings from key/values (the workbook's stored object, or `--doc` flags), over `base`. Unknown keys and
 * bad values are reported, never silently taken; what is missing keeps `base`'s value.
 * Recipients: an array, or one text with lines separated by new lines or "|".
 */
export function parseDocumentSettings(
  values: Record<string, unknown>,
  base: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS,
): { settings: DocumentSettings; problems: DocumentSettingProblem[] } {
  const settings: DocumentSettings = { ...base, recipients: [...base.recipients] };
  const problems: DocumentSettingProblem[] = [];
  for (const [key, raw] of Object.entries(values)) {
    if (!(DOCUMENT_SETTING_KEYS as string[]).includes(key)) {
      problems.push({
        key,
        message: fillMessage(DOCUMENT_SETTING_MESSAGES.unknownKey, { key, keys: DOCUMENT_SETTING_KEYS.join(", ") }),
      });
      continue;
    }
    const k = key as keyof DocumentSettings;
    if (k === "recipients") {
      const list = recipientsOf(raw);
      if (list) settings.recipients = list;
      else
        problems.push({
          key,
          message: fillMessage(DOCUMENT_SETTING_MESSAGES.badRecipients, { lines: MAX_RECIPIENTS, length: MAX_TEXT }),
        });
      continue;
    }
    const t = text(raw);
    if (t === null) {
      problems.push({
        key,
        message: fillMessage(DOCUMENT_SETTING_MESSAGES.notText, { key, length: MAX_TEXT }),
      });
      continue;
    }
    if (k === "reportDate" && t !== "" && !parseIsoDate(t)) {
      problems.push({
        key,
        message: fillMessage(DOCUMENT_SETTING_MESSAGES.badDate, { text: t }),
      });
      continue;
    }
    settings[k] = t;
  }
  return { settings, problems };
}

/**
 * The settings saved in a workbook, from its web-extension properties (name -> value as stored: Office
 * keeps each setting as JSON text). Absent or unreadable: the defaults, with a problem for what was bad.
 */
export function documentSettingsFromProperties(properties: Record<string, string> | undefined): {
  settings: DocumentSettings;
  problems: DocumentSettingProblem[];
} {
  const raw = properties?.[DOCUMENT_SETTINGS_KEY];
  if (raw === undefined || raw === "") return { settings: { ...DEFAULT_DOCUMENT_SETTINGS }, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null;
  }
  // Office stores an object as JSON; a setting saved as a JSON string of the object is read the same way.
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      value = null;
    }
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return {
      settings: { ...DEFAULT_DOCUMENT_SETTINGS },
      problems: [
        {
          key: DOCUMENT_SETTINGS_KEY,
          message: DOCUMENT_SETTING_MESSAGES.unreadable,
        },
      ],
    };
  }
  return parseDocumentSettings(value as Record<string, unknown>);
}

/** "ngày 05 tháng 01 năm 2014" (the decree writes a 0 before days under 10 and months 1 and 2), or blanks. */
export function dateWords(reportDate: string, lang: "vi" | "en", fallbackYear?: number): string {
  const d = parseIsoDate(reportDate);
  if (lang === "en") {
    if (!d) return fallbackYear ? `${BLANK} ${fallbackYear}` : BLANK;
    const months = ["January", "February", "March", "April", "May", "June", "July", "August"];
    const more = ["September", "October", "November", "December"];
    return `${[...months, ...more][d.month - 1]} ${d.day}, ${d.year}`;
  }
  if (!d) return `ngày ${BLANK} tháng ${BLANK} năm ${fallbackYear ?? BLANK}`;
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month < 3 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}
