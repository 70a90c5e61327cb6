/**
 * Month headers that carry their year ("T1/2013", "Tháng 1 năm 2013", "Jan-13", a real date typed as
 * "Jan 2013"), read from real .xlsx files: the header's year is the rows' year when the sheet has no Năm
 * column, must agree with Năm when it has one (a disagreement names the cell), and a header the reader
 * cannot read is answered by naming the cells it saw and what it expected (issue 8 point 3).
 */
import { headerMeaning, readDataset } from "../../../src/report/read/reader";
import type { Dataset } from "../../../src/report/read/dataset";
import { readWorkbookBytes } from "../../../src/xlsx";
import { buildXlsx, cellsFrom, type BookSpec, type CellSpec } from "../../xlsx/build";

function dataset(spec: BookSpec): Dataset {
  const out = readWorkbookBytes(buildXlsx(spec), "in.xlsx");
  if (!out.ok) throw new Error(out.refusal.message.en);
  return readDataset(out.workbook.sources);
}

/** Months 1..9 of 2013: 1100 + m. */
const nine: CellSpec[] = Array.from({ length: 12 }, (_x, i) => (i < 9 ? 1100 + i + 1 : ""));
const expected = Array.from({ length: 12 }, (_x, i) => (i < 9 ? 1100 + i + 1 : null));

const book = (header: CellSpec[], rows: CellSpec[][], extra: Partial<BookSpec> = {}): BookSpec => ({
  ...extra,
  sheets: [{ name: "S", cells: cellsFrom([header, ...rows]) }],
});

const monthHeaders = (f: (m: number) => CellSpec): CellSpec[] => Array.from({ length: 12 }, (_x, i) => f(i + 1));
const MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

describe("month headers that carry their year", () => {
  it.each([
    ["T1/2013", 1, 2013],
    ["T01/2013", 1, 2013],
    ["T12/2013", 12, 2013],
    ["Tháng 1 năm 2013", 1, 2013],
    ["Tháng 01/2013", 1, 2013],
    ["Tháng 3-2013", 3, 2013],
    ["Jan/2013", 1, 2013],
    ["Jan-13", 1, 2013],
    ["Jan 2013", 1, 2013],
    ["September 2013", 9, 2013],
    ["TH tháng 1", 1, undefined],
    ["Thực hiện T1", 1, undefined],
    ["Thực hiện tháng 2/2013", 2, 2013],
  ])("reads %p as month %p of %p", (text, month, year) => {
    expect(headerMeaning(text)).toEqual(year === undefined ? { month } : { month, year });
  });

  it.each(["T13/2013", "Tháng 1/13/2013", "T1/20133", "Tháng 1-12", "T1-9"])(
    "does not read %p as a month of a year",
    (text) => {
      const m = headerMeaning(text);
      expect(m === null || !("month" in m)).toBe(true);
    },
  );

  it.each([
    ["T1/2013", (m: number) => `T${m}/2013`],
    ["T01/2013", (m: number) => `T${String(m).padStart(2, "0")}/2013`],
    ["Tháng 1 năm 2013", (m: number) => `Tháng ${m} năm 2013`],
    ["Tháng 01/2013", (m: number) => `Tháng ${String(m).padStart(2, "0")}/2013`],
    ["Jan-13", (m: number) => `${MONTH_EN[m - 1]}-13`],
    ["Jan 2013", (m: number) => `${MONTH_EN[m - 1]} 2013`],
  ])("a sheet without a Năm column whose months say %s is read as that year", (_name, head) => {
    const d = dataset(
      book(
        ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "KH năm", ...monthHeaders(head)],
        [["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 14000, ...nine]],
      ),
    );
    expect(d.indicators.map((i) => [i.code, i.year, i.months])).toEqual([["GTSX", 2013, expected]]);
    expect(d.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reads month headers typed as dates (Excel turned 'Jan 2013' into a date shown mmm-yy), in either date system", () => {
    for (const date1904 of [false, true]) {
      // The first of each month of 2013 as Excel's serial number.
      const serial = (m: number): number =>
        (Date.UTC(2013, m - 1, 1) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000;
      const d = dataset(
        book(
          ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", ...monthHeaders((m) => ({ v: serial(m), s: 1 }))],
          [["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 2013, ...nine]],
          { numFmts: [{ id: 164, code: "mmm-yy" }], styles: [164], date1904 },
        ),
      );
      expect(d.indicators.map((i) => [i.year, i.months])).toEqual([[2013, expected]]);
      expect(d.problems.filter((p) => p.severity === "error")).toEqual([]);
    }
  });

  it("agrees with a Năm column that says the same year, and names the Năm cell that disagrees", () => {
    const d = dataset(
      book(
        ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", ...monthHeaders((m) => `T${m}/2013`)],
        [
          ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 2013, ...nine],
          ["XK", "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2012, ...nine],
        ],
      ),
    );
    expect(d.indicators.map((i) => [i.code, i.year])).toEqual([["GTSX", 2013]]);
    const p = d.problems.find((x) => x.code === "header-year-mismatch")!;
    expect(p).toMatchObject({ severity: "error", address: "S!E3" });
    expect(p.message.vi).toContain("2012");
    expect(p.message.vi).toContain("2013");
    expect(p.message.en).toContain("2012");
    expect(p.message.en).toContain("2013");
  });

  it("names the header cells it saw and what it expected when it cannot read the header (vi and en)", () => {
    const d = dataset(
      book(
        ["Mã", "Chỉ tiêu", "ĐVT", ...monthHeaders((m) => `Kỳ ${m}`)],
        [["GTSX", "Giá trị sản xuất", "tỷ đồng", ...nine]],
      ),
    );
    expect(d.indicators).toEqual([]);
    const p = d.problems.find((x) => x.severity === "error")!;
    expect(p.code).toBe("no-header");
    expect(p.address).toBe("S!A1");
    for (const lang of ["vi", "en"] as const) {
      expect(p.message[lang]).toContain('A1 "Mã"');
      expect(p.message[lang]).toContain('D1 "Kỳ 1"');
      expect(p.message[lang]).toContain("T1");
    }
    expect(p.message.vi).toContain("Năm");
    expect(p.message.en).toContain("Year");
  });

  it("refuses month headers of several years on one header row, naming them", () => {
    const heads = monthHeaders((m) => (m <= 6 ? `T${m}/2012` : `T${m}/2013`));
    const d = dataset(book(["Mã", "Chỉ tiêu", "Loại", ...heads], [["GTSX", "Giá trị sản xuất", "cộng dồn", ...nine]]));
    expect(d.indicators).toEqual([]);
    const p = d.problems.find((x) => x.severity === "error")!;
    expect(p.code).toBe("no-header");
    expect(p.message.en).toMatch(/2012, 2013/);
    expect(p.message.vi).toMatch(/2012, 2013/);
  });
});
