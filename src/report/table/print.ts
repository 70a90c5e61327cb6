/**
 * How the report grid prints, the same in both writers (the add-in's Excel writer and ct-report's .xlsx
 * writer): the page number, column widths that fit their text, and row heights for wrapped text. Pure.
 */
import type { Area, Grid, HeaderFooterText } from "./grid";

/** The page number, top centre, in Excel's header codes (Nghị định 30/2020: from page 2). */
export const PAGE_NUMBER_HEADER: HeaderFooterText = { center: "&P" };

/** Millimetres in inches, the unit of Excel's page setup. */
const inches = (mm: number): number => Math.round((mm / 25.4) * 100) / 100;

/** Nghị định 30/2020's margins (top 20–25, bottom 20–25, left 30–35, right 15–20 mm), at their least. */
export const DECREE_MARGINS = {
  top: inches(20),
  bottom: inches(20),
  left: inches(30),
  right: inches(15),
  header: inches(8),
  footer: inches(8),
};

/**
 * How the report prints, decided here once: A4 landscape, one page wide, the header rows repeated,
 * the table centred, the page number from page 2, the decree's margins, and `area` (the heading, the
 * table and its notes; the summary paragraph is the Word report's body, not the annex's).
 */
export function reportPrint(repeatRows: { first: number; last: number }, area?: Area): Grid["print"] {
  return {
    landscape: true,
    fitToWidth: 1,
    repeatRows,
    header: PAGE_NUMBER_HEADER,
    differentFirst: true,
    paper: "A4",
    centerHorizontally: true,
    margins: DECREE_MARGINS,
    ...(area ? { area } : {}),
  };
}

/** ExcelJS / SpreadsheetML form of a header or footer: "&L…&C…&R…". */
export function headerFooterCode(h: HeaderFooterText | undefined): string {
  if (!h) return "";
  return `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}`;
}

const MAX_FIT_WIDTH = 40;

function longestWord(text: string): string {
  return text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** Characters a value shows: a number with its thousands separators and the format's decimals. */
function shownLength(value: string | number, format: string | undefined): number {
  if (typeof value === "string") return value.length;
  const decimals = /\.(0+)/.exec(format ?? "")?.[1]?.length ?? 0;
  const whole = Math.trunc(Math.abs(value)).toString().length;
  return whole + Math.floor((whole - 1) / 3) + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0);
}

/**
 * The grid's column widths, each widened (never narrowed) to fit the longest text or number of a cell that
 * spans no columns (of a wrapped cell its longest word), whatever the report's language ("thousand tonnes"
 * wraps, "enterprises" must not clip), with one character to spare: narrow enough that A4 landscape prints
 * the figures at 10 pt or more.
 */
export function fitColumnWidths(grid: Grid): number[] {
  const spans = new Set<string>();
  for (const m of grid.merges) if (m.c2 > m.c1) for (let r = m.r1; r <= m.r2; r++) spans.add(`${r}:${m.c1}`);
  const widths = [...grid.colWidths];
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || spans.has(`${r}:${c}`)) return;
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      // A wrapped cell needs room for its longest word ("enterprises"); any other its whole text.
      const text = cell.style?.wrap && typeof cell.value === "string" ? longestWord(cell.value) : cell.value;
      const chars = shownLength(text, cell.format) * (cell.style?.bold ? 1.1 : 1);
      const need = Math.min(MAX_FIT_WIDTH, Math.ceil(chars) + 1);
      if (need > (widths[c] ?? 0)) widths[c] = need;
    }),
  );
  return widths;
}

const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15; // points per line at 11 pt

/**
 * Row heights for wrapped text, since neither Excel nor most viewers grow a row on open (and none grows
 * a merged one): each wrapped cell needs ceil(characters / width of its columns) lines; a cell merged
 * down several rows shares them, the last row taking what is missing. Other rows keep the default height.
 */
export function wrappedRowHeights(grid: Grid): Map<number, number> {
  const width = (c: number): number => {
    const w = grid.colWidths[c];
    return w !== undefined && w > 0 ? w : DEFAULT_WIDTH;
  };
  const mergeAt = new Map<string, { r2: number; c2: number }>();
  for (const m of grid.merges) mergeAt.set(`${m.r1}:${m.c1}`, { r2: m.r2, c2: m.c2 });
  const heights = new Map<number, number>();
  const tall: { r1: number; r2: number; need: number }[] = [];
  grid.cells.forEach((row, r) =>
    (row ?? []).forEach((cell, c) => {
      if (!cell?.style?.wrap || typeof cell.value !== "string" || cell.value === "") return;
      const m = mergeAt.get(`${r}:${c}`) ?? { r2: r, c2: c };
      let w = 0;
      for (let k = c; k <= m.c2; k++) w += width(k);
      const scale = (cell.style.fontSize ?? 11) / 11;
      // A column's width counts digit widths; average text is narrower, bold text a little wider.
      // Times New Roman (the decree's typeface) in capitals and bold runs wider than the digit the width counts.
      const perChar = (cell.style.bold ? 1.2 : 0.9) * scale;
      const lines = Math.max(1, Math.ceil((cell.value.length * perChar) / Math.max(1, w - 1)));
      const need = lines * LINE_HEIGHT * scale + 3;
      if (m.r2 === r) heights.set(r, Math.max(heights.get(r) ?? 0, need));
      else tall.push({ r1: r, r2: m.r2, need });
    }),
  );
  for (const t of tall) {
    let have = 0;
    for (let k = t.r1; k <= t.r2; k++) have += heights.get(k) ?? LINE_HEIGHT;
    if (have < t.need) heights.set(t.r2, (heights.get(t.r2) ?? LINE_HEIGHT) + (t.need - have));
  }
  for (const [r, h] of heights) if (h <= LINE_HEIGHT + 3) heights.delete(r);
  return heights;
}

/**
 * The grid's row heights as both writers set them (Grid.rowHeights): every row whose wrapped text needs
 * more than one line, in points to one decimal, sorted by row. Excel grows no merged row by itself, and a
 * file viewer grows none at all, so the model decides them once.
 */
export function rowHeightsOf(grid: Grid): { row: number; points: number }[] {
  return [...wrappedRowHeights(grid)]
    .map(([row, h]) => ({ row, points: Math.round(h * 10) / 10 }))
    .sort((a, b) => a.row - b.row);
}
