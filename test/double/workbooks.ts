/**
 * Ready-made workbooks for the double (jest and the browser tests): the sample data, a sheet of
 * typical bad input, or nothing. No Node imports.
 */
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/sample";
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
