/**
 * Issue 8, point 1: a blank month inside the report period (a hole), or a period past the last month
 * with data, never yields a figure of fewer months. The figure's cell is blank with a note, the
 * comparisons built on it stay blank, a problem (error) names the raw data's cell and the month, the
 * notes block and the paragraph say which figure and month are missing. The truth for GTSX 2013 is
 * DOMAIN.md's: 21.000 tỷ đồng, +5,2% on the same period; with T5 blank no figure may stand for it.
 */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { HyperFormula } from "hyperformula";
import { codeOf } from "../../functions/customFunctionsStub";
import { YTD } from "../../../src/functions/ytd";
import { computeMeasures } from "../../../src/report/measure/measures";
import { buildReport, HEADER_ROW } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import type { Grid, GridCell } from "../../../src/report/table/grid";
import type { Report } from "../../../src/report/table/report";
import { fillTemplate } from "../../../src/report/table/template";
import { countBySeverity, sortProblems } from "../../../src/ui/counts";
import { sampleValues } from "../../../src/report/read/sample";
import { isSheetAddress } from "../../../src/core/address";
import { holeData, holeValues, T1_COL } from "../holeData";
import { opts } from "../options";

const dataWith = holeData;

function rowOf(grid: Grid, name: string): number {
  const r = grid.cells.findIndex((row) => String(row[1]?.value ?? "").startsWith(name));
  if (r < 0) throw new Error(`no row ${name}`);
  return r;
}
function colOf(grid: Grid, head: string): number {
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (grid.cells[r] ?? []).findIndex((cell) => cell?.value === head);
    if (c >= 0) return c;
  }
  throw new Error(`no column ${head}`);
}
function cellAt(report: Report, name: string, head: string): GridCell | undefined {
  return report.grid.cells[rowOf(report.grid, name)]?.[colOf(report.grid, head)];
}
const lines = (report: Report): string[] => report.grid.cells.map((row) => String(row[0]?.value ?? ""));
const GTSX = "Giá trị sản xuất công nghiệp";

describe("a blank month inside the period (GTSX 2013, T5)", () => {
  const data = dataWith(["GTSX:2013:5"]);
  const report = buildReport(data, opts({ live: true }));
  const values = buildReport(data, opts());

  it("leaves the nine-month figure and the estimate blank, each with a note naming the month and the cell", () => {
    const actual = cellAt(report, GTSX, "Ước TH 9 tháng năm 2013");
    expect(actual?.value).toBeNull();
    expect(actual?.note).toContain("5/2013");
    expect(actual?.note).toContain("'Dữ liệu'!L3");
    const estimate = cellAt(report, GTSX, "Ước TH năm 2013");
    expect(estimate?.value).toBeNull();
    expect(estimate?.note).toContain("5/2013");
    // Last year and the same period are whole: they stand.
    expect(cellAt(report, GTSX, "TH 9 tháng năm 2012")?.value).toBe(
      [2050, 1850, 2150, 2200, 2250, 2280, 2320, 2380, 2482].reduce((a, b) => a + b, 0),
    );
  });

  it("keeps every comparison built on the blank figure blank: cached results and the formulas themselves", () => {
    for (const head of ["9 tháng so với cùng kỳ", "9 tháng so với KH năm", "Ước TH năm so với KH năm"]) {
      expect(cellAt(values, GTSX, head)?.value ?? null).toBeNull();
      expect(cellAt(report, GTSX, head)?.value ?? null).toBeNull();
      expect(cellAt(report, GTSX, head)?.formula).toMatch(/^=IF\(AND\(ISNUMBER/);
    }
    const sheet = report.grid.cells.map((row) => row.map((c) => (c?.formula ? c.formula : (c?.value ?? null))));
    const hf = HyperFormula.buildFromArray(sheet as (string | number | null)[][], { licenseKey: "gpl-v3" });
    const r = rowOf(report.grid, GTSX);
    for (const head of ["9 tháng so với cùng kỳ", "9 tháng so với KH năm", "Ước TH năm so với KH năm"])
      expect(hf.getCellValue({ sheet: 0, row: r, col: colOf(report.grid, head) })).toBe("");
  });

  it("lists an error at the month's cell of the raw data, in Vietnamese and English", () => {
    const p = report.problems.filter((x) => x.code === "period-hole");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "error", address: "'Dữ liệu'!L3" });
    expect(p[0]?.message.vi).toContain("tháng 5/2013");
    expect(p[0]?.message.vi).toContain("Giá trị sản xuất công nghiệp");
    expect(p[0]?.message.en).toContain("month 5/2013");
  });

  it("says in the paragraph which figure and month are missing, and never a growth made of eight months", () => {
    expect(report.paragraph).toContain(
      "Chưa có số liệu tháng 5/2013 của Giá trị sản xuất công nghiệp (giá so sánh 2010) (ô 'Dữ liệu'!L3): chưa tính được số 9 tháng năm 2013.",
    );
    expect(report.paragraph).not.toMatch(/[Gg]iá trị sản xuất công nghiệp( \([^)]*\))? ước đạt/);
    expect(report.paragraph).not.toContain("giảm 6,7%");
    const en = buildReport(data, opts({ lang: "en" }));
    expect(en.paragraph).toContain("No figure yet for month 5/2013 of Industrial production value (cell 'Dữ liệu'!L3)");
  });

  it("writes the same reason in the notes block under the table", () => {
    expect(lines(report).some((l) => l.startsWith("Chưa có số liệu tháng 5/2013") && l.includes("'Dữ liệu'!L3"))).toBe(
      true,
    );
  });

  it("leaves every other figure as the published report has it (exports 74,5% of plan)", () => {
    const xk = cellAt(values, "Giá trị xuất khẩu", "9 tháng so với KH năm")?.value as number;
    expect(xk.toFixed(1)).toBe("74.5");
    expect(report.problems.filter((x) => x.code === "period-hole")).toHaveLength(1);
  });
});

