// SHIM for branch h-page: replaced by the h-doc implementation at merge
/**
 * The Word report (issue 10), just enough for the browser page until h-doc lands: the agency heading,
 * the report's title and paragraph, and its table's cells as text.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import type { DocumentSettings } from "../report/documentSettings";
import type { Report } from "../report/types";

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

/** The report as a .docx file's bytes. */
export async function reportDocx(report: Report, settings: DocumentSettings): Promise<Uint8Array> {
  const rows = report.grid.cells
    .filter((row) => (row ?? []).some((c) => c && c.value !== undefined && c.value !== null && c.value !== ""))
    .map(
      (row) =>
        new TableRow({
          children: Array.from({ length: report.grid.cols }, (_, c) => {
            return new TableCell({ children: [new Paragraph(text(row[c]?.value))] });
          }),
        }),
    );
  const doc = new Document({
    creator: "ct-report (Công Thương)",
    title: report.title,
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(settings.agencyParent)] }),
          new Paragraph({ children: [new TextRun({ text: settings.agency, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "BÁO CÁO", bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: report.title, bold: true })],
          }),
          ...report.paragraph.split("\n").map((line) => new Paragraph(line)),
          new Table({ rows }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
