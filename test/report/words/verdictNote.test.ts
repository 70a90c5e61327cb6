/**
 * A note on every Vượt / Đạt / Không đạt cell says how the verdict was judged (issue 10): the kind of plan
 * (a range, at least, at most, a growth) and what was compared with it, in the report's language, in both
 * writers; a percent of a number plan gets none. The plans are the sample's (IIP "6,6–6,8") and
 * DOMAIN.md's ("dưới 3", "trên 10", "tăng 14%", "không quá", "tối thiểu").
 */
import ExcelJS from "exceljs";
import { ExcelDouble } from "../../double/excelDouble";
import { planWrites } from "../../../src/excel/writePlan";
import { writeBlocks } from "../../../src/excel/writer";
import { EVALUATION } from "../../../src/core/words";
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { GridCell } from "../../../src/report/table/grid";
import type { PlanTarget } from "../../../src/core/planTarget";
import type { Report } from "../../../src/report/table/report";
import { verdictNote } from "../../../src/report/words/verdictNote";
import { reportWorkbook } from "../../../src/writers/xlsx";
import { opts } from "../options";

const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
const verdicts = new Set(Object.values(EVALUATION).flatMap((w) => [w.vi, w.en]));

/** Every cell showing a verdict, with its position. */
function verdictCells(r: Report): { row: number; col: number; cell: GridCell }[] {
  const out: { row: number; col: number; cell: GridCell }[] = [];
  r.grid.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell && typeof cell.value === "string" && verdicts.has(cell.value)) out.push({ row: i, col: j, cell });
    }),
  );
  return out;
}

describe("verdict notes in the report", () => {
  it.each([
    ["vi", /Kế hoạch là khoảng 6,6%–6,8%; so sánh tốc độ tăng của số 9 tháng năm 2013 so với cùng kỳ năm 2012/],
    [
      "en",
      /The plan is the range 6\.6%–6\.8%; compared: the growth of the first 9 months of 2013 on the same period of 2012/,
    ],
  ] as const)(
    "puts a note on the IIP's range verdict in %s, saying the plan's kind and the comparison",
    (lang, words) => {
      for (const live of [true, false]) {
        const r = buildReport(data, opts({ lang, live }));
        const cells = verdictCells(r);
        expect(cells.length).toBeGreaterThan(0);
        // Every verdict is explained: the IIP's range, and the sample's bound ("trên 98") by the value itself.
        for (const { cell } of cells) expect(cell.note).toMatch(lang === "vi" ? /^Kế hoạch / : /^The plan /);
        const bound =
          lang === "vi"
            ? /Kế hoạch trên 98; so sánh số 9 tháng năm 2013:/
            : /The plan is over 98; compared: the first 9 months of 2013\./;
        expect(cells.some(({ cell }) => bound.test(cell.note ?? ""))).toBe(true);
        expect(cells.some(({ cell }) => words.test(cell.note ?? ""))).toBe(true);
      }
    },
  );

  it("puts no note on a percent of a number plan, nor on a verdict cell left blank for want of figures", () => {
    const r = buildReport(data, opts());
    const noted = new Set(verdictCells(r).map((x) => `${x.row},${x.col}`));
    r.grid.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell?.note && /Kế hoạch/.test(cell.note)) expect(noted.has(`${i},${j}`)).toBe(true);
      }),
    );
    const blank = buildReport(
      { indicators: data.indicators.filter((i) => i.code === "IIP" && i.year !== 2012), problems: [] },
      opts({ live: false }),
    );
    for (const row of blank.grid.cells)
      for (const cell of row) if (cell?.value === null) expect(cell.note).toBeUndefined();
  });

  it("writes the note in the .xlsx report and through the add-in's writer", async () => {
    const r = buildReport(data, opts({ live: true }));
    const { row, col, cell } = verdictCells(r)[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await reportWorkbook(r).xlsx.writeBuffer());
    const note = wb.worksheets[0]!.getCell(row + 1, col + 1).note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toBe(cell.note);

    const g = globalThis as unknown as Record<string, unknown>;
    const d = new ExcelDouble({ excelApi: "1.18" }).install(g);
    try {
      await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
        const sheet = ctx.workbook.worksheets.add("BC");
        await writeBlocks(ctx, sheet, planWrites(r.grid));
      });
    } finally {
      delete g.Excel;
      delete g.Office;
    }
    expect(d.sheet("BC").notes.get(`${row},${col}`)).toBe(cell.note);
  });
});

describe("verdictNote", () => {
  const o = opts({ month: 9 });
  const growth = { a: "actual" as const, base: "samePeriod" as const, byGrowth: true };
  const value = { a: "actual" as const, byGrowth: false };
  it.each<[PlanTarget, typeof growth | typeof value, RegExp, RegExp]>([
    [
      { type: "above", value: 10, inclusive: true },
      value,
      /tối thiểu 10; .*từ 10 trở lên là Đạt/,
      /at least 10; .*10 or more is Met/,
    ],
    [{ type: "above", value: 10 }, value, /trên 10; .*cao hơn 10 là Đạt/, /over 10; .*More than 10 is Met/],
    [
      { type: "below", value: 4, inclusive: true },
      growth,
      /không quá 4%; .*từ 4% trở xuống là Đạt/,
      /at most 4%; .*4% or less is Met/,
    ],
    [{ type: "below", value: 3 }, growth, /dưới 3%; .*thấp hơn 3% là Đạt/, /under 3%; .*Less than 3% is Met/],
    [
      { type: "growth", value: 0.14 },
      growth,
      /tăng 14%; .*cao hơn 14% là Vượt, bằng là Đạt/,
      /growth of 14%; .*Above 14% is Above, equal Met/,
    ],
    [{ type: "range", low: 6.6, high: 6.8 }, growth, /khoảng 6,6%–6,8%/, /range 6\.6%–6\.8%/],
  ])("says the kind of plan %j and the rule in both languages", (plan, judged, vi, en) => {
    expect(verdictNote(plan, judged, o)).toMatch(vi);
    expect(verdictNote(plan, judged, { ...o, lang: "en" })).toMatch(en);
  });

  it("has nothing to say about a number plan", () => {
    expect(verdictNote({ type: "number", value: 100 }, value, o)).toBeUndefined();
  });
});