describe("a blank month of last year", () => {
  const report = buildReport(dataWith(["GTSX:2012:5"]), opts());

  it("leaves the same period and last year's total blank, keeps this year's figure, and says so", () => {
    expect(cellAt(report, GTSX, "TH 9 tháng năm 2012")?.value).toBeNull();
    expect(cellAt(report, GTSX, "TH năm 2012")?.value).toBeNull();
    expect(cellAt(report, GTSX, "TH 9 tháng năm 2012")?.note).toContain("'Dữ liệu'!L2");
    expect(cellAt(report, GTSX, "Ước TH 9 tháng năm 2013")?.value).toBe(21000);
    expect(cellAt(report, GTSX, "9 tháng so với cùng kỳ")?.value ?? null).toBeNull();
    const p = report.problems.filter((x) => x.code === "period-hole");
    expect(p.map((x) => [x.severity, x.address])).toEqual([["error", "'Dữ liệu'!L2"]]);
    expect(report.paragraph).toContain("9 tháng ước đạt 21.000 tỷ đồng");
    expect(report.paragraph).not.toMatch(/9 tháng ước đạt 21\.000 tỷ đồng, (tăng|giảm)/);
    expect(report.paragraph).toContain("Chưa có số liệu tháng 5/2012 của Giá trị sản xuất công nghiệp");
  });
});

describe("a report past the last month with data (through 11, data to 9)", () => {
  const data = dataWith([]);
  const report = buildReport(data, opts({ month: 11 }));

  it("has no eleven-month figure and never speaks of a fall", () => {
    expect(cellAt(report, GTSX, "TH 11 tháng năm 2013")?.value).toBeNull();
    expect(report.paragraph).not.toContain("giảm hơn 16%");
    expect(report.paragraph).not.toMatch(/[Gg]iá trị sản xuất công nghiệp( \([^)]*\))? ước đạt/);
    expect(report.paragraph).toContain("Chưa có số liệu tháng 10, 11/2013 của Giá trị sản xuất công nghiệp");
    const p = report.problems.find((x) => x.code === "period-hole" && x.message.vi.includes("Giá trị sản xuất"));
    expect(p).toMatchObject({ severity: "error", address: "'Dữ liệu'!Q3" });
  });
});

