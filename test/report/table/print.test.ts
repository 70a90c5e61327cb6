import { buildReport, FIRST_DATA_ROW } from "../../../src/report/make/model";
import { fitColumnWidths, headerFooterCode, rowHeightsOf, wrappedRowHeights } from "../../../src/report/table/print";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { Grid } from "../../../src/report/table/grid";
import { opts } from "../options";

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
  it("widens a column to its longest plain text, a wrapped cell's longest word, never narrows, ignores spans", () => {
    const g = grid(
      [
        [{ value: "thousand tonnes" }, { value: "xxxxx ".repeat(16), style: { wrap: true } }],
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

  it.each(["vi", "en"] as const)(
    "fits the unit column of the %s report to its longest word, wrapping the rest",
    (lang) => {
      // Narrow columns print the annex's figures at 10 pt on A4 landscape (issue 19, point 6): a unit wraps
      // ("nghìn / tấn"), never a word clipped ("enterprises").
      const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
      const r = buildReport({ indicators, problems: [] }, opts({ lang }));
      const units = r.grid.cells.slice(FIRST_DATA_ROW, r.text!.table.r2 + 1).map((row) => String(row[2]?.value ?? ""));
      const word = Math.max(...units.flatMap((u) => u.split(/\s+/)).map((w) => w.length));
      expect(r.grid.colWidths[2]).toBeGreaterThan(word);
      expect(r.grid.cells[FIRST_DATA_ROW + 1]?.[2]?.style?.wrap).toBe(true);
    },
  );

  it("numbers the pages top centre from page 2, in Excel's codes", () => {
    const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const p = buildReport({ indicators, problems: [] }, opts()).grid.print;
    expect(headerFooterCode(p.header)).toBe("&C&P");
    expect(p.differentFirst).toBe(true);
  });
});

describe("wrappedRowHeights", () => {
  const twoCols = (cells: Grid["cells"], merges: Grid["merges"] = []): Grid => grid(cells, [10, 10], merges);
  const long = "Ước TH năm so với KH (dự toán) năm";

  it("grows a row whose wrapped text needs several lines, and leaves short or unwrapped text alone", () => {
    const h = wrappedRowHeights(
      twoCols([
        [{ value: long, style: { wrap: true } }],
        [{ value: "ngắn", style: { wrap: true } }],
        [{ value: long }],
      ]),
    );
    expect(h.get(0)).toBeGreaterThanOrEqual(4 * 15);
    expect(h.has(1)).toBe(false);
    expect(h.has(2)).toBe(false);
  });

  it("counts the width of every merged column", () => {
    const h = wrappedRowHeights(
      twoCols([[{ value: long, style: { wrap: true } }, undefined]], [{ r1: 0, c1: 0, r2: 0, c2: 1 }]),
    );
    expect(h.get(0)).toBeLessThan(4 * 15);
    expect(h.get(0)).toBeGreaterThan(15);
  });

  it("gives a cell merged down two rows the missing height in its last row", () => {
    const h = wrappedRowHeights(
      twoCols([[{ value: long, style: { wrap: true } }], [undefined]], [{ r1: 0, c1: 0, r2: 1, c2: 0 }]),
    );
    expect(h.has(0)).toBe(false);
    expect((h.get(1) ?? 0) + 15).toBeGreaterThanOrEqual(4 * 15);
  });
});

describe("the report's row heights (Grid.rowHeights, what both writers set)", () => {
  const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
  const r = buildReport({ indicators, problems: [] }, opts());

  it("are the wrapped rows' heights, sorted, each taller than Excel's default 15 pt", () => {
    const heights = r.grid.rowHeights ?? [];
    expect(heights).toEqual(rowHeightsOf(r.grid));
    expect(heights.map((h) => h.row)).toEqual([...heights.map((h) => h.row)].sort((a, b) => a - b));
    for (const h of heights) expect(h.points).toBeGreaterThan(15);
  });

  it("give every merged paragraph row lines enough for its text across the table's width", () => {
    const width = r.grid.colWidths.reduce((n, w) => n + w, 0);
    const lastRow = r.grid.rows - 1;
    const text = String(r.grid.cells[lastRow]?.[0]?.value ?? "");
    expect(text.length).toBeGreaterThan(width);
    const height = r.grid.rowHeights?.find((h) => h.row === lastRow)?.points ?? 15;
    // At least one 15 pt line per table width of characters (digits are wider than average text).
    expect(height).toBeGreaterThanOrEqual(Math.floor((text.length * 0.8) / width) * 15);
  });

  it("print A4, centred, with the margins in inches", () => {
    expect(r.grid.print).toMatchObject({ paper: "A4", centerHorizontally: true, landscape: true, fitToWidth: 1 });
    expect(r.grid.print.margins?.left).toBeGreaterThan(0);
  });
});
