/**
 * Workbooks as offices compile them (issue 17, points 3, 5 and 6), read from real .xlsx files written the
 * way Excel stores them (test/xlsx/build.ts: raw XML, percent styles by numFmtId): the sample's nine months
 * of 2013 (src/report/read/sample.ts) with one change each. Expected figures are the sample's published
 * truths (DOMAIN.md): CPI September 2013 161,45 on a fixed base against 150,0 a year earlier and 161,1 in
 * August, so +7,63% on the same month (161,45 / 150 = 1,07633) and +0,22% on the month before
 * (161,45 / 161,1 = 1,00217); retail sales' plan "tăng 14%".
 */
import { makeReport } from "../../../src/report/make/request";
import { SAMPLE_HEADER, sampleValues } from "../../../src/report/read/sample";
import type { ReadOptions } from "../../../src/report/read/reader";
import type { Report } from "../../../src/report/table/report";
import { readWorkbookBytes } from "../../../src/xlsx";
import { buildXlsx, cellsFrom, letters, type BookSpec, type CellSpec } from "../../xlsx/build";

const SHEET = "Dữ liệu";
/** Cell styles of every book below: s=1 "0.00%" (built-in 10), s=2 "0%" (built-in 9), s=3 0.00"%" (a literal sign). */
const STYLES: Pick<BookSpec, "styles" | "numFmts"> = {
  styles: [10, 9, 164],
  numFmts: [{ id: 164, code: '0.00"%"' }],
};
const PCT2 = 1;
const PCT0 = 2;
const LITERAL = 3;

const col = (h: string): number => SAMPLE_HEADER.indexOf(h);
const T = (m: number): number => col("T1") + m - 1;

type Rows = CellSpec[][];

/** The sample's rows (header first) as cells, changed by `edit`. */
function sampleRows(edit: (rows: Rows) => void = () => {}): Rows {
  const rows: Rows = sampleValues().map((line) => line.map((v) => (v === null ? "" : v)));
  edit(rows);
  return rows;
}

/** The index into rows of an indicator-year. */
function at(rows: Rows, code: string, year: number): CellSpec[] {
  const row = rows.find((r) => r[col("Mã")] === code && r[col("Năm")] === year);
  if (!row) throw new Error(`no ${code} ${year}`);
  return row;
}

/** The 1-based sheet row of an indicator-year, for addresses. */
function sheetRow(rows: Rows, code: string, year: number): number {
  return rows.indexOf(at(rows, code, year)) + 1;
}

/** A row's months typed into percent cells: the value Excel shows divided by 100, as Excel stores it. */
function asPercent(row: CellSpec[], style = PCT2): void {
  for (let m = 1; m <= 12; m++) {
    const v = row[T(m)];
    if (typeof v === "number") row[T(m)] = { v: Number((v / 100).toPrecision(15)), s: style };
  }
}

function book(rows: Rows, extra: Partial<BookSpec> = {}): Uint8Array {
  return buildXlsx({ ...STYLES, ...extra, sheets: extra.sheets ?? [{ name: SHEET, cells: cellsFrom(rows) }] });
}

/** The command's pipeline: the file read, the report made (values, not formulas). */
function reportOf(bytes: Uint8Array, read: ReadOptions = {}): Report {
  const file = readWorkbookBytes(bytes, "in.xlsx");
  if (!file.ok) throw new Error(file.refusal.message.en);
  const made = makeReport(file.workbook.sources, file.workbook.problems, { lang: "vi", values: true }, read);
  if (!made.ok) throw new Error(made.failure.code);
  return made.report;
}

/** The CPI sentence of the paragraph (it names "Chỉ số giá tiêu dùng"). */
function cpiWords(r: Report): string {
  return r.paragraph.split(/(?<=\.)\s+/).find((s) => /chỉ số giá tiêu dùng/i.test(s)) ?? "";
}

