/** The one rule for the paragraph under the table, shared by the add-in's writer and ct-report's. */
import { buildReport } from "../../src/report/model";
import { paragraphLines, paragraphPlacement } from "../../src/report/paragraphPlace";
import { defaultOptions } from "../../src/report/request";
import { readDataset } from "../../src/report/reader";
import { sampleValues } from "../../src/report/sample";
import type { Grid, GridCell } from "../../src/report/types";

function grid(cells: (GridCell | undefined)[][]): Grid {
  return {
    rows: cells.length,
    cols: 3,
    cells,
    merges: [],
    borders: [],
    colWidths: [30, 10, 10],
    freeze: { rows: 0, cols: 0 },
    print: { landscape: true, fitToWidth: 1, repeatRows: { first: 0, last: 0 } },
  };
}

const PARAGRAPH =
  "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ. Kim ngạch xuất khẩu đạt 1.250,5 triệu USD.";

describe("paragraphPlacement", () => {
  it("places the paragraph two rows under the table in column A, one sentence per row, when the grid lacks it", () => {
    const g = grid([[{ value: "Chỉ tiêu" }], [{ value: 21000 }]]);
    expect(paragraphPlacement({ grid: g, paragraph: PARAGRAPH })).toEqual({
      row: 3,
      col: 0,
      lines: [
        "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ.",
        "Kim ngạch xuất khẩu đạt 1.250,5 triệu USD.",
      ],
    });
  });

  it("still places the paragraph when a cell only repeats part of it, such as an indicator's name", () => {
    const g = grid([[{ value: "Giá trị sản xuất công nghiệp" }, { value: 21000 }]]);
    expect(paragraphPlacement({ grid: g, paragraph: PARAGRAPH })).not.toBeNull();
  });

  it.each([
    ["the whole paragraph in one cell", [[{ value: PARAGRAPH }]]],
    ["one sentence per row, as the model writes it", paragraphLines(PARAGRAPH).map((s) => [{ value: s } as GridCell])],
  ])("returns null when the grid holds %s", (_name, cells) => {
    expect(paragraphPlacement({ grid: grid(cells), paragraph: PARAGRAPH })).toBeNull();
  });

  it("returns null when there is no paragraph", () => {
    expect(paragraphPlacement({ grid: grid([[{ value: "x" }]]), paragraph: "" })).toBeNull();
  });

  it("returns null for the model's own report of the sample, which holds its paragraph", () => {
    const data = readDataset([{ sheet: "Số liệu", values: sampleValues() }]);
    const report = buildReport(data, defaultOptions(data, "vi")!);
    expect(report.paragraph.length).toBeGreaterThan(50);
    expect(paragraphPlacement(report)).toBeNull();
  });
});

describe("paragraphLines", () => {
  it.each([
    ["Một. Hai.", ["Một.", "Hai."]],
    ["Output rose 5.2% to 21,000.5 billion. Exports grew.", ["Output rose 5.2% to 21,000.5 billion.", "Exports grew."]],
    ["  Chỉ một câu  ", ["Chỉ một câu"]],
  ])("cuts %j into its sentences, keeping numbers whole", (text, lines) => {
    expect(paragraphLines(text)).toEqual(lines);
  });
});
