/**
 * THE proof of issue 8 point 2: the command and the add-in read identical datasets from the same .xlsx.
 * The command's side is src/xlsx + the reader; the add-in's side is readWorkbook on the Excel double,
 * filled by an independent reading of the file (jszip + xmldom, test/double/fromXlsx.ts) that gives
 * what Excel's range.values gives. Neither side is ExcelJS.
 */
import { readWorkbook } from "../../src/excel/readWorkbook";
import { readDataset } from "../../src/report/read/reader";
import { readWorkbookBytes } from "../../src/xlsx";
import { ExcelDouble } from "../double/excelDouble";
import { fillDouble } from "../double/fromXlsx";
import { buildXlsx, cellsFrom, type CellSpec } from "../xlsx/build";
import { HEADER, SHAPES } from "../xlsx/shapes";

async function bothReaders(bytes: Uint8Array, excelApi = "1.13", sheet?: string) {
  const file = readWorkbookBytes(bytes, "in.xlsx");
  if (!file.ok) throw new Error(file.refusal.message.en);
  const command = readDataset(file.workbook.sources, sheet !== undefined ? { sheet } : {});
  const double = new ExcelDouble({ excelApi });
  await fillDouble(double, bytes);
  double.install();
  double.resetCounters();
  const addin = await (double.Excel as { run: <T>(cb: (ctx: never) => Promise<T>) => Promise<T> }).run((ctx) =>
    readWorkbook(ctx as unknown as Excel.RequestContext, {
      source: sheet !== undefined ? `sheet:${sheet}` : null,
      template: null,
    }),
  );
  return { command, addin: addin.data, double };
}

describe("the command and the add-in read the same dataset", () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))("%s", async (_name, shape) => {
    const { command, addin, double } = await bothReaders(buildXlsx(shape.spec));
    expect(command.indicators.length).toBeGreaterThan(0);
    expect(addin).toEqual(command);
    expect(double.requests.every((r) => !r.refused)).toBe(true);
  });

  it("agrees on a large sheet read in chunks under the request limit", async () => {
    const rows: (string | number)[][] = [HEADER];
    for (let i = 0; i < 3000; i++) {
      for (const year of [2012, 2013]) {
        rows.push([
          `CT${i}`,
          `Chỉ tiêu ${i}`,
          "tấn",
          "cộng dồn",
          year,
          12000 + i,
          ...Array.from({ length: 12 }, (_x, m) => i + m + year),
        ]);
      }
    }
    const bytes = buildXlsx({ sheets: [{ name: "S", cells: { ...cellsFrom(rows), XFD1048576: "x" } }] });
    const { command, addin, double } = await bothReaders(bytes);
    expect(command.indicators).toHaveLength(6000);
    expect(addin).toEqual(command);
    expect(double.syncs).toBeGreaterThan(1);
    expect(double.requests.every((r) => !r.refused && (r.responseBytes ?? 0) < 5 * 1024 * 1024)).toBe(true);
  });

  it("agrees on a 1904-date-system workbook whose Năm cells are dates (never 4 years early)", async () => {
    // In the 1904 system serial 0 is 1904-01-01: 2012-01-01 is 40909 - 1462 = 39447, 2013-01-01 is 39813.
    const row = (year: CellSpec): CellSpec[] => ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", year, 100, 1, 2, 3];
    const bytes = buildXlsx({
      date1904: true,
      styles: [14],
      sheets: [
        {
          name: "S",
          cells: cellsFrom([HEADER, row({ v: 39447, s: 1 }), row({ v: "2013-01-01T00:00:00Z", t: "d" })]),
        },
      ],
    });
    const { command, addin } = await bothReaders(bytes);
    expect(command.indicators.map((i) => i.year)).toEqual([2012, 2013]);
    expect(addin).toEqual(command);
  });

  it("agrees on month headers typed as dates (mmm-yy) in a 1904 workbook without a Năm column", async () => {
    const serial = (m: number): number => (Date.UTC(2013, m - 1, 1) - Date.UTC(1904, 0, 1)) / 86_400_000;
    const header: CellSpec[] = [
      "Mã",
      "Chỉ tiêu",
      "ĐVT",
      "Loại",
      ...Array.from({ length: 12 }, (_x, i) => ({ v: serial(i + 1), s: 1 })),
    ];
    const bytes = buildXlsx({
      date1904: true,
      numFmts: [{ id: 164, code: "mmm-yy" }],
      styles: [164],
      sheets: [{ name: "S", cells: cellsFrom([header, ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 1, 2, 3]]) }],
    });
    const { command, addin } = await bothReaders(bytes);
    expect(command.indicators.map((i) => [i.year, i.months.slice(0, 3)])).toEqual([[2013, [1, 2, 3]]]);
    expect(addin).toEqual(command);
  });

  it("agrees without ExcelApi 1.9 and 1.13 on a sheet with neither merges nor far cells", async () => {
    const shape = SHAPES.find((s) => s.name.startsWith("a two-row header"))!;
    const plain = { sheets: [{ ...shape.spec.sheets[0]!, merges: [] }] };
    const { command, addin } = await bothReaders(buildXlsx(plain), "1.8");
    expect(addin).toEqual(command);
  });

  it("agrees on figures typed into percent cells (an index as Excel shows it, a plan a growth), in as many round trips", async () => {
    // s=1 "0.00%" (built-in 10), s=2 "0%" (built-in 9), s=3 a custom "0.0%".
    const pct = (v: number, s: number): CellSpec => ({ v, s });
    const cpi = (year: number, months: number[], s: number): CellSpec[] => [
      "CPI",
      "Chỉ số giá tiêu dùng",
      "%",
      "bình quân (gốc cố định)",
      year,
      "",
      ...months.map((m) => (s ? pct(m / 100, s) : m)),
    ];
    const rows = (s: number): CellSpec[][] => [
      HEADER,
      cpi(2012, [145.2, 146.1, 146.3], 0),
      cpi(2013, [153.9, 155.6, 155.5], s),
      ["BLHH", "Bán lẻ", "tỷ đồng", "cộng dồn", 2013, s ? pct(0.14, 2) : 0.14, 1540, 1480, 1560],
    ];
    const spec = (s: number) => ({
      styles: [10, 9, 165],
      numFmts: [{ id: 165, code: "0.0%" }],
      sheets: [{ name: "S", cells: cellsFrom(rows(s)) }],
    });
    const plain = await bothReaders(buildXlsx(spec(0)));
    for (const s of [1, 3]) {
      const { command, addin, double } = await bothReaders(buildXlsx(spec(s)));
      const read = command.indicators.find((i) => i.code === "CPI" && i.year === 2013);
      expect(read?.months.slice(0, 3)).toEqual([153.9, 155.6, 155.5]);
      expect(command.indicators.find((i) => i.code === "BLHH")?.plan).toEqual({ type: "growth", value: 0.14 });
      expect(addin).toEqual(command);
      expect(double.syncs).toBe(plain.double.syncs);
    }
  });

  it("agrees on a chosen hidden sheet: read, and said in a notice naming it", async () => {
    const row = ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 2013, 100, 1, 2, 3];
    const bytes = buildXlsx({
      sheets: [
        { name: "S", cells: cellsFrom([HEADER, row]) },
        { name: "Nháp", state: "hidden", cells: cellsFrom([HEADER, row]) },
      ],
    });
    const { command, addin } = await bothReaders(bytes, "1.13", "Nháp");
    expect(command.problems.map((p) => [p.code, p.address])).toEqual([["hidden-sheet-chosen", "'Nháp'!A1"]]);
    expect(addin).toEqual(command);
  });
});
