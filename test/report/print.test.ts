import { buildReport } from "../../src/report/model";
import { fitColumnWidths, headerFooterCode } from "../../src/report/print";
import { readDataset } from "../../src/report/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/sample";
import type { Grid } from "../../src/report/types";
import { opts } from "./options";

const grid = (cells: Grid["cells"], colWidths: number[], merges: Grid["merges"] = []): Grid => ({
  rows: cells.length,
  cols: colWidths.length,
  cells,
  merges,
  borders: [],
  colWidths,
  freeze: { rows: 0, cols: 0 },
  print: { landscape: true, fitToWidth: 1, repeatRows: { first: 0, last: 0 } },
});

describe("printing the report", () => {
  it("widens a column to its longest plain text, never narrows, and ignores wrapped and spanning cells", () => {
    const g = grid(
      [
        [{ value: "thousand tonnes" }, { value: "x".repeat(80), style: { wrap: true } }],
        [{ value: "y".repeat(60) }, undefined],
      ],
      [12, 10],
      [{ r1: 1, c1: 0, r2: 1, c2: 1 }],
    );
    const w = fitColumnWidths(g);
    expect(w[0]).toBeGreaterThanOrEqual("thousand tonnes".length + 1);
    expect(w[1]).toBe(10);
  });

  it("counts a number's separators and decimals by its format", () => {
    const w = fitColumnWidths(grid([[{ value: 1234567.891, format: "#,##0.00" }]], [5]));
    expect(w[0]).toBeGreaterThanOrEqual("1,234,567.89".length);
  });

  it.each(["vi", "en"] as const)("fits the unit column of the %s report to its longest unit", (lang) => {
    const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const r = buildReport({ indicators, problems: [] }, opts({ lang }));
    const units = indicators.map((i) => i.unit);
    expect(r.grid.colWidths[2]).toBeGreaterThan(Math.max(...units.map((u) => u.length)));
  });

  it("numbers the pages top centre from page 2, in Excel's codes", () => {
    const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const p = buildReport({ indicators, problems: [] }, opts()).grid.print;
    expect(headerFooterCode(p.header)).toBe("&C&P");
    expect(p.differentFirst).toBe(true);
  });
});
