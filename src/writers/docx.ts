/**
 * The Word report (Báo cáo) in the form of Nghị định 30/2020/NĐ-CP, Phụ lục I, written with the `docx`
 * package (no hand-made XML); runs in Node and the browser.
 *
 * Page 1 (A4 portrait, margins top 20, bottom 20, left 30, right 15 mm): agency block top left ("UBND
 * TỈNH …" over "SỞ CÔNG THƯƠNG", "Số: …/BC-SCT" under it) and national heading top right, as a borderless
 * two-column table; place and date in italics; "BÁO CÁO" and its subject, bold, centred; the body in
 * Times New Roman 14 pt (tagged vi-VN), "I. TÌNH HÌNH THỰC HIỆN …" with a numbered part per group, "II.
 * NHIỆM VỤ, GIẢI PHÁP …", "III. KIẾN NGHỊ, ĐỀ XUẤT", highlighted "[…]" places for the parts officers write
 * themselves; "Nơi nhận" (12/11 pt) bottom left and the signature block bottom right, kept on one page. Page
 * numbers top centre from page 2. Then the Phụ lục (Phụ lục I, part III) in a landscape section numbering its
 * own pages from 1, none on its first: the table at 9.5 pt, cell for cell the report grid's table as its
 * number formats show it.
 * The package carries the command's fingerprint (src/core/package/fingerprint.ts), as the .xlsx does.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Message } from "../core/message";
import type { Lang } from "../core/types";
import { shownText } from "../report/table/shownText";
import type { DocumentSettings } from "../report/document/documentSettings";
import { documentOutline, type DocumentOutline } from "../report/document/documentOutline";
import type { Area, Grid } from "../report/table/grid";
import type { Report, ReportText } from "../report/table/report";
import { withFingerprint } from "../core/package";

/** The creator the Word report carries (docProps/core.xml). */
export const DOCX_CREATOR = "ct-report (Công Thương)";

/** Millimetres to twentieths of a point (the unit of Word's page and table measures). */
const mm = (x: number): number => Math.round((x * 1440) / 25.4);
/** Points to half-points (the unit of Word's font sizes). */
const pt = (x: number): number => x * 2;

const FONT = "Times New Roman";
const BODY_PT = 14;
const TABLE_PT = 9.5;
const TABLE_STYLE = "CtTable";
const A4 = { width: mm(210), height: mm(297) };
/** Nghị định 30/2020: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_TEXT = A4.width - MARGIN.left - MARGIN.right;
const SUBJECT_RULE = mm(60);
const LANGUAGE_TAG: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };
const LANDSCAPE_TEXT = A4.height - MARGIN.left - MARGIN.right;

/** Builds the document's parts. */
class Writer {
  run(text: string, o: { bold?: boolean; italics?: boolean; size?: number; highlight?: boolean } = {}): TextRun {
    return new TextRun({
      text,
      font: FONT,
      ...(o.bold ? { bold: true } : {}),
      ...(o.italics ? { italics: true } : {}),
      ...(o.size ? { size: pt(o.size) } : {}),
      ...(o.highlight ? { highlight: HighlightColor.YELLOW } : {}),
    });
  }

  line(
    text: string,
    o: {
      bold?: boolean;
      italics?: boolean;
      size?: number;
      align?: "left" | "center" | "right" | "both";
      after?: number;
      before?: number;
      firstLine?: boolean;
      highlight?: boolean;
      keepNext?: boolean;
    } = {},
  ): Paragraph {
    const align = {
      left: AlignmentType.LEFT,
      center: AlignmentType.CENTER,
      right: AlignmentType.RIGHT,
      both: AlignmentType.JUSTIFIED,
    }[o.align ?? "left"];
    return new Paragraph({
      alignment: align,
      spacing: { before: pt(o.before ?? 0) * 10, after: pt(o.after ?? 0) * 10 },
      ...(o.firstLine ? { indent: { firstLine: mm(10) } } : {}),
      ...(o.keepNext ? { keepNext: true } : {}),
      children: [this.run(text, o)],
    });
  }
}

/** A short rule under a heading line, centred: a paragraph border between indents. */
function rule(cellWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120 },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

/** A borderless table of two cells side by side (the decree's heading and signature areas). */
function sideBySide(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE });
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // Kept on one page: a signature block split from its recipients is no signature block.
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])], cantSplit: true })],
  });
}