/** GTSX nine months 21.000 of the plan 34.540 tỷ đồng: 60,8% (said "gần 61%" where the sentence hedges). */
const GTSX_OF_PLAN = /đạt (gần 61|60,8)% kế hoạch năm/;

const cell = (rows: Rows, code: string, year: number, c: number): string =>
  `'${SHEET}'!${letters(c)}${sheetRow(rows, code, year)}`;

describe("figures typed into percent-formatted cells are read as Excel shows them", () => {
  const plain = reportOf(book(sampleRows()));

  it("a CPI typed into 0.00% cells (161,45% shown, 1,6145 held) gives +7,63% on the same month and +0,22% on August", () => {
    const rows = sampleRows((r) => asPercent(at(r, "CPI", 2013)));
    const report = reportOf(book(rows));
    expect(cpiWords(report)).toContain("tăng 7,63% so với cùng tháng năm trước");
    expect(cpiWords(report)).toContain("tăng 0,22% so với tháng trước");
    expect(report.paragraph).not.toMatch(/giảm 98/);
    const note = report.problems.find((p) => p.code === "percent-format-read");
    expect(note).toMatchObject({ severity: "info", address: cell(rows, "CPI", 2013, T(1)) });
    // January's cell, the first listed: 1,539 shows 153,9%.
    expect(note?.message.vi).toContain("1,539 hiển thị 153,9%, đọc là 153,9");
    expect(report.paragraph).toBe(plain.paragraph);
  });

  it("both CPI years and a rate (households with electricity, %) in 0% cells read the same as typed numbers", () => {
    const rows = sampleRows((r) => {
      asPercent(at(r, "CPI", 2012), PCT0);
      asPercent(at(r, "CPI", 2013), PCT0);
      asPercent(at(r, "HODIEN", 2013), PCT0);
    });
    const report = reportOf(book(rows));
    expect(report.paragraph).toBe(plain.paragraph);
    expect(report.problems.filter((p) => p.code === "percent-format-read")).toHaveLength(3);
  });

  it('a literal % sign (0.00"%") is no percent format: 161,45 stays 161,45, with no note', () => {
    const rows = sampleRows((r) => {
      const cpi = at(r, "CPI", 2013);
      for (let m = 1; m <= 9; m++) cpi[T(m)] = { v: cpi[T(m)] as number, s: LITERAL };
    });
    const report = reportOf(book(rows));
    expect(cpiWords(report)).toContain("tăng 7,63% so với cùng tháng năm trước");
    expect(report.problems.some((p) => p.code.startsWith("percent-"))).toBe(false);
  });

  it('a plan "14%" typed into a 0% cell (0,14 held) is the growth plan "tăng 14%", said in a note', () => {
    const rows = sampleRows((r) => {
      at(r, "BLHH", 2013)[col("Kế hoạch")] = { v: 0.14, s: PCT0 };
    });
    const report = reportOf(book(rows));
    expect(report.paragraph).not.toMatch(/14\.999\.900|vượt 1\d{3}/);
    // The same report as the sample's own plan typed as words, "tăng 14%".
    expect(report.paragraph).toBe(plain.paragraph);
    const note = report.problems.find((p) => p.code === "percent-plan-growth");
    expect(note).toMatchObject({ severity: "info", address: cell(rows, "BLHH", 2013, col("Kế hoạch")) });
    expect(note?.message.vi).toContain("tăng 14%");
  });

  // Tester, G21: nine months 14.520 against 12.800 a year earlier, +13,4%, short of "tăng 14%".
  it.each(["14%", "14 %", "+14%"])('a plan typed as the text %p is the growth plan "tăng 14%", not 14 tỷ đồng', (t) => {
    const rows = sampleRows((r) => {
      at(r, "BLHH", 2013)[col("Kế hoạch")] = t;
    });
    const report = reportOf(book(rows));
    expect(report.paragraph).not.toMatch(/vượt 103/);
    expect(report.paragraph).toContain("chưa đạt kế hoạch năm (tăng 14%)");
    expect(report.paragraph).toBe(plain.paragraph);
  });

  it("a rate's plan in a 0% cell (0,98 held, 98% shown) is noted at the plan cell, not at Lũy kế", () => {
    const rows = sampleRows((r) => {
      at(r, "HODIEN", 2013)[col("Kế hoạch")] = { v: 0.98, s: PCT0 };
    });
    const report = reportOf(book(rows));
    const note = report.problems.find((p) => p.code === "percent-format-read");
    expect(note?.address).toBe(cell(rows, "HODIEN", 2013, col("Kế hoạch")));
  });

  it("the percent note writes each language's numbers, trimmed of binary noise (1,5390000000000001 held)", () => {
    const rows = sampleRows((r) => {
      const cpi = at(r, "CPI", 2013);
      asPercent(cpi);
      cpi[T(1)] = { v: 1.5390000000000001, s: PCT2 };
    });
    const note = reportOf(book(rows)).problems.find((p) => p.code === "percent-format-read");
    expect(note?.message.vi).toContain("(1,539 hiển thị 153,9%, đọc là 153,9)");
    expect(note?.message.en).toContain("(1.539 shows 153.9%, read as 153.9)");
  });

  it("a month off by ×100 against its own row (161,45 typed into a % cell: 16.145% shown) is a problem, never a sentence", () => {
    const rows = sampleRows((r) => {
      const cpi = at(r, "CPI", 2013);
      asPercent(cpi);
      cpi[T(9)] = { v: 161.45, s: PCT2 };
    });
    const report = reportOf(book(rows));
    const off = report.problems.find((p) => p.code === "percent-scale-off");
    expect(off).toMatchObject({ severity: "error", address: cell(rows, "CPI", 2013, T(9)) });
    expect(report.paragraph).not.toMatch(/16\.145|16145/);
    expect(cpiWords(report)).not.toMatch(/so với cùng tháng năm trước/);
  });
});

