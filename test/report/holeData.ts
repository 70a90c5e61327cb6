/** The sample with months blanked ("GTSX:2013:5" blanks T5 of GTSX 2013), as raw values and as a dataset. */
import { sheetAddress } from "../../src/core/address";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import type { Dataset } from "../../src/report/read/dataset";

export const HOLE_SHEET = "Dữ liệu";
export const T1_COL = SAMPLE_HEADER.indexOf("T1");

/** The sample's values with the given months blank; `change` edits the rows further. */
export function holeValues(
  blanks: string[],
  change?: (rows: (string | number | null)[][]) => void,
): (string | number | null)[][] {
  const rows = sampleValues();
  for (const b of blanks) {
    const [code, year, month] = b.split(":");
    const row = rows.find((r) => r[0] === code && r[5] === Number(year));
    if (!row) throw new Error(b);
    row[T1_COL + Number(month) - 1] = null;
  }
  change?.(rows);
  return rows;
}

/**
 * The dataset of holeValues(), with the month cells the reader hands the model
 * (IndicatorYear.cells.months, src/report/read/dataset.ts): T1 is column H of the sample layout.
 */
export function holeData(blanks: string[], change?: (rows: (string | number | null)[][]) => void): Dataset {
  const data = readDataset([{ sheet: HOLE_SHEET, values: holeValues(blanks, change) }]);
  for (const ind of data.indicators) {
    const r = ind.source.row - 1;
    ind.cells = { ...ind.cells, months: Array.from({ length: 12 }, (_, i) => sheetAddress(HOLE_SHEET, r, T1_COL + i)) };
  }
  return data;
}