describe("what is a figure, not a hole", () => {
  it("a typed lũy kế (IIP, published 118,2) stands although a month is blank", () => {
    const report = buildReport(dataWith(["IIP:2013:4"]), opts());
    expect(cellAt(report, "Chỉ số sản xuất công nghiệp", "Ước TH 9 tháng năm 2013")?.value).toBe(118.2);
    expect(report.problems.filter((p) => p.code === "period-hole")).toEqual([]);
  });

  it("an estimate the officer types into the blank estimate cell drives its comparisons (live formulas)", () => {
    const report = buildReport(dataWith(["GTSX:2013:5"]), opts({ live: true }));
    const r = rowOf(report.grid, GTSX);
    const est = colOf(report.grid, "Ước TH năm 2013");
    const sheet = report.grid.cells.map((row) => row.map((c) => (c?.formula ? c.formula : (c?.value ?? null))));
    (sheet[r] as (string | number | null)[])[est] = 28000; // typed by the officer
    const hf = HyperFormula.buildFromArray(sheet as (string | number | null)[][], { licenseKey: "gpl-v3" });
    const vsPlan = hf.getCellValue({ sheet: 0, row: r, col: colOf(report.grid, "Ước TH năm so với KH năm") });
    expect(vsPlan).toBeCloseTo((28000 / 34540) * 100, 6);
  });

  it("a level reported each quarter shows its latest value with that month named (DN, report through 8)", () => {
    const report = buildReport(dataWith([]), opts({ month: 8 }));
    const now = cellAt(report, "Số doanh nghiệp", "TH 8 tháng năm 2013");
    expect(now?.value).toBe(441);
    expect(now?.note).toBe("Số liệu tháng 6/2013 (số mới nhất đến tháng 8/2013).");
    expect(report.problems.filter((p) => p.code === "period-hole")).toEqual([]);
    expect(lines(report).some((l) => l.includes("Số doanh nghiệp") && l.includes("tháng 6/2013"))).toBe(true);
  });

  it("an index with a hole is a hole (CPI 2013, T3)", () => {
    const report = buildReport(dataWith(["CPI:2013:3"]), opts());
    expect(cellAt(report, "Chỉ số giá tiêu dùng", "Ước TH 9 tháng năm 2013")?.value).toBeNull();
    expect(report.problems.find((p) => p.code === "period-hole")?.address).toBe("'Dữ liệu'!J30");
    expect(report.paragraph).toContain("Chưa có số liệu tháng 3/2013 của Chỉ số giá tiêu dùng");
  });
});

describe("numbers at the edge", () => {
  it("an overflowing sum is an error naming the cells, never a figure", () => {
    const data = dataWith([], (rows) => {
      const row = rows.find((r) => r[0] === "DIEN" && r[5] === 2013) as (string | number | null)[];
      for (let i = 0; i < 9; i++) row[T1_COL + i] = 9e307;
    });
    const report = buildReport(data, opts({ live: true }));
    expect(cellAt(report, "Điện sản xuất", "Ước TH 9 tháng năm 2013")?.value).toBeNull();
    const p = report.problems.filter((x) => x.code === "period-overflow");
    expect(p).toHaveLength(1);
    expect(p[0]?.severity).toBe("error");
    expect(p[0]?.message.vi).toContain("'Dữ liệu'!H9:P9");
    // No text shows an overflow; numbers (a month of 9e307 is a number Excel holds) are checked below.
    const texts = report.grid.cells.flat().map((c) => (typeof c?.value === "string" ? c.value : ""));
    expect(texts.filter((t) => /e\+\d|Infinity/i.test(t))).toEqual([]);
    for (const c of report.grid.cells.flat())
      if (typeof c?.value === "number") expect(Math.abs(c.value)).toBeLessThanOrEqual(9.99999999999999e307);
  });
});

describe("CT.YTD and the report give the same answer on the same months", () => {
  const month = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 5 });
  it("for any months, kind and period: the same figure, or no figure in both", () => {
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("cộng dồn", "bình quân", "cuối kỳ"),
        (months, through, kind) => {
          const values = [
            ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)],
            ["X", "Chỉ tiêu X", "tấn", kind, 2013, ...months],
          ];
          const [m] = computeMeasures(readDataset([{ sheet: "D", values }]), opts({ month: through }));
          const y = (YTD([months], [[through]], [[kind]])[0] as unknown[])[0];
          if (typeof y === "number") return m?.actual !== null && Math.abs((m?.actual as number) - y) < 1e-9;
          return (y === "" || codeOf(y) === "#N/A") && m?.actual === null;
        },
      ),
      runs(300),
    );
  });
});

describe("the task pane's list", () => {
  it("counts the hole as an error and lists it first", () => {
    const report = buildReport(holeData(["GTSX:2013:5"]), opts());
    expect(countBySeverity(report.problems).error).toBeGreaterThanOrEqual(1);
    expect(sortProblems(report.problems)[0]).toMatchObject({ code: "period-hole", severity: "error" });
  });
});

