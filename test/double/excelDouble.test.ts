import { ExcelDouble, checkSheetName } from "./excelDouble";

type Ctx = Excel.RequestContext;
const run = <T>(d: ExcelDouble, cb: (ctx: Ctx) => Promise<T>): Promise<T> =>
  (d.Excel.run as (cb: (ctx: Ctx) => Promise<T>) => Promise<T>)(cb);

describe("the Excel double", () => {
  it("makes loaded values readable only after sync, as Office.js does", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data", [["a", 1]]);
    await run(d, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["a", 1]]);
    });
    expect(d.syncs).toBe(1);
  });

  it("applies nothing until sync and counts commands left unsynced as dropped", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data", [["x"]]);
    await run(d, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["y"]];
    });
    expect(d.values("Data")).toEqual([["x"]]);
    expect(d.dropped).toBe(1);
  });

  it.each([
    ["a name of 32 characters", "x".repeat(32), /1\.\.31/],
    ["an empty name", "", /1\.\.31/],
    ["a colon", "BC:9", /forbids/],
    ["a slash", "BC 9/2013", /forbids/],
    ["brackets", "BC [9]", /forbids/],
    ["a leading apostrophe", "'BC", /apostrophe|starts or ends/],
    ["a taken name in other case", "data", /exists/],
  ])("refuses a sheet name with %s", (_what, name, re) => {
    expect(() => checkSheetName(name, ["Data"])).toThrow(re);
  });

  it("fails the whole batch with ItemNotFound for getItem of a missing sheet", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data", [["x"]]);
    await expect(
      run(d, async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
  });

  it("answers isNullObject after sync for *OrNullObject", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data", [["x"]]);
    await run(d, async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const b = ctx.workbook.worksheets.getItemOrNullObject("data");
      expect(() => a.isNullObject).toThrow(/sync/);
      await ctx.sync();
      expect(a.isNullObject).toBe(true);
      expect(b.isNullObject).toBe(false);
    });
  });

  it("refuses a 2-D write whose shape does not match the range", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data");
    await expect(
      run(d, async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/doesn't match/);
  });

  it("reads typed text as Excel does: numbers, formulas, and text behind an apostrophe", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data");
    await run(d, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:D1").formulas = [["12.5", "=A1*2", "'12.5", "Chỉ tiêu"]];
      await ctx.sync();
    });
    expect(d.cellAt("Data", "A1")?.value).toBe(12.5);
    expect(d.cellAt("Data", "B1")?.formula).toBe("=A1*2");
    expect(d.cellAt("Data", "C1")?.value).toBe("12.5");
    expect(d.cellAt("Data", "D1")?.value).toBe("Chỉ tiêu");
  });

  it("refuses a request over the payload limit without applying any of it", async () => {
    const d = new ExcelDouble({ requestLimitBytes: 1000 });
    d.addSheet("Data");
    await expect(
      run(d, async (ctx) => {
        const big = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
        ctx.workbook.worksheets.getItem("Data").getRange("A1:A100").values = big;
        await ctx.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(d.values("Data")).toEqual([]);
    expect(d.requests[0]?.refused).toBe(true);
  });

  it("records each write with its sheet, address and kind", async () => {
    const d = new ExcelDouble();
    d.addSheet("Data");
    await run(d, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("B2:C3");
      r.values = [
        [1, 2],
        [3, 4],
      ];
      r.format.font.bold = true;
      r.merge();
      await ctx.sync();
    });
    expect(d.writes.map((w) => [w.sheet, w.address, w.kind])).toEqual([
      ["Data", "B2:C3", "values"],
      ["Data", "B2:C3", "format"],
      ["Data", "B2:C3", "merge"],
    ]);
  });

  it("copies a sheet as Excel does: named with (2), placed at the end, made active", async () => {
    const d = new ExcelDouble();
    d.addSheet("Mẫu", [["{{GTSX.TH}}"]]);
    d.addSheet("Data", [[1]]);
    await run(d, async (ctx) => {
      ctx.workbook.worksheets.getItem("Mẫu").copy("End");
      await ctx.sync();
    });
    expect(d.sheetNames()).toEqual(["Mẫu", "Data", "Mẫu (2)"]);
    expect(d.state.active.name).toBe("Mẫu (2)");
    expect(d.values("Mẫu (2)")).toEqual([["{{GTSX.TH}}"]]);
  });
});

describe("ready-made workbooks", () => {
  it("hold the sample, bad data the reader complains about, or nothing", async () => {
    const { workbookDouble } = await import("./workbooks");
    const { readDataset } = await import("../../src/report/read/reader");
    const sample = workbookDouble("sample");
    const bad = workbookDouble("bad");
    const read = (d: ExcelDouble): ReturnType<typeof readDataset> =>
      readDataset([{ sheet: d.state.active.name, values: d.values(d.state.active.name) }]);
    expect(read(sample).problems.filter((p) => p.severity === "error")).toHaveLength(0);
    expect(read(bad).problems.length).toBeGreaterThanOrEqual(4);
    expect(workbookDouble("empty").values("Sheet1")).toEqual([]);
  });
});
