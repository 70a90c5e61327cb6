/**
 * The period kinds in the report (issue 9, point 5): the quarter (the quarter, its same quarter, the previous
 * quarter, index averages per quarter), the month report (the previous month beside the month) and the
 * autumn table (the month's own estimate beside the previous month). Expected figures are relations between
 * the raw data's months (a quarter is the sum of its three months, DOMAIN.md), never the program's output.
 */
import { buildReport, HEADER_ROW } from "../../src/report/make/model";
import { resolveOptions } from "../../src/report/make/request";
import { headerMeaning } from "../../src/report/read/header";
import { SAMPLE_HEADER } from "../../src/report/read/sample";
import type { Grid, GridCell } from "../../src/report/table/grid";
import type { Report } from "../../src/report/table/report";
import { holeData, holeValues } from "./holeData";
import { opts } from "./options";

const GTSX = "Giá trị sản xuất công nghiệp";
const DN = "Số doanh nghiệp";
const CPI = "Chỉ số giá tiêu dùng";
const T1 = SAMPLE_HEADER.indexOf("T1");
const raw = holeValues([]);

/** Month m of an indicator's row in the raw data. */
function month(code: string, year: number, m: number): number {
  const row = raw.find((r) => r[0] === code && r[5] === year);
  return row?.[T1 + m - 1] as number;
}
const sum = (code: string, year: number, first: number, through: number): number => {
  let s = 0;
  for (let m = first; m <= through; m++) s += month(code, year, m);
  return s;
};

function colOf(grid: Grid, head: string): number {
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (grid.cells[r] ?? []).findIndex((cell) => cell?.value === head);
    if (c >= 0) return c;
  }
  throw new Error(`no column ${head}`);
}
function cellAt(report: Report, name: string, head: string): GridCell | undefined {
  const r = report.grid.cells.findIndex((row) => String(row[1]?.value ?? "").startsWith(name));
  return report.grid.cells[r]?.[colOf(report.grid, head)];
}
const value = (report: Report, name: string, head: string): number => cellAt(report, name, head)?.value as number;

describe("the quarter report (quý III/2013)", () => {
  const data = holeData([]);
  const report = buildReport(data, opts({ periodKind: "quarter" }));

  it("is named for the quarter: sheet, title, summary", () => {
    expect(report.sheetName).toBe("BC Q3-2013");
    expect(report.title).toMatch(/quý III năm 2013$/);
    expect(report.grid.cells.some((row) => row[0]?.value === "Tóm tắt quý III/2013:")).toBe(true);
  });

  it("a flow's quarter is the sum of its three months, beside the same quarter and the previous quarter", () => {
    expect(value(report, GTSX, "Ước TH quý III năm 2013")).toBeCloseTo(sum("GTSX", 2013, 7, 9), 6);
    expect(value(report, GTSX, "TH quý III năm 2012")).toBeCloseTo(sum("GTSX", 2012, 7, 9), 6);
    expect(value(report, GTSX, "TH quý II năm 2013")).toBeCloseTo(sum("GTSX", 2013, 4, 6), 6);
    expect(value(report, GTSX, "Quý III so với cùng kỳ")).toBeCloseTo(
      (sum("GTSX", 2013, 7, 9) / sum("GTSX", 2012, 7, 9)) * 100,
      6,
    );
    expect(value(report, GTSX, "Quý III so với quý trước")).toBeCloseTo(
      (sum("GTSX", 2013, 7, 9) / sum("GTSX", 2013, 4, 6)) * 100,
      6,
    );
    // The months so far stay beside the quarter.
    expect(value(report, GTSX, "Ước TH 9 tháng năm 2013")).toBeCloseTo(sum("GTSX", 2013, 1, 9), 6);
  });

  it("a level takes its value at the quarter's end", () => {
    expect(value(report, DN, "Ước TH quý III năm 2013")).toBe(month("DN", 2013, 9));
    expect(value(report, DN, "TH quý II năm 2013")).toBe(month("DN", 2013, 6));
  });

  it("an index's quarter on the same quarter is the geometric mean of its three same-month indices", () => {
    const ratios = [7, 8, 9].map((m) => month("CPI", 2013, m) / month("CPI", 2012, m));
    const geo = Math.cbrt(ratios[0]! * ratios[1]! * ratios[2]!) * 100;
    expect(value(report, CPI, "Quý III so với cùng kỳ")).toBeCloseTo(geo, 9);
  });

  it("says the quarter in the sentence, on the same period and on the previous quarter", () => {
    expect(report.paragraph).toMatch(
      /Giá trị sản xuất công nghiệp[^.]* quý III ước đạt [^,]+, (tăng|giảm) [\d,]+% so với quý trước và (tăng|giảm) [\d,]+% so với cùng kỳ; 9 tháng ước đạt/u,
    );
    expect(report.paragraph).toMatch(/Bình quân quý III\/2013, CPI (tăng|giảm) [\d,]+% so với cùng kỳ năm trước\./u);
    expect(report.paragraph).toContain("; tính chung 9 tháng năm 2013 ước");
  });

  it("quý I compares with quý IV of last year", () => {
    const q1 = buildReport(data, opts({ month: 3, periodKind: "quarter" }));
    expect(value(q1, GTSX, "TH quý IV năm 2012")).toBeCloseTo(sum("GTSX", 2012, 10, 12), 6);
    expect(q1.sheetName).toBe("BC Q1-2013");
  });
});