describe("a template that uses a figure with a hole", () => {
  it("lists the same error at the month's cell", () => {
    const filled = fillTemplate([["{{GTSX.TH}}"]], holeData(["GTSX:2013:5"]), opts(), "Mẫu");
    expect(filled.cells).toEqual([{ row: 0, col: 0, value: "" }]);
    expect(filled.problems.find((p) => p.code === "period-hole")).toMatchObject({
      severity: "error",
      address: "'Dữ liệu'!L3",
    });
  });
});

describe("any holes in the sample", () => {
  const rows = sampleValues().slice(1);
  const monthly = rows.filter((r) => r[5] === 2012 || r[5] === 2013);
  it("each figure is the whole period's or blank with an error at the blank cell", () => {
    const hole = fc.record({ row: fc.nat(monthly.length - 1), month: fc.integer({ min: 1, max: 9 }) });
    fc.assert(
      fc.property(fc.uniqueArray(hole, { maxLength: 4, selector: (h) => `${h.row}:${h.month}` }), (holes) => {
        const blanks = holes
          .map((h) => ({ r: monthly[h.row] as (string | number | null)[], m: h.month }))
          .filter((h) => typeof h.r[T1_COL + h.m - 1] === "number")
          .map((h) => `${h.r[0]}:${h.r[5]}:${h.m}`);
        const data = holeData(blanks);
        const report = buildReport(data, opts());
        const measures = computeMeasures(data, opts());
        for (const m of measures) {
          for (const [ind, key] of [
            [m.current, "actual"],
            [m.previous, "samePeriod"],
          ] as const) {
            if (!ind || m.kind === "level") continue;
            if (key === "actual" && ind.ytd !== null) continue; // a typed lũy kế stands
            const missing = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => ind.months[k - 1] === null);
            const figure = m[key];
            if (missing.length === 0) {
              const sum = ind.months.slice(0, 9).reduce((a: number, b) => a + (b as number), 0);
              expect(figure).toBeCloseTo(m.kind === "flow" ? sum : sum / 9, 9);
            } else {
              expect(figure).toBeNull();
              const cell = ind.cells?.months?.[(missing[0] as number) - 1];
              expect(report.problems.some((p) => p.code === "period-hole" && p.address === cell)).toBe(true);
            }
          }
        }
      }),
      runs(60),
    );
  });
});

describe("the full sample (DOMAIN.md's nine months of 2013)", () => {
  it("has no blank figure, no hole error and still the published 21.000 tỷ đồng, +5,2%", () => {
    const report = buildReport(holeData([]), opts());
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(cellAt(report, GTSX, "Ước TH 9 tháng năm 2013")?.value).toBe(21000);
    expect((cellAt(report, GTSX, "9 tháng so với cùng kỳ")?.value as number).toFixed(1)).toBe("105.2");
    // Notes other than a level's month and a verdict's rule (src/report/words/verdictNote.ts) would be blank figures.
    const blanks = report.grid.cells.flat().filter((c) => c?.note && !/^(Số liệu tháng|Kế hoạch )/.test(c.note));
    expect(blanks).toEqual([]);
  });
});

describe("a reader that gives no month cells", () => {
  it("points the problem at the row's cell, a cell the pane can select, and names the month in words", () => {
    const data = readDataset([{ sheet: "Dữ liệu", values: holeValues(["GTSX:2013:5"]) }]);
    for (const ind of data.indicators) if (ind.cells) delete ind.cells.months;
    const report = buildReport(data, opts());
    const p = report.problems.find((x) => x.code === "period-hole");
    expect(p?.address).toBe("'Dữ liệu'!A3");
    expect(isSheetAddress(p?.address ?? "")).toBe(true);
    expect(p?.message.vi).toContain("tháng 5/2013");
    expect(p?.message.vi).toContain("'Dữ liệu'!A3 (T5)");
  });
});

describe("notes said once per indicator (issue 19, point 5)", () => {
  it("names a level's figures that stand at an earlier month in one line, without formulas", () => {
    // A May report: the sample's levels are reported every third month, so five of their figures stand at March.
    const report = buildReport(dataWith([]), opts({ month: 5, periodKind: "month" }));
    const notes = report.text!.notes;
    for (const name of ["Số doanh nghiệp công nghiệp đang hoạt động", "Tỷ lệ hộ dân có điện"])
      expect(notes.filter((n) => n.startsWith(`${name}:`))).toHaveLength(1);
    expect(notes.join(" ")).not.toMatch(/×|\/ cùng kỳ năm trước/);
  });
});
