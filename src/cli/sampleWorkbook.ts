/**
 * The sample raw-data workbook (the 2013 nine-month report's data, src/report/read/sample.ts) as an .xlsx,
 * and district variants of it with scaled figures (for folder runs and the benchmark).
 */
import ExcelJS from "exceljs";
import { SAMPLE_SHEET_NAME, sampleValues } from "../report/read/sample";

/** Sample values with every figure of the "cộng dồn" (flow) rows and their numeric plans multiplied by `factor`. */
export function scaledSampleValues(factor: number): (string | number | null)[][] {
  const rows = sampleValues();
  const header = rows[0] ?? [];
  const kindCol = header.indexOf("Loại");
  const planCol = header.indexOf("Kế hoạch");
  const firstMonth = header.indexOf("T1");
  const ytdCol = header.indexOf("Lũy kế");
  return rows.map((row, r) => {
    if (r === 0 || factor === 1 || row[kindCol] !== "cộng dồn") return row.slice();
    return row.map((v, c) => {
      const scaled = c === planCol || c === ytdCol || (c >= firstMonth && c < firstMonth + 12);
      return scaled && typeof v === "number" ? Math.round(v * factor * 100) / 100 : v;
    });
  });
}

/** A workbook holding one raw-data sheet with a bold, frozen header row. */
export function dataWorkbook(values: (string | number | null)[][], sheetName = SAMPLE_SHEET_NAME): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ct-report sample";
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of values) ws.addRow(row.map((v) => (v === null ? null : v)));
  ws.getRow(1).font = { bold: true };
  const widths = [9, 18, 44, 13, 11, 7, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

/** The sample data workbook (optionally scaled, for a district). */
export function sampleWorkbook(factor = 1): ExcelJS.Workbook {
  return dataWorkbook(scaledSampleValues(factor));
}
