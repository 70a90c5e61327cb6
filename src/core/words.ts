/**
 * The one catalogue of report words (vi/en): kind names, period labels, column headers, and the known
 * indicators with their names, units and kinds. Pure data and small helpers.
 */
import type { Message } from "./message";
import type { IndexBasis } from "./indexAverage";
import type { Candidate } from "./estimateCandidates";
import type { EstimateMethod, Kind, Lang } from "./types";

/** The text in the given language, from its two versions side by side. */
export function inLang(lang: Lang, vi: string, en: string): string {
  return lang === "vi" ? vi : en;
}

/** Kind names as the raw data writes them. The first of each list is the one the add-in writes. */
export const KIND_WORDS: Record<Kind, Message & { aliases: string[] }> = {
  flow: {
    vi: "cộng dồn",
    en: "flow",
    aliases: ["cong don", "flow", "tong", "sum", "luy ke", "cumulative", "tong cong"],
  },
  index: {
    vi: "bình quân",
    en: "index",
    aliases: ["binh quan", "index", "average", "chi so", "trung binh", "avg", "mean"],
  },
  level: {
    vi: "cuối kỳ",
    en: "level",
    aliases: ["cuoi ky", "level", "thoi diem", "stock", "end of period", "diem", "closing", "last"],
  },
};

