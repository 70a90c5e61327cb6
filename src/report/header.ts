/**
 * Finding the header of a raw data sheet: the row that names Mã / Chỉ tiêu / Năm / T1…T12, combined
 * with up to two rows above it when the header spans rows (a band "Số liệu các tháng" above T1..T12,
 * or "Năm" merged down from the row above). Header text is read with line breaks and extra spaces
 * folded. The header is searched in the first rows of the sheet and at the top of every Excel table.
 */
import { normalizeWord } from "../core/words";

export type Field = "code" | "group" | "name" | "unit" | "kind" | "year" | "plan" | "ytd" | "main" | "localPlan";

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

export type HeaderMeaning = { field: Field } | { month: number } | { badMonth: number } | null;

/** What a header cell names: a field, a month 1..12, a month outside 1..12, or nothing. */
export function headerMeaning(cell: unknown): HeaderMeaning {
  if (typeof cell !== "string") return null;
  const h = normalizeWord(cell.replace(/\(.*?\)|\[.*?\]/gs, " "))
    .replace(/[.,:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (h === "") return null;
  for (const f of Object.keys(FIELD_WORDS) as Field[]) if (FIELD_WORDS[f].includes(h)) return { field: f };
  const m = /^(?:t|thang|th|m|month)\s*0*(\d{1,3})$/.exec(h);
  if (m && m[1] !== undefined) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? { month: n } : { badMonth: n };
  }
  const named = MONTH_NAMES.indexOf(h) >= 0 ? MONTH_NAMES.indexOf(h) : MONTH_FULL.indexOf(h);
  if (named >= 0) return { month: named + 1 };
  return null;
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
}

/** The header cells of row `r`, each column taking the lowest of rows r-2..r that names something. */
function headerAt(values: unknown[][], r: number): HeaderCell[] {
  const byCol = new Map<number, HeaderCell>();
  for (let k = HEADER_BAND_ROWS; k >= 0; k--) {
    const rr = r - k;
    const row = rr >= 0 ? values[rr] : undefined;
    if (!Array.isArray(row)) continue;
    row.forEach((cell, c) => {
      const meaning = headerMeaning(cell) ?? bandMonth(values, r - HEADER_BAND_ROWS, rr, c, cell);
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
export function findLayout(values: unknown[][], tableTops: { row: number; lastRow: number }[] = []): Layout | null {
  let best: Layout | null = null;
  let bestScore = 0;
  const candidates: { row: number; lastRow?: number }[] = [];
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) candidates.push({ row: r });
  for (const t of tableTops) candidates.push({ row: t.row, lastRow: t.lastRow });
  for (const cand of candidates) {
    const row = values[cand.row];
    if (!Array.isArray(row)) continue;
    const cells = headerAt(values, cand.row);
    // The lowest row must itself name something, so a data row never inherits the header above it.
    if (!cells.some((c) => c.row === cand.row)) continue;
    const fields: Partial<Record<Field, number>> = {};
    const months = new Map<number, number>();
    for (const c of cells) {
      const m = c.meaning;
      if ("field" in m && fields[m.field] === undefined) fields[m.field] = c.col;
      if ("month" in m && !months.has(m.month)) months.set(m.month, c.col);
    }
    const ok =
      fields.year !== undefined &&
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
      };
      bestScore = score;
    }
  }
  return best;
}