/** The page number, top centre (the first page of the document shows none). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
}

function heading(w: Writer, o: DocumentOutline): Table {
  const leftWidth = Math.round(PORTRAIT_TEXT * 0.4);
  const rightWidth = PORTRAIT_TEXT - leftWidth;
  const left = [
    w.line(o.agency.province, { size: 13, align: "center" }),
    w.line(o.agency.agency, { size: 13, bold: true, align: "center" }),
    rule(leftWidth, mm(20)),
    w.line(o.agency.number, { size: 13, align: "center", before: 6 }),
  ];
  const right = [
    w.line(o.nation.name, { size: 12, bold: true, align: "center" }),
    w.line(o.nation.motto, { size: 13, bold: true, align: "center" }),
    rule(rightWidth, mm(60)),
    w.line(o.nation.placeAndDate, { size: 14, italics: true, align: "center", before: 6 }),
  ];
  return sideBySide(left, right, [leftWidth, rightWidth]);
}

function body(w: Writer, o: DocumentOutline): Paragraph[] {
  const out: Paragraph[] = [
    w.line(o.type, { bold: true, size: 14, align: "center", before: 18 }),
    w.line(o.subject, { bold: true, size: 14, align: "center" }),
    // The line under the subject: a third to a half of the text line (Phụ lục I); 60 of 165 mm.
    rule(PORTRAIT_TEXT, SUBJECT_RULE),
  ];
  if (o.addressee) out.push(w.line(o.addressee, { align: "center", before: 12 }));
  out.push(w.line(o.intro, { align: "both", firstLine: true, before: 12, after: 6 }));
  for (const section of o.sections) {
    // "I. TÌNH HÌNH …" in capitals from the margin; "1. Sản xuất công nghiệp" indented as a paragraph.
    const top = section.level === 1;
    out.push(
      w.line(section.title, { bold: true, align: "both", before: 6, after: 6, keepNext: true, firstLine: !top }),
    );
    for (const p of section.paragraphs) {
      out.push(
        p.placeholder
          ? w.line(p.text, { align: "both", firstLine: true, after: 6, italics: true, highlight: true })
          : w.line(p.text, { align: "both", firstLine: true, after: 6 }),
      );
    }
  }
  out.push(w.line(o.closing, { align: "both", firstLine: true, before: 6, after: 12, keepNext: true }));
  return out;
}

function signature(w: Writer, o: DocumentOutline): Table {
  const leftWidth = Math.round(PORTRAIT_TEXT * 0.45);
  const left = [w.line(o.recipientsTitle, { size: 12, bold: true, italics: true })];
  for (const r of o.recipients) left.push(w.line(r, { size: 11 }));
  const right = [
    ...(o.signer.authority ? [w.line(o.signer.authority, { size: 14, bold: true, align: "center" })] : []),
    w.line(o.signer.title, { size: 14, bold: true, align: "center" }),
    // Room for the signature and the seal.
    ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
    w.line(o.signer.name, { size: 14, bold: true, align: "center" }),
  ];
  return sideBySide(left, right, [leftWidth, PORTRAIT_TEXT - leftWidth]);
}

/** The grid's table as a Word table: the same cells, spans, header shading and shown figures. */
function appendixTable(w: Writer, grid: Grid, area: Area, lang: Lang, headerRows: number): Table {
  // Shares of the sheet's widths, none under 8 characters ("STT" and Roman numerals must not break).
  const chars = grid.colWidths.slice(area.c1, area.c2 + 1).map((x) => Math.max(8, x));
  const total = chars.reduce((a, b) => a + b, 0) || 1;
  const widths = chars.map((x) => Math.floor((x / total) * LANDSCAPE_TEXT));
  const spanAt = new Map<string, Area>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    if (m.r1 < area.r1 || m.r2 > area.r2 || m.c1 < area.c1 || m.c2 > area.c2) continue;
    spanAt.set(`${m.r1}:${m.c1}`, m);
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r}:${c}`);
  }
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const rows: TableRow[] = [];
  for (let r = area.r1; r <= area.r2; r++) {
    const cells: TableCell[] = [];
    // A header row, or a group's heading row (all its text bold), stays on the page of the row after it.
    const row = (grid.cells[r] ?? []).slice(area.c1, area.c2 + 1);
    const keepNext =
      r < area.r1 + headerRows || row.every((gc) => gc?.value === undefined || gc.value === null || gc.style?.bold);
    for (let c = area.c1; c <= area.c2; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const gc = grid.cells[r]?.[c];
      const span = spanAt.get(`${r}:${c}`);
      const colSpan = span ? span.c2 - span.c1 + 1 : 1;
      let width = 0;
      for (let k = c; k < c + colSpan; k++) width += widths[k - area.c1] ?? 0;
      const shown = shownText(gc, lang);
      const numeric = typeof gc?.value === "number";
      const align = gc?.style?.align ?? (numeric ? "right" : "left");
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
          ...(span && span.r2 > span.r1 ? { rowSpan: span.r2 - span.r1 + 1 } : {}),
          verticalAlign: VerticalAlign.CENTER,
          borders,
          margins: { left: 60, right: 60, top: 0, bottom: 0 },
          ...(gc?.style?.fill
            ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: gc.style.fill.replace(/^#/, "") } }
            : {}),
          children: [
            new Paragraph({
              style: TABLE_STYLE,
              keepNext,
              alignment:
                align === "center"
                  ? AlignmentType.CENTER
                  : align === "right"
                    ? AlignmentType.RIGHT
                    : AlignmentType.LEFT,
              children: [
                w.run(shown, {
                  size: TABLE_PT,
                  ...(gc?.style?.bold ? { bold: true } : {}),
                  ...(gc?.style?.italic ? { italics: true } : {}),
                }),
              ],
            }),
          ],
        }),
      );
    }
    rows.push(
      new TableRow({ children: cells, cantSplit: true, ...(r < area.r1 + headerRows ? { tableHeader: true } : {}) }),
    );
  }
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/**
 * The appendix as Phụ lục I, part III of the decree lays one out: "Phụ lục" centred, 14 pt bold; its name in
 * capitals, bold; "(Kèm theo Báo cáo số …)" 14 pt italic; then the table and its notes.
 */
function appendix(w: Writer, o: DocumentOutline, report: Report, text: ReportText): (Paragraph | Table)[] {
  const grid = report.grid;
  const area = text.table;
  const titles = [
    w.line(o.appendix.heading, { size: 14, bold: true, align: "center" }),
    w.line(o.appendix.title, { size: 14, bold: true, align: "center", before: 3 }),
    w.line(o.appendix.attached, { size: 14, italics: true, align: "center", after: 3 }),
  ];
  if (o.appendix.comparison)
    titles.push(w.line(o.appendix.comparison, { size: 12, italics: true, align: "center", after: 6 }));
  // Header rows: every row above the first data row (merged header rows and the column letters).
  const headerRows = Math.max(1, grid.freeze.rows - area.r1);
  const table = appendixTable(w, grid, area, text.lang, headerRows);
  const notes = o.appendix.notes.map((n) => w.line(n, { size: TABLE_PT, italics: true, align: "both", before: 3 }));
  return [...titles, table, ...notes];
}

/** The document's description (File › Properties). */
const DESCRIPTION: Message = { vi: "Báo cáo theo Nghị định 30/2020/NĐ-CP", en: "Report in the form of Decree 30/2020" };

/**
 * The Word report of `report` (made by the model: it needs report.text) in the decree's form, as .docx
 * bytes. `settings` gives the heading, number, place, date, signer and recipients.
 */
export async function reportDocx(report: Report, settings: DocumentSettings): Promise<Uint8Array> {
  const text = report.text;
  if (!text) throw new Error("reportDocx: the report has no text (it was not made by the report model)");
  const o = documentOutline(report, settings);
  const w = new Writer();
  const first = [heading(w, o), ...body(w, o), signature(w, o)];
  const second = appendix(w, o, report, text);
  const doc = new Document({
    creator: DOCX_CREATOR,
    title: report.title,
    description: DESCRIPTION[text.lang],
    styles: {
      // Tagged in the report's language, so Word checks its spelling as Vietnamese (or English).
      default: { document: { run: { font: FONT, size: pt(BODY_PT), language: { value: LANGUAGE_TAG[text.lang] } } } },
      // The appendix table's paragraphs: an empty cell's paragraph mark takes this size too, not 14 pt.
      paragraphStyles: [
        {
          id: TABLE_STYLE,
          name: "CT table",
          basedOn: "Normal",
          run: { font: FONT, size: pt(TABLE_PT) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: first,
      },
      {
        // The appendix numbers its own pages from 1, none on its first (Phụ lục I, part III).
        properties: {
          titlePage: true,
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
            pageNumbers: { start: 1 },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: second,
      },
    ],
  });
  return withFingerprint(new Uint8Array(await Packer.toArrayBuffer(doc)));
}
