/**
 * Finding the header of a raw data sheet: the row that names Mã / Chỉ tiêu / Năm / T1…T12, combined
 * with up to two rows above it when the header spans rows (a band "Số liệu các tháng" above T1..T12,
 * or "Năm" merged down from the row above). Header text is read with line breaks and extra spaces
 * folded. The header is searched in the first rows of the sheet and at the top of every Excel table.
 */
import { normalizeWord } from "../../core/words";

export type Field =
  "code" | "group" | "name" | "unit" | "kind" | "year" | "plan" | "ytd" | "main" | "status" | "localPlan";

/** Rows searched for the header row (from the top of the sheet; tables are searched wherever they are). */
export const HEADER_SEARCH_ROWS = 30;

/** Rows above the lowest header row that may hold the rest of the header. */
export const HEADER_BAND_ROWS = 2;

export const FIELD_WORDS: Record<Field, string[]> = {
  code: ["ma", "ma chi tieu", "ma so", "code", "id", "indicator code"],
  group: ["nhom", "nhom chi tieu", "group", "linh vuc", "nganh", "section"],
  name: ["chi tieu", "ten chi tieu", "indicator", "name", "noi dung", "indicator name"],
  unit: ["dvt", "d v t", "don vi tinh", "don vi", "unit", "units"],
  kind: ["loai", "loai chi tieu", "kind", "type", "cach tinh"],
  year: ["nam", "year"],
  plan: [
    "ke hoach",
    "kh",
    "plan",
    "du toan",
    "ke hoach du toan",
    "kh du toan",
    "target",
    "ke hoach nam",
    "kh nam",
    // The centre's estimate when the province's stands beside it.
    "du toan tw",
    "du toan trung uong",
    "du toan trung uong giao",
    "du toan tw giao",
    "kh tw",
    "central estimate",
    "central budget estimate",
  ],
  ytd: ["luy ke", "ytd", "year to date", "luy ke tu dau nam", "luy ke cong bo"],
  main: ["chinh", "main", "chi tieu chinh", "main indicator", "trong tam"],
  // A revision's status (docs/data-layout.md, "Revisions"): estimate, preliminary, official.
  status: [
    "loai so lieu",
    "tinh trang",
    "tinh trang so lieu",
    "trang thai",
    "trang thai so lieu",
    "status",
    "data status",
    "revision",
  ],
  // A budget line's second estimate, the province's own (dự toán HĐND tỉnh giao), beside the centre's in "plan".
  localPlan: [
    "du toan hdnd",
    "du toan hdnd tinh",
    "du toan hdnd tinh giao",
    "du toan dia phuong",
    "kh hdnd",
    "ke hoach hdnd",
    "hdnd giao",
    "hdnd tinh giao",
    "local estimate",
    "local budget estimate",
    "provincial estimate",
    "council estimate",
  ],
};

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_FULL = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * A month header may carry its year ("T1/2013", "Tháng 1 năm 2013", "Jan-13"): then `year` is that year.
 */
export type HeaderMeaning = { field: Field } | { month: number; year?: number } | { badMonth: number } | null;

/** "thực hiện" / "TH" before a month ("TH tháng 1", "Thực hiện T1"): the month's actual figure. */
const ACTUAL_PREFIX = /^(?:thuc hien|th)\s+(?=(?:t|thang|m|month)\s*\d)/;
/**
 * The year after a numbered month (normalized: "/" is a space): "T1/2013", "T1-2013", "Tháng 1 năm 2013".
 * Four digits only: "Tháng 1-12" is a span of months, never month 1 of 2012.
 */
const YEAR_AFTER_NUMBER = "(?:\\s*-\\s*(\\d{4})|\\s+nam\\s+(\\d{4})|\\s+(\\d{4}))";
/** The year after a month's name: "Jan-13", "Jan 2013", "Jan/2013", "Jan '13". Two digits are 20xx. */
const YEAR_AFTER_NAME = "(?:\\s*[-/ ]\\s*'?(\\d{4}|\\d{2}))";

