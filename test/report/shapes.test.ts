/** The reader on real .xlsx files shaped as offices keep them (issue 8, points 2 and 3). */
import { readDataset, type ReadOptions } from "../../src/report/read/reader";
import type { Dataset } from "../../src/report/read/dataset";
import { readWorkbookBytes } from "../../src/xlsx";
import { buildXlsx, cellsFrom, type BookSpec, type CellSpec } from "../xlsx/build";
import { gtsx, HEADER, SHAPES } from "../xlsx/shapes";

function dataset(spec: BookSpec, opts: ReadOptions = {}): Dataset {
  const out = readWorkbookBytes(buildXlsx(spec), "in.xlsx");
  if (!out.ok) throw new Error(out.refusal.message.en);
  return readDataset(out.workbook.sources, opts);
}

const shape = (name: string): BookSpec => {
  const s = SHAPES.find((x) => x.name.startsWith(name));
  if (!s) throw new Error(name);
  return s.spec;
};

const months = (year: number, upTo: number): (number | null)[] =>
  Array.from({ length: 12 }, (_x, i) => (i < upTo ? gtsx(year, i + 1) : null));

describe("the reader on workbooks as offices keep them", () => {
  it("reads months numbered 1..12 under a band that says Tháng (the numbers alone name no month elsewhere)", () => {
    const fields = HEADER.slice(0, 6);
    const numbers = Array.from({ length: 12 }, (_x, i) => i + 1);
    const row = (year: number): (number | string)[] => [
      "GTSX",
      "Giá trị",
      "tỷ đồng",
      "cộng dồn",
      year,
      100,
      ...months(year, 9).map((v) => v ?? ""),
    ];
    const d = dataset({
      sheets: [
        {
          name: "S",
          cells: cellsFrom([[...fields, "Tháng"], [...fields.map(() => ""), ...numbers], row(2012), row(2013)]),
          merges: ["G1:R1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2"],
        },
      ],
    });
    expect(d.indicators.map((i) => [i.year, i.months])).toEqual([
      [2012, months(2012, 9)],
      [2013, months(2013, 9)],
    ]);
    expect(d.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reads a date in the Năm column of a 1904-system workbook as the year Excel shows there", () => {
    // In the 1904 system serial 0 is 1904-01-01, so 2013-01-01 is 41275 - 1462 = 39813 (2008-12-31 in the 1900 system).
    const row = (code: string, year: CellSpec): CellSpec[] => [code, "Chỉ tiêu", "tấn", "cộng dồn", year, 100, 1, 2];
    const d = dataset({
      date1904: true,
      styles: [14],
      sheets: [
        {
          name: "S",
          cells: cellsFrom([
            HEADER,
            row("A", { v: 39813, s: 1 }),
            row("B", { v: "2013-01-01T00:00:00Z", t: "d" }),
            row("C", 2013),
          ]),
        },
      ],
    });
    expect(d.indicators.map((i) => [i.code, i.year])).toEqual([
      ["A", 2013],
      ["B", 2013],
      ["C", 2013],
    ]);
    expect(d.problems.filter((p) => p.code === "date-as-year").map((p) => p.address)).toEqual(["S!E2", "S!E3"]);
  });

  it("reads month cells with a unit in their number format as numbers", () => {
    const d = dataset(shape("units"));
    expect(d.indicators.map((i) => [i.year, i.months])).toEqual([
      [2012, months(2012, 12)],
      [2013, months(2013, 9)],
    ]);
    expect(d.problems).toEqual([]);
  });

  it('reads a t="d" date in the Năm column as the year Excel shows (never 41275), with a warning at its cell', () => {
    const d = dataset(shape('a t="d"'));
    expect(d.indicators.map((i) => i.year)).toEqual([2012, 2013]);
    expect(d.problems.map((p) => [p.code, p.address])).toEqual([["date-as-year", "S!E3"]]);
  });

  it("never takes a real date in a month cell as a figure: a problem names the cell", () => {
    const d = dataset(shape("a real date"));
    const y2013 = d.indicators.find((i) => i.year === 2013);
    expect(y2013?.months[4]).toBeNull(); // K3 is T5
    expect(d.problems.map((p) => [p.code, p.severity, p.address])).toEqual([["date-in-number", "error", "S!K3"]]);
    expect(d.problems[0]?.message.vi).toMatch(/T5.*ngày/);
  });

  it("fills code, name, unit and kind down their merge over the year rows", () => {
    const d = dataset(shape("code, name"));
    expect(d.indicators.map((i) => [i.code, i.name, i.unit, i.kind, i.year])).toEqual([
      ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "flow", 2012],
      ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "flow", 2013],
    ]);
    expect(d.problems).toEqual([]);
  });

  it("never fills a blank that is not merged", () => {
    const spec = shape("code, name");
    const d = dataset({ sheets: [{ ...spec.sheets[0]!, merges: [] }] });
    expect(d.indicators.map((i) => i.year)).toEqual([2012]);
    expect(d.problems.map((p) => p.code)).toEqual(["missing-code", "missing-kind"]);
  });

  it("combines a two-row header (a band above T1..T12)", () => {
    const d = dataset(shape("a two-row header"));
    expect(d.indicators.map((i) => [i.year, i.months])).toEqual([
      [2012, months(2012, 12)],
      [2013, months(2013, 9)],
    ]);
    expect(d.indicators[0]?.source.row).toBe(3);
    expect(d.problems).toEqual([]);
  });

  it("combines a three-row header with line breaks and spaces; a heading merged across sets the group", () => {
    const d = dataset(shape("a three-row header"));
    expect(d.indicators.map((i) => [i.year, i.group, i.plan])).toEqual([
      [2012, "Công nghiệp", null],
      [2013, "Công nghiệp", { type: "number", value: 14000 }],
    ]);
    expect(d.indicators[1]?.months).toEqual(months(2013, 9));
    expect(d.problems).toEqual([]);
  });

  it("never reads a hidden sheet unless chosen, and lists it", () => {
    const d = dataset(shape("a hidden old draft"));
    expect(d.indicators.map((i) => [i.source.sheet, i.year, i.months[0]])).toEqual([
      ["Số liệu", 2012, 1001],
      ["Số liệu", 2013, 1101],
    ]);
    expect(d.problems.map((p) => [p.code, p.severity])).toEqual([["hidden-sheet-skipped", "info"]]);
    expect(d.problems[0]?.message.en).toContain("Nháp cũ");
  });

  it("reads a hidden sheet the officer chose, and no other", () => {
    const d = dataset(shape("a hidden old draft"), { sheet: "Nháp cũ" });
    expect(d.indicators.map((i) => [i.source.sheet, i.months[0]])).toEqual([["Nháp cũ", 1]]);
    expect(d.problems).toEqual([]);
  });

  it("reads hidden rows and columns, and lists them as a notice", () => {
    const d = dataset(shape("hidden rows"));
    expect(d.indicators).toHaveLength(2);
    expect(d.problems.map((p) => [p.code, p.severity, p.address])).toEqual([
      ["hidden-rows", "info", "S!A2"],
      ["hidden-cols", "info", "S!C1"],
    ]);
  });

  it("finds data in an Excel table wherever it is on the sheet", () => {
    const d = dataset(shape("data in an Excel table"));
    expect(d.indicators.map((i) => [i.year, i.cells?.code])).toEqual([
      [2012, "S!D11"],
      [2013, "S!D12"],
    ]);
    expect(d.problems).toEqual([]);
  });

  it("finds a table far below the first rows by its table range", () => {
    const cells = cellsFrom([HEADER, ["GTSX", "Giá trị", "tỷ đồng", "cộng dồn", 2013, "", 5]], 200, 2);
    const d = dataset({ sheets: [{ name: "S", cells, tables: [{ name: "T", ref: "C201:T202" }] }] });
    expect(d.indicators.map((i) => i.months[0])).toEqual([5]);
  });

  it("takes an official row (Loại số liệu) over the estimates it revises, cell by cell", () => {
    const d = dataset(shape("an official row"));
    expect(d.indicators.map((i) => i.year)).toEqual([2012, 2013]);
    expect(d.indicators[0]?.months).toEqual(Array.from({ length: 12 }, (_x, i) => gtsx(2012, i + 1) + 5));
    expect(d.indicators[1]?.months.slice(5, 9)).toEqual([
      gtsx(2013, 6),
      gtsx(2013, 7) + 20,
      gtsx(2013, 8),
      gtsx(2013, 9),
    ]);
    expect(d.problems.map((p) => [p.code, p.severity])).toEqual([
      ["revision-applied", "info"],
      ["revision-applied", "info"],
    ]);
  });

  it("reads around a stray cell at XFD1048576", () => {
    const d = dataset(shape("a stray cell"));
    expect(d.indicators).toHaveLength(2);
    expect(d.problems).toEqual([]);
  });

  it("reads the first visible sheet with a header and names the others: never a silent merge", () => {
    const rows = [HEADER, ["GTSX", "Giá trị", "tỷ đồng", "cộng dồn", 2013, "", 5]];
    const d = dataset({
      sheets: [
        { name: "Ghi chú", cells: { A1: "Số liệu tổng hợp" } },
        { name: "Tỉnh A", cells: cellsFrom(rows) },
        { name: "Tỉnh B", cells: cellsFrom(rows) },
      ],
    });
    expect(d.indicators.map((i) => i.source.sheet)).toEqual(["Tỉnh A"]);
    expect(d.problems.map((p) => [p.code, p.severity])).toEqual([["other-data-sheets", "warning"]]);
    expect(d.problems[0]?.message.vi).toContain('"Tỉnh B"');
  });

  it("says so when the chosen sheet does not exist", () => {
    const d = dataset(shape("units"), { sheet: "Không có" });
    expect(d.indicators).toEqual([]);
    expect(d.problems.map((p) => p.code)).toEqual(["sheet-not-found"]);
  });
});
