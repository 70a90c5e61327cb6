/**
 * The top of the report sheet as an administrative table (Nghị định 30/2020/NĐ-CP): the agency block
 * ("UBND TỈNH …" over "SỞ CÔNG THƯƠNG") top left, the table's number ("Biểu số 01") top right, the
 * title, the line tying the table to its report ("Kèm theo Báo cáo số …/BC-SCT ngày … tháng … năm …"),
 * and how the comparison columns read. Pure.
 */
import { fillTemplate, type Message } from "../../core/message";
import type { Lang } from "../../core/types";
import { dateWords, type DocumentSettings } from "./documentSettings";
import { settingsInLang } from "./settingsInLang";
import type { Area, CellStyle, GridCell } from "../table/grid";

/** Rows the heading takes above the table's header rows. */
export const HEADING_ROWS = 6;

export interface HeadingInput {
  title: string;
  /** "(Cột so sánh: chỉ số, kỳ so sánh = 100)". */
  comparisonWords: string;
  cols: number;
  year: number;
  lang: Lang;
  document: DocumentSettings;
}

export interface HeadingCell {
  r: number;
  c: number;
  cell: GridCell;
}

const HEADING_WORDS = {
  attached: {
    vi: "(Kèm theo Báo cáo số {number} {date} của {agency})",
    en: "(Attached to Report No. {number} of {date} of the {agency})",
  },
  tableNumber: { vi: "Biểu số {number}", en: "Table {number}" },
} as const satisfies Record<string, Message>;

const SMALL_WORDS = new Set(["of", "and", "the", "for"]);

/**
 * "Sở Công Thương" from "SỞ CÔNG THƯƠNG": the agency's name as it reads inside a sentence; in English the small
 * words stay small ("Department of Industry and Trade").
 */
export function agencyInSentence(agency: string, lang: Lang): string {
  const words = agency.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
  return words
    .map((w, i) =>
      lang === "en" && i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toLocaleUpperCase(lang) + w.slice(1),
    )
    .join(" ");
}

/** "Kèm theo Báo cáo số …/BC-SCT ngày … tháng … năm … của Sở Công Thương". */
export function attachedLine(settings: DocumentSettings, year: number, lang: Lang): string {
  const document = settingsInLang(settings, lang);
  const date = dateWords(document.reportDate, lang, document.reportDate ? undefined : year);
  const of = agencyInSentence(document.agency, lang);
  return fillTemplate(HEADING_WORDS.attached[lang], { number: document.reportNumber, date, agency: of }, lang);
}

/** The heading's cells and merges, rows 0 .. HEADING_ROWS - 1. */
export function headingCells(h: HeadingInput): { cells: HeadingCell[]; merges: Area[] } {
  const { cols, lang } = h;
  const document = settingsInLang(h.document, lang);
  const last = cols - 1;
  // The agency block spans the first three columns (STT, indicator, unit), the table number the last three.
  const left = Math.min(2, last);
  const right = Math.max(left + 1, cols - 3);
  const center: CellStyle = { align: "center", valign: "middle" };
  const cells: HeadingCell[] = [
    { r: 0, c: 0, cell: { value: document.province, style: { ...center, fontSize: 12 } } },
    { r: 1, c: 0, cell: { value: document.agency, style: { ...center, bold: true, fontSize: 12 } } },
    {
      r: 0,
      c: right,
      cell: {
        value: fillTemplate(HEADING_WORDS.tableNumber[lang], { number: document.tableNumber }, lang),
        style: { bold: true, align: "right" },
      },
    },
    {
      r: 3,
      c: 0,
      cell: {
        value: h.title.toLocaleUpperCase(lang),
        style: { bold: true, align: "center", fontSize: 13, wrap: true },
      },
    },
    { r: 4, c: 0, cell: { value: attachedLine(document, h.year, lang), style: { italic: true, align: "center" } } },
    { r: 5, c: 0, cell: { value: `(${h.comparisonWords})`, style: { italic: true, align: "center" } } },
  ];
  const merges: Area[] = [
    { r1: 0, c1: 0, r2: 0, c2: left },
    { r1: 1, c1: 0, r2: 1, c2: left },
    { r1: 3, c1: 0, r2: 3, c2: last },
    { r1: 4, c1: 0, r2: 4, c2: last },
    { r1: 5, c1: 0, r2: 5, c2: last },
  ];
  if (right < last) merges.push({ r1: 0, c1: right, r2: 0, c2: last });
  return { cells, merges };
}
