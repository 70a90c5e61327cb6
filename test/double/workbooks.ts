/**
 * Ready-made workbooks for the double (jest and the browser tests): the sample data, a sheet of
 * typical bad input, or nothing. No Node imports.
 */
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { ExcelDouble, type DoubleOptions } from "./excelDouble";

export type WorkbookKind = "sample" | "bad" | "empty";

/** The sample sheet with the usual mistakes of pasted data: a text number in the other style, text in a month, a blank month, a duplicated row, an unknown kind, a plan of zero. */
export function badValues(): (string | number | null)[][] {
  const v = sampleValues().map((row) => row.slice());
  const header = v[0] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const gtsx13 = v.findIndex((r) => r[0] === "GTSX" && r[5] === 2013);
  const xk13 = v.findIndex((r) => r[0] === "XK" && r[5] === 2013);
  const dien13 = v.findIndex((r) => r[0] === "DIEN" && r[5] === 2013);
  if (gtsx13 > 0) v[gtsx13]![col("T3")] = "2.260";
  if (xk13 > 0) v[xk13]![col("T4")] = "mười ba";
  if (dien13 > 0) {
    v[dien13]![col("T2")] = null;
    v[dien13]![col("Kế hoạch")] = 0;
    v[dien13]![col("Loại")] = "tổng";
  }
  if (gtsx13 > 0) v.push(v[gtsx13]!.slice());
  return v;
}

/** A double holding the kind of workbook asked for, its data sheet active. */
export function workbookDouble(kind: WorkbookKind, options: DoubleOptions = {}): ExcelDouble {
  const d = new ExcelDouble(options);
  if (kind === "sample") d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
  else if (kind === "bad") d.addSheet("Số liệu", badValues());
  d.resetCounters();
  return d;
}

/** Indicator rows of the task pane's "many" workbook: 12 × 8,334 = 100,008 problems. */
export const MANY_ROWS = 8334;

/**
 * A data sheet whose every month is a Vietnamese-style text number ("1.234,5"): each of the `rows`
 * indicators (distinct codes, 2013) gives 12 "text-number-converted" problems, 12 × rows in all,
 * for the task pane's large problem list (browser test and bench).
 */
export function manyProblemValues(rows: number): (string | number | null)[][] {
  const out: (string | number | null)[][] = [SAMPLE_HEADER.slice()];
  for (let i = 0; i < rows; i++) {
    const months = Array.from({ length: 12 }, (_, m) => `1.${String(100 + ((i + m) % 900)).padStart(3, "0")},5`);
    out.push([`CT${i}`, "Công nghiệp", `Chỉ tiêu ${i}`, "tỷ đồng", "cộng dồn", 2013, 1000, ...months, null]);
  }
  return out;
}
