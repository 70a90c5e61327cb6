/**
 * The golden case: the sample workbook's report (the 2013 nine-month data, default options), written by
 * ct-report and read back, cell by cell (values, formulas, cached results, number formats, bold),
 * merges, column widths, frozen panes and print titles, against test/golden/sample-report.expected.json.
 * Regenerate only on purpose: UPDATE_GOLDEN=1 npx jest test/golden (docs/cli.md).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { formatNumber } from "../../src/core/format";
import { buildReport, HEADER_ROW } from "../../src/report/model";
import { defaultOptions } from "../../src/report/period";
import { readDataset } from "../../src/report/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/sample";
import type { Report, ReportOptions } from "../../src/report/types";
import { load, run, tempDir, writeSample } from "../cli/helpers";

const EXPECTED = path.join(__dirname, "sample-report.expected.json");

interface GoldenCell {
  value?: string | number | boolean | null;
  formula?: string;
  result?: string | number | null;
  numFmt?: string;
  bold?: boolean;
}

interface Golden {
  sheetName: string;
  cells: Record<string, GoldenCell>;
  merges: string[];
  colWidths: (number | null)[];
  freeze: { xSplit: number; ySplit: number } | null;
  print: { orientation?: string; fitToWidth?: number; fitToHeight?: number; printTitlesRow?: string };
}

function canonical(ws: ExcelJS.Worksheet): Golden {
  const cells: Record<string, GoldenCell> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const g: GoldenCell = {};
      if (cell.type === ExcelJS.ValueType.Formula) {
        g.formula = cell.formula;
        const r = cell.result;
        g.result = typeof r === "number" || typeof r === "string" ? r : null;
      } else if (cell.value !== null && cell.value !== undefined) {
        g.value = cell.value as string | number | boolean;
      }
      if (cell.numFmt) g.numFmt = cell.numFmt;
      if (cell.font?.bold) g.bold = true;
      if (Object.keys(g).length > 0) cells[cell.address] = g;
    }),
  );
  const view = ws.views[0];
  const model = ws.model as unknown as { merges?: string[] };
  return {
    sheetName: ws.name,
    cells,
    merges: [...(model.merges ?? [])].sort(),
    colWidths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width ?? null),
    freeze: view && view.state === "frozen" ? { xSplit: view.xSplit ?? 0, ySplit: view.ySplit ?? 0 } : null,
    print: {
      orientation: ws.pageSetup.orientation,
      fitToWidth: ws.pageSetup.fitToWidth,
      fitToHeight: ws.pageSetup.fitToHeight,
      printTitlesRow: ws.pageSetup.printTitlesRow,
    },
  };
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

describe("the sample workbook's report (golden)", () => {
  let actual: Golden;
  let expected: Golden;

  beforeAll(async () => {
    const dir = tempDir("golden");
    const sample = await writeSample(dir, "du-lieu-mau.xlsx");
    const out = path.join(dir, "report.xlsx");
    const r = await run([sample, "-o", out]);
    if (r.code !== 0) throw new Error(r.err);
    actual = canonical((await load(out)).worksheets[0]!);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 1)}\n`);
    if (!existsSync(EXPECTED)) throw new Error(`${EXPECTED} is missing: run UPDATE_GOLDEN=1 npx jest test/golden`);
    expected = JSON.parse(readFileSync(EXPECTED, "utf8")) as Golden;
  });

  it("has the expected sheet name, merges, widths, frozen panes and print settings", () => {
    expect(actual.sheetName).toBe(expected.sheetName);
    expect(actual.merges).toEqual(expected.merges);
    expect(actual.colWidths).toEqual(expected.colWidths);
    expect(actual.freeze).toEqual(expected.freeze);
    expect(actual.print).toEqual(expected.print);
  });

  it("matches the expected grid cell by cell: values, formulas, cached results, formats", () => {
    const addresses = new Set([...Object.keys(expected.cells), ...Object.keys(actual.cells)]);
    const diffs: { address: string; field: string; expected: unknown; actual: unknown }[] = [];
    for (const a of addresses) {
      const e = expected.cells[a] ?? {};
      const g = actual.cells[a] ?? {};
      for (const field of ["value", "formula", "result", "numFmt", "bold"] as const) {
        if (!same(g[field], e[field])) diffs.push({ address: a, field, expected: e[field], actual: g[field] });
      }
    }
    expect(diffs).toEqual([]);
    expect(addresses.size).toBeGreaterThan(100);
  });

  it("writes the published figures into the report file it made", () => {
    const texts = Object.values(actual.cells).map((c) => String(c.value ?? ""));
    expect(texts.join(" ")).toContain(
      "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt gần 61% kế hoạch năm.",
    );
    const results = Object.values(actual.cells).map((c) => c.result);
    for (const shown of ["105.2", "60.8", "118.3", "74.5", "93.6", "82.5"])
      expect(results.some((r) => typeof r === "number" && r.toFixed(1) === shown)).toBe(true);
  });
});

describe("the sample's report holds the seven published figures of the 2013 nine-month report", () => {
  const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
  const options = defaultOptions(data, "vi") as ReportOptions;
  const report = buildReport(data, options);
  const growthStyle = buildReport(data, { ...options, comparison: "growth" });

  /** The figure in the row whose name starts with `name`, under the header `head`, with one decimal. */
  function figure(r: Report, name: string, head: string): string {
    const cells = r.grid.cells;
    const row = cells.findIndex((line) => String(line[1]?.value ?? "").startsWith(name));
    const col = [HEADER_ROW, HEADER_ROW + 1]
      .map((h) => (cells[h] ?? []).findIndex((c) => c?.value === head))
      .find((c) => c >= 0);
    const v = cells[row]?.[col ?? -1]?.value;
    return typeof v === "number" ? formatNumber(v, 1, "vi") : `no figure at ${name} / ${head}`;
  }

  it("is the report of the first nine months of 2013", () => {
    expect([options.year, options.month]).toEqual([2013, 9]);
  });

  it.each([
    ["5,2 (GTSX on the same period, index)", "Giá trị sản xuất công nghiệp", "9 tháng so với cùng kỳ", "105,2"],
    ["gần 61% (GTSX of plan)", "Giá trị sản xuất công nghiệp", "9 tháng so với KH năm", "60,8"],
    ["74,5 (exports of plan)", "Giá trị xuất khẩu", "9 tháng so với KH năm", "74,5"],
    ["hơn 18% (exports on the same period)", "Giá trị xuất khẩu", "9 tháng so với cùng kỳ", "118,3"],
    ["−6,4 (imports, 93,6 index)", "Giá trị nhập khẩu", "9 tháng so với cùng kỳ", "93,6"],
    ["82,5 (budget revenue of dự toán)", "Thu ngân sách nhà nước", "9 tháng so với KH năm", "82,5"],
  ])("the grid shows %s", (_what, name, head, text) => {
    expect(figure(report, name, head)).toBe(text);
  });

  it.each([
    ["Giá trị sản xuất công nghiệp", "5,2"],
    ["Giá trị xuất khẩu", "18,3"],
    ["Giá trị nhập khẩu", "-6,4"],
  ])("in growth style the grid shows %s at %s on the same period", (name, text) => {
    expect(figure(growthStyle, name, "9 tháng tăng/giảm so với cùng kỳ")).toBe(text);
  });

  it.each([
    ["5,2", "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt gần 61% kế hoạch năm."],
    ["gần 61%", "đạt gần 61% kế hoạch năm"],
    ["74,5", "Giá trị xuất khẩu ước đạt gần 120 triệu USD, tăng hơn 18% so với cùng kỳ, đạt 74,5% kế hoạch năm."],
    ["hơn 18%", "tăng hơn 18% so với cùng kỳ"],
    ["−6,4", "Giá trị nhập khẩu ước đạt hơn 45 triệu USD, giảm 6,4% so với cùng kỳ"],
    ["82,5", "Thu ngân sách nhà nước ước đạt gần 2.200 tỷ đồng, tăng hơn 7% so với cùng kỳ, đạt 82,5% dự toán năm."],
    ["7,63", "tăng 7,63% so với cùng tháng năm trước"],
    ["0,22", "Chỉ số giá tiêu dùng (CPI) tháng 9/2013 tăng 0,22% so với tháng trước"],
  ])("the paragraph, and its lines under the table, say %s", (_what, words) => {
    expect(report.paragraph).toContain(words);
    const lines = report.grid.cells.map((line) => String(line[0]?.value ?? ""));
    expect(lines.some((l) => l.includes(words))).toBe(true);
  });
});
