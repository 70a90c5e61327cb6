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

async function bothReaders(bytes: Uint8Array, excelApi = "1.13") {
  const file = readWorkbookBytes(bytes, "in.xlsx");
  if (!file.ok) throw new Error(file.refusal.message.en);
  const command = readDataset(file.workbook.sources);
  const double = new ExcelDouble({ excelApi });
  await fillDouble(double, bytes);
  double.install();
  double.resetCounters();
  const addin = await (double.Excel as { run: <T>(cb: (ctx: never) => Promise<T>) => Promise<T> }).run((ctx) =>
    readWorkbook(ctx as unknown as Excel.RequestContext, { source: null, template: null }),
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
});
