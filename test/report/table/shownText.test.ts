/**
 * Decimals carried in the grid (issue 18 point 4): one number-format renderer for the Word table, the
 * pane's copy and the template, and the template's figures in a sentence with the decimals the report's
 * table shows them with.
 */
import fc from "fast-check";
import { fillTemplate } from "../../../src/report/table/template";
import { formatByCode, generalText, shownText } from "../../../src/report/table/shownText";
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { ReportOptions } from "../../../src/report/period/options";

const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
const options: ReportOptions = {
  year: 2013,
  month: 9,
  method: "seasonal",
  comparison: "index",
  lang: "vi",
  live: true,
};

describe("shownText: a cell as the spreadsheet shows it", () => {
  it.each([
    // Excel's General shows 21000 as 21000 (no grouping, nothing cut), 5.25 as 5,25, 0.1+0.2 to 10 places.
    [21000, undefined, "vi", "21000"],
    [21000, "General", "en", "21000"],
    [5.25, undefined, "vi", "5,25"],
    [0.1 + 0.2, undefined, "en", "0.3"],
    [447, "#,##0", "vi", "447"],
    [118.2, "#,##0.00", "vi", "118,20"],
    [21000.5, "#,##0.0", "vi", "21.000,5"],
    [105.23, "0.0", "en", "105.2"],
    [105.2, '0.00;-0.00;"–"', "vi", "105,20"],
  ] as const)("shows %p under %p (%s) as %p", (value, format, lang, text) => {
    expect(shownText({ value, ...(format ? { format } : {}) }, lang)).toBe(text);
  });

  it("never drops a whole number's zeros under General (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom<"vi" | "en">("vi", "en"), (n, lang) => {
        return generalText(n, lang) === String(n);
      }),
    );
  });

  it("is the template's renderer: a code shows the same in a cell and in a placeholder (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom("0", "0.0", "#,##0", "#,##0.00", "0.0%"),
        fc.constantFrom<"vi" | "en">("vi", "en"),
        (x, code, lang) => shownText({ value: x, format: code }, lang) === formatByCode(x, code, lang),
      ),
    );
  });
});

describe("the template's figures in a sentence carry the table's decimals", () => {
  const sentence = (token: string): unknown => fillTemplate([[`x ${token} y`]], data, options, "Mẫu").cells[0]?.value;

  it("writes DN (enterprises at the end of September: 447) as the table does, 447, not 447,0", () => {
    expect(sentence("{{DN.TH}}")).toBe("x 447 y");
  });

  it("writes IIP's 9-month average (its Lũy kế, 118.2) as the table's index format does, 118,20", () => {
    expect(sentence("{{IIP.TH}}")).toBe("x 118,20 y");
  });

  it("writes IIP's growth with the table's index comparison decimals: 118.2 / 110.767 − 1 = 6,71%", () => {
    // 2012 Jan–Sep: (108,2 + 97,5 + 110,4 + 111,0 + 112,3 + 113,1 + 113,8 + 114,6 + 116,0) / 9 = 110,767.
    expect(sentence("{{IIP.TT}}")).toBe("x 6,71% y");
  });

  it("writes the year as a year, 2013, never grouped as 2.013", () => {
    expect(sentence("{{year}}")).toBe("x 2013 y");
  });

  it("shows in the Word table what the sheet's format shows: the same text as the template for DN and IIP", () => {
    const report = buildReport(data, options);
    const texts = report.grid.cells.flatMap((row) => row.map((cell) => shownText(cell, "vi")));
    expect(texts).toContain("447");
    expect(texts).toContain("118,20");
    expect(texts).not.toContain("447,0");
  });
});