function fullYear(groups: (string | undefined)[]): number | undefined {
  const text = groups.find((g) => g !== undefined);
  if (text === undefined) return undefined;
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/** What a header cell names: a field, a month 1..12 (with its year when it says one), a month outside 1..12, or nothing. */
export function headerMeaning(cell: unknown): HeaderMeaning {
  if (typeof cell !== "string") return null;
  const h = normalizeWord(cell.replace(/\(.*?\)|\[.*?\]/gs, " "))
    .replace(/[.,:]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(ACTUAL_PREFIX, "");
  if (h === "") return null;
  for (const f of Object.keys(FIELD_WORDS) as Field[]) if (FIELD_WORDS[f].includes(h)) return { field: f };
  const m = new RegExp(`^(?:t|thang|th|m|month)\\s*0*(\\d{1,3})${YEAR_AFTER_NUMBER}?$`).exec(h);
  if (m && m[1] !== undefined) {
    const n = Number(m[1]);
    const year = fullYear(m.slice(2));
    if (n < 1 || n > 12) return { badMonth: n };
    return year === undefined ? { month: n } : { month: n, year };
  }
  const word = new RegExp(`^([a-z]+)${YEAR_AFTER_NAME}?$`).exec(h);
  if (word && word[1] !== undefined) {
    const w = word[1];
    const named = MONTH_NAMES.indexOf(w) >= 0 ? MONTH_NAMES.indexOf(w) : MONTH_FULL.indexOf(w);
    const year = fullYear([word[2]]);
    if (named >= 0) return year === undefined ? { month: named + 1 } : { month: named + 1, year };
  }
  return null;
}

/**
 * A header cell holding a real date (Excel turns "Jan 2013" typed in a cell into 2013-01-01 shown mmm-yy):
 * the month of that year when the date is the first of a month; anything else names no month.
 */
export function dateHeaderMeaning(serial: number, date1904: boolean): HeaderMeaning {
  if (!Number.isInteger(serial) || serial < (date1904 ? 0 : 61)) return null;
  const d = new Date((date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)) + serial * 86_400_000);
  if (d.getUTCDate() !== 1) return null;
  return { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

/** The date cells of a sheet (keys "r,c" into values) and its date system, for month headers typed as dates. */
export interface HeaderDates {
  cells: Set<string>;
  date1904: boolean;
}

/** One header cell that means something, and where it is (row index into values). */
export interface HeaderCell {
  row: number;
  col: number;
  meaning: NonNullable<HeaderMeaning>;
  text: unknown;
}

export interface Layout {
  /** The lowest header row: data starts below it. */
  headerRow: number;
  /** The highest row the header uses (headerRow when it is one row). */
  topRow: number;
  fields: Partial<Record<Field, number>>;
  months: Map<number, number>; // month -> column
  /** Every meaningful header cell, left to right. */
  cells: HeaderCell[];
  /** Last row of the data when the header is a table's (index into values); else undefined. */
  lastRow?: number;
  /** The year every month header names ("T1/2013" … "T12/2013"): the rows' year, or the year Năm must say. */
  year?: number;
}

/** The header cells of row `r`, each column taking the lowest of rows r-2..r that names something. */
function headerAt(values: unknown[][], r: number, dates?: HeaderDates): HeaderCell[] {
  const byCol = new Map<number, HeaderCell>();
  for (let k = HEADER_BAND_ROWS; k >= 0; k--) {
    const rr = r - k;
    const row = rr >= 0 ? values[rr] : undefined;
    if (!Array.isArray(row)) continue;
    row.forEach((cell, c) => {
      const meaning =
        typeof cell === "number" && dates?.cells.has(`${rr},${c}`)
          ? dateHeaderMeaning(cell, dates.date1904)
          : (headerMeaning(cell) ?? bandMonth(values, r - HEADER_BAND_ROWS, rr, c, cell));
      if (meaning) byCol.set(c, { row: rr, col: c, meaning, text: cell });
    });
  }
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

/** A band over month columns numbered 1..12 ("Tháng" merged above 1 … 12). */
const MONTH_BANDS = ["thang", "cac thang", "so lieu thang", "so lieu cac thang", "month", "months", "monthly"];

/**
 * A bare 1..12 is a month only right under a band that says so: the nearest non-blank cell at or left of
 * its column in the row just above (within the header's rows) is "Tháng" (a merged band keeps its text in
 * its first cell). So a data row's small figures under the numbered header are never taken for months.
 */
function bandMonth(values: unknown[][], top: number, rr: number, c: number, cell: unknown): HeaderMeaning {
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{1,2}\s*$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 12) return null;
  for (let up = rr - 1; up >= Math.max(0, top, rr - 1); up--) {
    const line = values[up];
    if (!Array.isArray(line)) continue;
    for (let k = c; k >= 0; k--) {
      const above: unknown = line[k];
      if (above === null || above === undefined || above === "") continue;
      if (typeof above !== "string") break;
      const h = normalizeWord(above).replace(/[.,:]/g, " ").replace(/\s+/g, " ").trim();
      if (MONTH_BANDS.includes(h)) return { month: n };
      break;
    }
  }
  return null;
}

/**
 * The best header: the candidate row (the first HEADER_SEARCH_ROWS rows, and each table's top row)
 * whose combined header names a year, a code or name, and months or a plan, with the most columns.
 */
export function findLayout(
  values: unknown[][],
  tableTops: { row: number; lastRow: number }[] = [],
  dates?: HeaderDates,
): Layout | null {
  let best: Layout | null = null;
  let bestScore = 0;
  const candidates: { row: number; lastRow?: number }[] = [];
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) candidates.push({ row: r });
  for (const t of tableTops) candidates.push({ row: t.row, lastRow: t.lastRow });
  for (const cand of candidates) {
    const row = values[cand.row];
    if (!Array.isArray(row)) continue;
    const cells = headerAt(values, cand.row, dates);
    // The lowest row must itself name something, so a data row never inherits the header above it.
    if (!cells.some((c) => c.row === cand.row)) continue;
    const fields: Partial<Record<Field, number>> = {};
    const months = new Map<number, number>();
    for (const c of cells) {
      const m = c.meaning;
      if ("field" in m && fields[m.field] === undefined) fields[m.field] = c.col;
      if ("month" in m && !months.has(m.month)) months.set(m.month, c.col);
    }
    const year = headerYear(cells);
    const ok =
      (fields.year !== undefined || typeof year === "number") &&
      year !== "mixed" &&
      (fields.code !== undefined || fields.name !== undefined) &&
      (months.size > 0 || fields.plan !== undefined);
    const score = Object.keys(fields).length + months.size;
    if (ok && score > bestScore) {
      const topRow = Math.min(...cells.map((c) => c.row));
      best = {
        headerRow: cand.row,
        topRow,
        fields,
        months,
        cells,
        ...(cand.lastRow !== undefined ? { lastRow: cand.lastRow } : {}),
        ...(typeof year === "number" ? { year } : {}),
      };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The year the month headers name: one year when every month header says the same one, undefined when
 * none says a year, "mixed" when they say several or only some say one (a layout of one year per sheet
 * cannot be read from them).
 */
export function headerYear(cells: readonly HeaderCell[]): number | "mixed" | undefined {
  const years = new Set<number | undefined>();
  for (const c of cells) if ("month" in c.meaning) years.add(c.meaning.year);
  if (years.size === 0) return undefined;
  if (years.size > 1) return "mixed";
  return [...years][0];
}

/** The years the month headers name, in order ("2012, 2013"). */
export function headerYears(cells: readonly HeaderCell[]): number[] {
  const out = new Set<number>();
  for (const c of cells) if ("month" in c.meaning && c.meaning.year !== undefined) out.add(c.meaning.year);
  return [...out].sort((a, b) => a - b);
}

/**
 * When no header can be read: the row that came nearest (the most cells naming a field or a month, else
 * the first row with text), its cells as they read, and what a header still needs. For the problem that
 * names them, so the officer sees what the reader saw.
 */
export function nearestHeader(
  values: unknown[][],
  dates?: HeaderDates,
): {
  row: number;
  cells: { col: number; text: string }[];
  lacks: ("year" | "name" | "months" | "one-year")[];
  years: number[];
} | null {
  let bestRow = -1;
  let bestScore = 0;
  let firstText = -1;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    if (firstText < 0 && row.some((v) => typeof v === "string" && v.trim() !== "")) firstText = r;
    const cells = headerAt(values, r, dates).filter((c) => c.row === r);
    if (cells.length > bestScore) {
      bestScore = cells.length;
      bestRow = r;
    }
  }
  const r = bestRow >= 0 ? bestRow : firstText;
  if (r < 0) return null;
  const row = values[r] as unknown[];
  const cells: { col: number; text: string }[] = [];
  row.forEach((v, c) => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return;
    cells.push({ col: c, text: String(v).replace(/\s+/g, " ").trim() });
  });
  const header = headerAt(values, r, dates);
  const has = (f: Field): boolean => header.some((c) => "field" in c.meaning && c.meaning.field === f);
  const months = header.some((c) => "month" in c.meaning);
  const year = headerYear(header);
  const lacks: ("year" | "name" | "months" | "one-year")[] = [];
  if (year === "mixed") lacks.push("one-year");
  else if (!has("year") && year === undefined) lacks.push("year");
  if (!has("code") && !has("name")) lacks.push("name");
  if (!months && !has("plan")) lacks.push("months");
  return { row: r, cells, lacks, years: headerYears(header) };
}
