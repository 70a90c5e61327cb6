/**
 * The add-in's writer puts GridCell.note on the cell with the best API the host has: a note
 * (ExcelApi 1.18), else a comment (ExcelApi 1.10); an older host gets neither and the report's notes
 * block still says why (docs/excel-adapter.md). Through the recording Excel double.
 */
import { ExcelDouble } from "../double/excelDouble";
import { planWrites } from "../../src/excel/writePlan";
import { writeBlocks } from "../../src/excel/writer";
import { buildReport } from "../../src/report/make/model";
import { holeData } from "../report/holeData";
import { opts } from "../report/options";

const report = buildReport(holeData(["GTSX:2013:5"]), opts({ live: true }));
const expected = new Map<string, string>();
report.grid.cells.forEach((row, r) =>
  row.forEach((cell, c) => {
    if (cell?.note) expected.set(`${r},${c}`, cell.note);
  }),
);

async function writeOn(excelApi: string): Promise<ExcelDouble> {
  const g = globalThis as unknown as Record<string, unknown>;
  const d = new ExcelDouble({ excelApi }).install(g);
  try {
    d.addSheet("Data", [["x"]]);
    await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("BC");
      await writeBlocks(ctx, sheet, planWrites(report.grid));
    });
  } finally {
    delete g.Excel;
    delete g.Office;
  }
  return d;
}

describe("the add-in writes cell notes", () => {
  it("plans one notes block holding every GridCell.note", () => {
    const blocks = planWrites(report.grid).filter((b) => b.kind === "notes");
    expect(blocks).toHaveLength(1);
    const b = blocks[0];
    expect(b?.kind === "notes" && new Map(b.notes.map((n) => [`${n.row},${n.col}`, n.text]))).toEqual(expected);
    expect(expected.size).toBeGreaterThanOrEqual(2);
  });

  it("as notes where the host has ExcelApi 1.18", async () => {
    const d = await writeOn("1.18");
    expect(expected.size).toBeGreaterThanOrEqual(2);
    expect(d.sheet("BC").notes).toEqual(expected);
    expect(d.sheet("BC").comments.size).toBe(0);
  });

  it("as comments where the host has ExcelApi 1.10 but not 1.18", async () => {
    const d = await writeOn("1.12");
    expect(expected.size).toBeGreaterThanOrEqual(2);
    expect(d.sheet("BC").comments).toEqual(expected);
    expect(d.sheet("BC").notes.size).toBe(0);
  });

  it("not at all on an older host, whose report still says why in its notes block", async () => {
    const d = await writeOn("1.9");
    expect(d.sheet("BC").notes.size + d.sheet("BC").comments.size).toBe(0);
    const lines = d.values("BC").map((row) => String(row[0] ?? ""));
    expect(lines.some((l) => l.startsWith("Chưa có số liệu tháng 5/2013") && l.includes("'Dữ liệu'!L3"))).toBe(true);
  });
});
