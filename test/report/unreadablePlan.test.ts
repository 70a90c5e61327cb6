/**
 * A plan the reader cannot read ("theo NQ", "chưa giao") is never a blank KH cell and never a number:
 * the plan column shows it as typed, every comparison with it is blank with a cell note, and a problem
 * names the data cell (issue 8: nothing a user typed is lost; no silently missing figure).
 */
import { buildReport, FIRST_DATA_ROW, HEADER_ROW } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import type { Grid } from "../../src/report/table/grid";
import { opts } from "./options";

const HEADER = [
  "Mã",
  "Chỉ tiêu",
  "ĐVT",
  "Loại",
  "Năm",
  "KH năm",
  ...Array.from({ length: 12 }, (_x, i) => `T${i + 1}`),
];
const months = (base: number, n: number): (number | string)[] =>
  Array.from({ length: 12 }, (_x, i) => (i < n ? base + i : ""));

function data(plan2013: unknown, plan2014: unknown = 30000) {
  return readDataset([
    {
      sheet: "S",
      values: [
        HEADER,
        ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2012, "", ...months(2000, 12)],
        ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2013, plan2013, ...months(2100, 9)],
        ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2014, plan2014, ...months(0, 0)],
      ],
    },
  ]);
}

/** The row of the one indicator (a group heading may come first). */
function gtsxRow(grid: Grid): number {
  return grid.cells.findIndex((row, r) => r >= FIRST_DATA_ROW && row[1]?.value === "Giá trị sản xuất công nghiệp");
}

function colOf(grid: Grid, head: string): number {
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (grid.cells[r] ?? []).findIndex((cell) => cell?.value === head);
    if (c >= 0) return c;
  }
  throw new Error(`no column ${head}`);
}

describe("a plan that cannot be read", () => {
  it.each(["theo NQ", "Chưa giao", "xem phụ lục 2"])("%s is kept as typed and named at its cell", (text) => {
    const d = data(`  ${text} `);
    const row = d.indicators.find((i) => i.year === 2013)!;
    expect(row.plan).toBeNull();
    expect(row.planText).toBe(text);
    const p = d.problems.find((x) => x.code === "bad-plan")!;
    expect(p.address).toBe("S!F3");
    expect(p.message.vi).toContain(`"${text}"`);
    expect(p.message.en).toContain(`"${text}"`);
  });

  it.each([true, false])(
    "shows the text in the plan column, never a number, and blanks the comparisons with a note (live %p)",
    (live) => {
      const report = buildReport(data("theo NQ"), opts({ live }));
      const g = report.grid;
      const row = gtsxRow(g);
      const kh = g.cells[row]?.[colOf(g, "KH năm 2013")];
      expect(kh?.value).toBe("theo NQ");
      expect(kh?.formula).toBeUndefined();
      for (const head of ["9 tháng so với KH năm", "Ước TH năm so với KH năm"]) {
        const cell = g.cells[row]?.[colOf(g, head)];
        expect(cell?.value ?? null).toBeNull();
        expect(cell?.formula).toBeUndefined();
        expect(cell?.note).toContain("theo NQ");
      }
      // The comparisons that do not involve the plan are still there.
      expect(typeof g.cells[row]?.[colOf(g, "9 tháng so với cùng kỳ")]?.value).toBe("number");
      const named = report.problems.filter((p) => p.code === "bad-plan");
      expect(named.map((p) => p.address)).toEqual(["S!F3"]);
    },
  );

  it("blanks the comparison with next year's plan when that plan cannot be read", () => {
    const report = buildReport(data(30000, "theo NQ"), opts());
    const g = report.grid;
    const kh = g.cells[gtsxRow(g)]?.[colOf(g, "KH năm 2014")];
    expect(kh?.value).toBe("theo NQ");
    const c = g.cells[gtsxRow(g)]?.[colOf(g, "KH năm 2014 so với ước TH năm 2013 (%)")];
    expect(c?.value ?? null).toBeNull();
    expect(c?.note).toContain("theo NQ");
    expect(report.problems.filter((p) => p.code === "bad-plan").map((p) => p.address)).toEqual(["S!F4"]);
  });

  it("writes the English note and problem in English", () => {
    const report = buildReport(data("theo NQ"), opts({ lang: "en" }));
    const g = report.grid;
    const row = g.cells.find((cells) => cells.some((c) => c?.value === "theo NQ"))!;
    const notes = row.filter((c) => c?.note).map((c) => c!.note!);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const n of notes) expect(n).toMatch(/Cannot read the plan "theo NQ"/);
    const p = report.problems.find((x) => x.code === "bad-plan")!;
    expect(p.message.en).toMatch(/shows it as typed/);
    expect(p.message.vi).toMatch(/ghi nguyên chữ/);
  });
});
