import fc from "fast-check";
import { runs } from "../setup/runs";
import { ExcelDouble } from "../double/excelDouble";
import { syntheticValues } from "../double/syntheticData";
import { readDataset } from "../../src/report/read/reader";
import { buildReport } from "../../src/report/make/model";
import { defaultOptions } from "../../src/report/make/request";
import type { Grid } from "../../src/report/table/grid";
import { packRequests, planWrites, toRectangles, type WriteBlock } from "../../src/excel/writePlan";
import { writeBlocks } from "../../src/excel/writer";

function reportGrid(n: number): { grid: Grid; paragraph: string } {
  const data = readDataset([{ sheet: "Số liệu", values: syntheticValues(n) }]);
  const r = buildReport(data, defaultOptions(data, "vi")!);
  return { grid: r.grid, paragraph: r.paragraph };
}

async function writeWith(blocks: WriteBlock[], limit: number, budget: number): Promise<ExcelDouble> {
  const d = new ExcelDouble({ requestLimitBytes: limit });
  d.addSheet("Data", [["x"]]);
  await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add("BC");
    await writeBlocks(ctx, sheet, blocks, { budget });
  });
  return d;
}

describe("planWrites", () => {
  it("plans one formulas block and one number-format block for an ordinary report", () => {
    const { grid } = reportGrid(100);
    const blocks = planWrites(grid);
    expect(blocks.filter((b) => b.kind === "formulas")).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === "numberFormat")).toHaveLength(1);
    expect(packRequests(blocks)).toHaveLength(1);
  });

  it("groups cells of one style into few rectangles", () => {
    const { grid } = reportGrid(500);
    const styles = planWrites(grid).filter((b) => b.kind === "style");
    const areas = styles.reduce((n, b) => n + (b.kind === "style" ? b.areas.length : 0), 0);
    const styled = grid.cells.flat().filter((c) => c?.style && Object.keys(c.style).length > 0).length;
    expect(areas).toBeLessThan(styled / 20);
  });

  it("cuts a block over the chunk size into row chunks that cover every row once", () => {
    const { grid } = reportGrid(500);
    const blocks = planWrites(grid, { chunkBytes: 20_000 }).filter((b) => b.kind === "formulas");
    expect(blocks.length).toBeGreaterThan(3);
    let next = 0;
    for (const b of blocks) {
      if (b.kind !== "formulas") continue;
      expect(b.row).toBe(next);
      expect(b.bytes).toBeLessThanOrEqual(20_000 + 200);
      next += b.data.length;
    }
    expect(next).toBe(grid.rows);
  });

  it("writes chunked requests under the payload limit with the same result as one write", async () => {
    const { grid } = reportGrid(500);
    const whole = await writeWith(planWrites(grid), 5 * 1024 * 1024, 4_000_000);
    const small = await writeWith(planWrites(grid, { chunkBytes: 30_000 }), 120_000, 100_000);
    expect(whole.syncs).toBe(1);
    expect(small.syncs).toBeGreaterThan(1);
    expect(small.requests.every((r) => !r.refused && r.bytes <= 120_000)).toBe(true);
    expect(small.requests.every((r) => r.calculationSuspended)).toBe(true);
    expect(small.snapshot()["BC"]).toBe(whole.snapshot()["BC"]);
  });

  it("would be refused by Excel on the web when the same report is not chunked", async () => {
    const { grid } = reportGrid(500);
    await expect(writeWith(planWrites(grid), 120_000, 10_000_000)).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("toRectangles", () => {
  it("covers exactly the given cells, each once", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(12), fc.nat(8)), { selector: ([r, c]) => `${r},${c}` }), (pairs) => {
        const areas = toRectangles(pairs.map(([r, c]) => ({ r, c })));
        const covered: string[] = [];
        for (const a of areas)
          for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) covered.push(`${r},${c}`);
        expect(covered.sort()).toEqual(pairs.map(([r, c]) => `${r},${c}`).sort());
      }),
      runs(2000),
    );
  });

  it("makes one rectangle of a full block", () => {
    const cells = [];
    for (let r = 3; r < 50; r++) for (let c = 2; c < 9; c++) cells.push({ r, c });
    expect(toRectangles(cells)).toEqual([{ r1: 3, c1: 2, r2: 49, c2: 8 }]);
  });
});

describe("row heights", () => {
  /** A grid of `rows` rows, one merged heading row (row 0) and wrapped body rows of varied heights. */
  function gridWithHeights(rows: number): Grid {
    return {
      rows,
      cols: 3,
      cells: Array.from({ length: rows }, () => [undefined, undefined, undefined]),
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
      borders: [],
      colWidths: [10, 10, 10],
      freeze: { rows: 0, cols: 0 },
      print: { landscape: true, fitToWidth: 1, repeatRows: { first: -1, last: -1 } },
      rowHeights: [
        { row: 0, points: 40 },
        ...Array.from({ length: rows - 2 }, (_, i) => ({ row: i + 2, points: i % 2 === 0 ? 15 : 30 })),
      ],
    };
  }

  it("lets Excel fit unmerged wrapped rows in one command, whatever their number, and sizes merged rows itself", () => {
    for (const rows of [10, 1000]) {
      const blocks = planWrites(gridWithHeights(rows));
      expect(blocks.filter((b) => b.kind === "autofitRows")).toEqual([
        expect.objectContaining({ kind: "autofitRows", row: 2, count: rows - 2 }),
      ]);
      // Excel does not fit a merged cell: the heading keeps the model's height.
      expect(blocks.filter((b) => b.kind === "rowHeight")).toEqual([
        expect.objectContaining({ kind: "rowHeight", row: 0, count: 1, points: 40 }),
      ]);
    }
  });
});