/** Lower case, no diacritics (đ -> d), punctuation to spaces, spaces collapsed: for matching typed words. */
export function normalizeWord(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%+<>≤≥.,-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The key a typed word is matched by: normalizeWord, without brackets' content, "_" and "-" as spaces, no dots or commas. */
function wordKey(s: string): string {
  return normalizeWord(s.replace(/\(.*?\)/g, " "))
    .replace(/[.,_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The entry of `table` whose aliases hold the typed word, or null. */
function fromWord<T extends string>(table: Record<T, { aliases: readonly string[] }>, s: string): T | null {
  const w = wordKey(s);
  for (const key of Object.keys(table) as T[]) if (table[key].aliases.includes(w)) return key;
  return null;
}

/** The kind a typed word names ("Cộng dồn", "binh quan", "level"), or null. The reader and CT.YTD alike. */
export function kindFromWord(s: string): Kind | null {
  return fromWord(KIND_WORDS, s);
}

/**
 * How an index row's months are based (docs/data-layout.md): index numbers on a fixed base, or the published
 * indices on the same month of last year. Written in brackets after the kind: "bình quân (gốc cố định)".
 */
export const INDEX_BASIS_WORDS: Record<IndexBasis, Message & { aliases: string[] }> = {
  fixed: {
    vi: "gốc cố định",
    en: "fixed base",
    aliases: ["fixed", "fixed base", "goc co dinh", "co dinh", "ky goc co dinh"],
  },
  "same-month": {
    vi: "cùng kỳ",
    en: "same month",
    aliases: [
      "same month",
      "yoy",
      "year on year",
      "cung ky",
      "so cung ky",
      "cung thang",
      "so voi cung thang nam truoc",
      "so voi cung ky",
    ],
  },
};

/** The basis a word names, or null. A base year ("2019 = 100") names a fixed base. */
export function indexBasisFromWord(s: string): IndexBasis | null {
  if (/^(nam goc )?\d{4} 100$/.test(wordKey(s))) return "fixed";
  return fromWord(INDEX_BASIS_WORDS, s);
}

/**
 * Each estimate method's words, the one place they are said: `vi`/`en` as officers type and read the
 * method's name (CT.PROJECT, CT.PROJECTM, the command's --method), `named` in the figure's cell note
 * ("Ước tính theo mùa vụ năm trước"), `how` in the notes under the report table (with its formula).
 */
export const METHOD_WORDS: Record<EstimateMethod, Message & { aliases: string[]; named: Message; how: Message }> = {
  runrate: {
    vi: "bình quân tháng",
    en: "run rate",
    aliases: ["runrate", "run rate", "binh quan thang"],
    named: { vi: "bình quân các tháng đã qua", en: "the average of the months so far" },
    how: {
      vi: "bình quân các tháng đã qua",
      en: "the average of the months so far",
    },
  },
  seasonal: {
    vi: "mùa vụ",
    en: "seasonal",
    aliases: ["seasonal", "mua vu", "theo mua vu"],
    named: { vi: "mùa vụ năm trước", en: "last year's seasonal shape" },
    how: {
      vi: "mùa vụ năm trước (các tháng còn lại tăng như các tháng đã qua so với cùng kỳ)",
      en: "last year's seasonal shape (the months left grow as the months so far did on last year)",
    },
  },
  recent: {
    vi: "tháng gần đây",
    en: "recent",
    aliases: ["recent", "gan day", "thang gan day"],
    named: { vi: "bình quân 3 tháng gần nhất", en: "the average of the last 3 months" },
    how: {
      vi: "bình quân 3 tháng gần nhất cho các tháng còn lại",
      en: "the average of the last 3 months for the months left",
    },
  },
  manual: {
    vi: "thủ công",
    en: "manual",
    aliases: ["manual", "thu cong", "nhap tay"],
    named: { vi: "số nhập tay", en: "the typed figure" },
    how: {
      vi: "số do cán bộ nhập (tạm tính theo bình quân các tháng)",
      en: "typed by the officer (pre-filled with the monthly average)",
    },
  },
  auto: {
    vi: "tự động",
    en: "auto",
    aliases: ["auto", "tu dong", "automatic"],
    named: { vi: "tự động", en: "auto" },
    how: {
      vi: "phương pháp có sai số nhỏ nhất trên các năm trước của từng chỉ tiêu (tự động)",
      en: "for each indicator, the method with the smallest error over its past years (auto)",
    },
  },
};

/** The methods `auto` chooses among (src/core/estimateCandidates.ts), as the notes and the functions name them. */
export const CANDIDATE_WORDS: Record<Candidate, Message> = {
  seasonal: { vi: "mùa vụ năm trước", en: "last year's seasonal shape" },
  seasonal3: { vi: "mùa vụ bình quân 3 năm", en: "the average seasonal shape of 3 years" },
  recent: { vi: "bình quân 3 tháng gần nhất", en: "the average of the last 3 months" },
  runrate: { vi: "bình quân các tháng đã qua", en: "the average of the months so far" },
  holtWinters: { vi: "san bằng mũ theo mùa (cộng)", en: "seasonal exponential smoothing (additive)" },
  holtWintersMul: { vi: "san bằng mũ theo mùa (nhân)", en: "seasonal exponential smoothing (multiplicative)" },
  latest: { vi: "giữ chỉ số tháng gần nhất", en: "the latest month carried" },
  soFar: { vi: "chỉ số bình quân từ đầu năm", en: "the average so far" },
};

/** What the year's estimate says of the method `auto` chose, or why it could not choose. */
export const ESTIMATE_CHOICE = {
  cellNote: { vi: "Ước thực hiện năm {year} (tự động): {choice}.", en: "The {year} estimate (auto): {choice}." },
  noteLine: { vi: "{name}: {choice}.", en: "{name}: {choice}." },
  chosen: {
    vi: "chọn: {method}; sai số bình quân {error} các năm {years}",
    en: "chosen: {method}; mean error {error} over {years}",
  },
  leftOut: { vi: "không tính năm {years}", en: "left out: {years}" },
  "few-years": {
    vi: "chưa đủ 3 năm để kiểm chứng (có {count}): tính theo mùa vụ năm trước",
    en: "fewer than 3 years to test ({count}): last year's seasonal shape",
  },
  "this-year-incomplete": {
    vi: "năm nay thiếu tháng: tính theo mùa vụ năm trước",
    en: "a month of this year is missing: last year's seasonal shape",
  },
  reasons: {
    incomplete: { vi: "thiếu tháng", en: "months missing" },
    revised: { vi: "số liệu điều chỉnh", en: "revised" },
    "no-year-before": { vi: "thiếu năm trước đó", en: "no year before it" },
    "short-history": { vi: "chưa đủ 2 năm trước đó", en: "fewer than 2 years before it" },
    break: { vi: "năm đột biến", en: "a break" },
  },
} as const;

/** The estimate method a typed word names, or null. */
export function methodFromWord(s: string): EstimateMethod | null {
  return fromWord(METHOD_WORDS, s);
}

const LANG_WORDS: Record<Lang, { aliases: string[] }> = {
  vi: { aliases: ["vi", "vn", "vi vn", "tieng viet", "vietnamese"] },
  en: { aliases: ["en", "en us", "english", "tieng anh"] },
};

/** The language a typed word names ("vi", "tiếng Việt", "English"), or null. */
export function langFromWord(s: string): Lang | null {
  return fromWord(LANG_WORDS, s);
}

const STYLE_WORDS: Record<"exact" | "approx", { aliases: string[] }> = {
  exact: { aliases: ["exact", "chinh xac"] },
  approx: { aliases: ["approx", "approximate", "lam tron", "gan dung"] },
};

/** The sentence style a typed word names (exact figures, or "gần"/"hơn" as officers speak), or null. */
export function styleFromWord(s: string): "exact" | "approx" | null {
  return fromWord(STYLE_WORDS, s);
}

/** A known indicator: its code, names, units and kind (DOMAIN.md). */
export interface KnownIndicator {
  code: string;
  name: Message;
  unit: Message;
  kind: Kind;
  group: Message;
  /** Written in the paragraph under the report. */
  main?: boolean;
  /** Measured against dự toán (budget estimate) instead of kế hoạch. */
  budget?: boolean;
  /** A price index: its sentence names its bases. */
  price?: boolean;
  /** A ceiling target: lower is better. */
  lowerIsBetter?: boolean;
}

const G = {
  industry: { vi: "Công nghiệp", en: "Industry" },
  trade: { vi: "Thương mại", en: "Trade" },
  prices: { vi: "Giá cả", en: "Prices" },
  budget: { vi: "Thu ngân sách", en: "Budget revenue" },
};

export const KNOWN_INDICATORS: KnownIndicator[] = [
  {
    code: "GTSX",
    name: { vi: "Giá trị sản xuất công nghiệp", en: "Industrial production value" },
    unit: { vi: "tỷ đồng", en: "billion VND" },
    kind: "flow",
    group: G.industry,
    main: true,
  },
  {
    code: "IIP",
    name: { vi: "Chỉ số sản xuất công nghiệp (IIP)", en: "Index of industrial production (IIP)" },
    unit: { vi: "%", en: "%" },
    kind: "index",
    group: G.industry,
    // It leads the industry part of every real report (DOMAIN.md, "The report officers send").
    main: true,
  },
  {
    code: "DIEN",
    name: { vi: "Điện sản xuất", en: "Electricity output" },
    unit: { vi: "triệu kWh", en: "million kWh" },
    kind: "flow",
    group: G.industry,
  },
  {
    code: "XIMANG",
    name: { vi: "Xi măng", en: "Cement" },
    unit: { vi: "nghìn tấn", en: "thousand tonnes" },
    kind: "flow",
    group: G.industry,
  },
  {
    code: "GACH",
    name: { vi: "Gạch nung", en: "Fired bricks" },
    unit: { vi: "triệu viên", en: "million bricks" },
    kind: "flow",
    group: G.industry,
  },
  {
    code: "DN",
    name: { vi: "Số doanh nghiệp công nghiệp đang hoạt động", en: "Industrial enterprises in operation" },
    unit: { vi: "doanh nghiệp", en: "enterprises" },
    kind: "level",
    group: G.industry,
  },
  {
    code: "HODIEN",
    name: { vi: "Tỷ lệ hộ dân có điện", en: "Households with electricity" },
    unit: { vi: "%", en: "%" },
    kind: "level",
    group: G.industry,
  },
  {
    code: "BLHH",
    name: { vi: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", en: "Retail sales of goods and services" },
    unit: { vi: "tỷ đồng", en: "billion VND" },
    kind: "flow",
    group: G.trade,
  },
  {
    code: "XK",
    name: { vi: "Giá trị xuất khẩu", en: "Exports" },
    unit: { vi: "triệu USD", en: "million USD" },
    kind: "flow",
    group: G.trade,
    main: true,
  },
  {
    code: "NK",
    name: { vi: "Giá trị nhập khẩu", en: "Imports" },
    unit: { vi: "triệu USD", en: "million USD" },
    kind: "flow",
    group: G.trade,
    main: true,
  },
  {
    code: "CPI",
    name: { vi: "Chỉ số giá tiêu dùng (CPI)", en: "Consumer price index (CPI)" },
    unit: { vi: "%", en: "%" },
    kind: "index",
    group: G.prices,
    main: true,
    price: true,
    lowerIsBetter: true,
  },
  {
    code: "THUNS",
    name: { vi: "Thu ngân sách nhà nước", en: "State budget revenue" },
    unit: { vi: "tỷ đồng", en: "billion VND" },
    kind: "flow",
    group: G.budget,
    main: true,
    budget: true,
  },
];

/** The known indicator of a code, case-insensitive, or undefined. */
export function knownIndicator(code: string): KnownIndicator | undefined {
  const c = code.trim().toUpperCase();
  return KNOWN_INDICATORS.find((k) => k.code === c);
}

/** A budget line: its code or name speaks of budget revenue or dự toán (DOMAIN.md). */
export function isBudgetLine(code: string, name: string): boolean {
  if (knownIndicator(code)?.budget) return true;
  const n = normalizeWord(code + " " + name);
  return /thu ngan sach|du toan|budget/.test(n);
}

/** Units the reader may convert between: factor to multiply a value in `from` to get `to`. */
const UNIT_FACTORS: { a: string; b: string; factor: number }[] = [
  { a: "trieu dong", b: "ty dong", factor: 1 / 1000 },
  { a: "nghin dong", b: "trieu dong", factor: 1 / 1000 },
  { a: "nghin usd", b: "trieu usd", factor: 1 / 1000 },
  { a: "kwh", b: "trieu kwh", factor: 1 / 1e6 },
  { a: "nghin kwh", b: "trieu kwh", factor: 1 / 1000 },
  { a: "tan", b: "nghin tan", factor: 1 / 1000 },
  { a: "million vnd", b: "billion vnd", factor: 1 / 1000 },
  { a: "thousand usd", b: "million usd", factor: 1 / 1000 },
];

/**
 * A unit as compared: normalizeWord, with the southern "ngàn" read as "nghìn" (thousand) and "ngàn"/"nghìn"
 * spelled "ngan"/"nghin" alike: "ngàn USD" is "nghìn USD" (DOMAIN.md, "What real workbooks look like").
 */
export function unitKey(unit: string): string {
  return normalizeWord(unit).replace(/(^|\s)ngan(?=\s|$)/g, "$1nghin");
}

/** Whether two units are the same unit as written (case, accents, "ngàn"/"nghìn" aside). */
export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}

/** The factor turning a figure in unit `from` into unit `to`; 1 when equal; null when unknown. */
export function unitFactor(from: string, to: string): number | null {
  const f = unitKey(from);
  const t = unitKey(to);
  if (f === t) return 1;
  for (const u of UNIT_FACTORS) {
    if (u.a === f && u.b === t) return u.factor;
    if (u.b === f && u.a === t) return 1 / u.factor;
  }
  return null;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 -> "I", 4 -> "IV", 14 -> "XIV". */
export function roman(n: number): string {
  let out = "";
  let rest = Math.max(1, Math.floor(n));
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Evaluation words of a non-numeric plan. */
export const EVALUATION: Record<"above" | "met" | "missed", Message> = {
  above: { vi: "Vượt", en: "Above" },
  met: { vi: "Đạt", en: "Met" },
  missed: { vi: "Không đạt", en: "Missed" },
};

/** Words of the report table. Functions take the period where the label names it. */
export const REPORT_WORDS = {
  stt: { vi: "STT", en: "No." },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "ĐVT", en: "Unit" },
  compare: { vi: "So sánh (%)", en: "Comparison (%)" },
  compareGrowth: { vi: "Tăng/giảm (%)", en: "Change (%)" },
  note: { vi: "Ghi chú", en: "Notes" },
} satisfies Record<string, Message>;

/** The Vietnamese scale words of a unit in English ("ngàn" is the southern "nghìn"). */
const SCALE_EN: [RegExp, string][] = [
  [/^nghìn tỷ\s+/iu, "trillion "],
  [/^(nghìn|ngàn)\s+/iu, "thousand "],
  [/^triệu\s+/iu, "million "],
  [/^tỷ\s+/iu, "billion "],
];

/** The base units of a unit in English; any other (USD, kWh, m3) is kept as typed. */
const BASE_EN: Record<string, string> = {
  đồng: "VND",
  tấn: "tonnes",
  "lượt khách": "visitors",
  "lượt người": "visits",
};

/**
 * A unit as an English report writes it: "nghìn USD" / "ngàn USD" → "thousand USD", "tỷ đồng" → "billion VND",
 * "nghìn tấn" → "thousand tonnes"; a unit with no Vietnamese scale or base word is kept as typed.
 */
export function englishUnit(unit: string): string {
  const u = unit.trim().replace(/\s+/g, " ");
  const scale = SCALE_EN.find(([re]) => re.test(u));
  const head = scale ? scale[1] : "";
  const rest = scale ? u.replace(scale[0], "") : u;
  const base = BASE_EN[rest.toLocaleLowerCase("vi")] ?? rest;
  return scale || base !== rest ? head + base : unit;
}