describe("a year typed before its cells were formatted as percent", () => {
  it("161,45 held in 0.00% cells (16.145% shown) against last year's 150,0 is a problem naming the cell, never a sentence", () => {
    const rows = sampleRows((r) => {
      const cpi = at(r, "CPI", 2013);
      for (let m = 1; m <= 9; m++) cpi[T(m)] = { v: cpi[T(m)] as number, s: PCT2 };
    });
    const report = reportOf(book(rows));
    const off = report.problems.find((p) => p.code === "percent-year-off");
    expect(off).toMatchObject({ severity: "error", address: cell(rows, "CPI", 2013, T(1)) });
    expect(report.paragraph).not.toMatch(/10\.6\d\d|16\.145/);
    expect(cpiWords(report)).not.toMatch(/so với cùng tháng năm trước/);
  });
});

describe("headers and words offices use", () => {
  it.each(["Kế hoạch năm 2013", "KH 2013", "Kế hoạch 2013", "KH năm 2013"])(
    "%p is the plan column: the % of plan stays (GTSX 60,8% of its plan)",
    (header) => {
      const rows = sampleRows((r) => {
        r[0]![col("Kế hoạch")] = header;
        // The column holds 2013's plans: the other years' plans are left out.
        for (const line of r.slice(1)) if (line[col("Năm")] !== 2013) line[col("Kế hoạch")] = "";
      });
      const report = reportOf(book(rows));
      expect(report.paragraph).toMatch(GTSX_OF_PLAN);
      // Exports 119,6 of the plan 160,5 triệu USD: 74,5% (DOMAIN.md).
      expect(report.paragraph).toContain("đạt 74,5% kế hoạch năm");
      expect(report.problems.some((p) => p.code === "plan-header-year")).toBe(false);
    },
  );

  it("a plan header whose year is not the row's is a problem naming the cell, and that plan is not used", () => {
    const rows = sampleRows((r) => {
      r[0]![col("Kế hoạch")] = "Kế hoạch năm 2013";
    });
    const report = reportOf(book(rows));
    const named = report.problems.filter((p) => p.code === "plan-header-year").map((p) => p.address);
    expect(named).toContain(cell(rows, "GTSX", 2014, col("Kế hoạch")));
    expect(named).toContain(cell(rows, "GTSX", 2012, col("Kế hoạch")));
    expect(named).not.toContain(cell(rows, "GTSX", 2013, col("Kế hoạch")));
    expect(report.paragraph).toMatch(GTSX_OF_PLAN);
  });

  it('"ngàn USD" is "nghìn USD": last year\'s exports in ngàn USD are converted, never "giảm gần 100%"', () => {
    const rows = sampleRows((r) => {
      const xk = at(r, "XK", 2012);
      xk[col("ĐVT")] = "ngàn USD";
      for (let m = 1; m <= 12; m++) xk[T(m)] = Math.round((xk[T(m)] as number) * 1000);
    });
    const report = reportOf(book(rows));
    expect(report.paragraph).toMatch(/tăng (hơn 18|18,3)% so với cùng kỳ/);
    expect(report.paragraph).not.toMatch(/giảm gần 100%/);
    expect(report.problems.some((p) => p.code === "unit-mismatch")).toBe(false);
  });

  it("a figure the report calls not comparable (an unknown unit) is never compared", () => {
    const rows = sampleRows((r) => {
      const xk = at(r, "XK", 2012);
      xk[col("ĐVT")] = "USD";
      for (let m = 1; m <= 12; m++) xk[T(m)] = Math.round((xk[T(m)] as number) * 1e6);
    });
    const report = reportOf(book(rows));
    expect(report.problems.some((p) => p.code === "unit-mismatch")).toBe(true);
    const exports = report.paragraph.split(/(?<=\.)\s+/).find((s) => /xuất khẩu/i.test(s)) ?? "";
    expect(exports).toContain("đạt 74,5% kế hoạch năm");
    expect(exports).not.toMatch(/so với cùng kỳ/);
    expect(report.paragraph).not.toMatch(/giảm gần 100%|giảm 100%/);
  });

  it('an index row named "(so với cùng kỳ)" with no basis in its kind is read on the same month: 107,63 is +7,63%', () => {
    // The statistics office's CPI on the same month of last year: September 161,45 / 150,0 = 107,63.
    const rows = sampleRows((r) => {
      for (const line of r.slice(1)) {
        if (line[col("Mã")] !== "CPI") continue;
        line[col("Chỉ tiêu")] = "Chỉ số giá tiêu dùng (so với cùng kỳ)";
        line[col("Loại")] = "bình quân";
        if (line[col("Năm")] === 2012) for (let m = 1; m <= 12; m++) line[T(m)] = "";
      }
      at(r, "CPI", 2013)[T(9)] = 107.63;
    });
    const report = reportOf(book(rows));
    expect(cpiWords(report)).toContain("tăng 7,63% so với cùng tháng năm trước");
    expect(report.problems.find((p) => p.code === "index-basis-from-name")).toMatchObject({ severity: "info" });
    expect(report.problems.some((p) => p.code === "index-basis-missing")).toBe(false);
  });
});

describe("a saved source naming a hidden sheet", () => {
  it("is read (the officer chose it) and said in a notice naming the sheet", () => {
    const rows = sampleRows();
    const bytes = book(rows, {
      sheets: [
        { name: "Nháp", state: "hidden", cells: cellsFrom(rows) },
        { name: SHEET, cells: cellsFrom(sampleRows((r) => asPercent(at(r, "CPI", 2013)))) },
      ],
    });
    const report = reportOf(bytes, { sheet: "Nháp" });
    const notice = report.problems.find((p) => p.code === "hidden-sheet-chosen");
    expect(notice).toMatchObject({ severity: "info", address: "'Nháp'!A1" });
    expect(notice?.message.vi).toContain("Nháp");
    expect(notice?.message.en).toContain("Nháp");
  });
});