describe("a blank month makes the quarter a hole, never a short sum", () => {
  const report = buildReport(holeData(["GTSX:2013:8"]), opts({ periodKind: "quarter", live: true }));

  it("leaves the quarter and its comparisons blank with a note naming the cell and the month", () => {
    const q = cellAt(report, GTSX, "Ước TH quý III năm 2013");
    expect(q?.value).toBeNull();
    expect(q?.note).toContain("8/2013");
    expect(q?.note).toContain("'Dữ liệu'!");
    expect(cellAt(report, GTSX, "Quý III so với cùng kỳ")?.value ?? null).toBeNull();
    expect(report.problems.some((p) => p.code === "period-hole" && /8/.test(p.message.vi))).toBe(true);
  });

  it("keeps the previous quarter, whose months are all there", () => {
    expect(value(report, GTSX, "TH quý II năm 2013")).toBeCloseTo(sum("GTSX", 2013, 4, 6), 6);
  });

  it("a blank month of last year's quarter blanks the same quarter", () => {
    const r = buildReport(holeData(["GTSX:2012:7"]), opts({ periodKind: "quarter" }));
    expect(cellAt(r, GTSX, "TH quý III năm 2012")?.value).toBeNull();
    expect(cellAt(r, GTSX, "TH quý III năm 2012")?.note).toContain("7/2012");
  });
});

describe("a quarter is asked for at a month that ends a quarter", () => {
  it.each([1, 2, 4, 5, 7, 8, 10, 11])("month %i: a clear failure, not a report", (m) => {
    expect(resolveOptions(holeData([]), { lang: "vi", year: 2013, month: m, periodKind: "quarter" })).toEqual({
      code: "quarter-month",
      year: 2013,
      month: m,
    });
  });
  it.each([3, 6, 9, 12])("month %i: the quarter", (m) => {
    expect(resolveOptions(holeData([]), { lang: "vi", year: 2013, month: m, periodKind: "quarter" })).toMatchObject({
      periodKind: "quarter",
    });
  });
});

describe("the month report (tháng 5/2013)", () => {
  const report = buildReport(holeData([]), opts({ month: 5, periodKind: "month" }));

  it("shows the previous month beside the month and the month-on-month change of a flow", () => {
    expect(report.sheetName).toBe("BC T5-2013");
    expect(value(report, GTSX, "TH tháng trước (tháng 4/2013)")).toBe(month("GTSX", 2013, 4));
    expect(value(report, GTSX, "TH tháng 5 năm 2013")).toBe(month("GTSX", 2013, 5));
    expect(value(report, GTSX, "Tháng 5 so với tháng trước")).toBeCloseTo(
      (month("GTSX", 2013, 5) / month("GTSX", 2013, 4)) * 100,
      9,
    );
    expect(value(report, GTSX, "TH 5 tháng năm 2013")).toBeCloseTo(sum("GTSX", 2013, 1, 5), 6);
  });

  it("writes the month's sentence, then the months so far", () => {
    expect(report.paragraph).toMatch(
      /Giá trị sản xuất công nghiệp[^.]* tháng 5 đạt [^,]+, (tăng|giảm) [\d,]+% so với tháng trước và (tăng|giảm) [\d,]+% so với cùng kỳ; 5 tháng đạt /u,
    );
  });

  it("January compares with December of last year", () => {
    const jan = buildReport(holeData([]), opts({ month: 1, periodKind: "month" }));
    expect(value(jan, GTSX, "TH tháng trước (tháng 12/2012)")).toBe(month("GTSX", 2012, 12));
  });

  it("is the default at month 5, and the months so far without the previous month when chosen", () => {
    const o = resolveOptions(holeData([]), { lang: "vi", year: 2013, month: 5 });
    expect(o).toMatchObject({ periodKind: "month" });
    const cumulative = buildReport(holeData([]), opts({ month: 5, periodKind: "cumulative" }));
    expect(cumulative.sheetName).toBe("BC 5T-2013");
    expect(() => colOf(cumulative.grid, "TH tháng trước (tháng 4/2013)")).toThrow();
  });
});

describe("the nine-month table shows the month itself beside the nine months", () => {
  const report = buildReport(holeData([]), opts());

  it("heads the months in brackets, so the reader never takes the report for data", () => {
    for (const head of ["TH tháng trước (tháng 8/2013)", "Ước tháng này (tháng 9/2013)"])
      expect(headerMeaning(head)).toBeNull();
  });

  it("'ước tháng này' beside the 9 months, and 'thực hiện tháng trước' beside it", () => {
    expect(value(report, GTSX, "Ước tháng này (tháng 9/2013)")).toBe(month("GTSX", 2013, 9));
    expect(value(report, GTSX, "TH tháng trước (tháng 8/2013)")).toBe(month("GTSX", 2013, 8));
    expect(value(report, GTSX, "Ước TH 9 tháng năm 2013")).toBeCloseTo(sum("GTSX", 2013, 1, 9), 6);
    const cols = [
      colOf(report.grid, "TH tháng trước (tháng 8/2013)"),
      colOf(report.grid, "Ước tháng này (tháng 9/2013)"),
      colOf(report.grid, "Ước TH 9 tháng năm 2013"),
    ];
    expect(cols[1]).toBe(cols[0]! + 1);
    expect(cols[2]).toBeGreaterThan(cols[1]!);
  });
});
