/**
 * The golden case: the sample workbook's report (the 2013 nine-month data, default options), written by
 * ct-report and read back, cell by cell (values, formulas, cached results, number formats, bold),
 * merges, column widths, frozen panes and print titles, against test/golden/sample-report.expected.json.
 * Regenerate only on purpose: UPDATE_GOLDEN=1 npx jest test/golden (docs/cli.md).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
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

  it("holds the published figures of the 2013 nine-month report", () => {
    const texts = Object.values(expected.cells).map((c) => String(c.value ?? ""));
    expect(texts).toContain(
      "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt gần 61% kế hoạch năm.",
    );
    const results = Object.values(expected.cells).map((c) => c.result);
    expect(results.some((r) => typeof r === "number" && r.toFixed(1) === "105.2")).toBe(true);
  });
});
