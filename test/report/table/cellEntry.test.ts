/**
 * Text stays text in the add-in: names, units and template cells that Excel would turn into a number,
 * a date, a boolean, an error or a formula in some locale are written so they stay exactly as given.
 * The double converts such strings as Excel does unless the cell's format is Text ("@").
 */
import { ExcelDouble } from "../../double/excelDouble";
import { readDataset } from "../../../src/report/read/reader";
import { buildReport } from "../../../src/report/make/model";
import { defaultOptions } from "../../../src/report/make/request";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import { runReport } from "../../../src/excel/runReport";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/excel/settings";
import { planTemplateWrites, writeTemplateCopy, type FilledCell } from "../../../src/excel/templateCopy";
import { insertSampleSheet } from "../../../src/excel/sampleSheet";

const g = globalThis as unknown as Record<string, unknown>;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, lang: "vi", ...over });

/** Strings Excel converts in one locale or another when they are written to a General cell. */
const TRICKY = ["1E3", "2e2", "#N/A", "Jan 2013", "1-Jan", "5 ₫", "TRUE", "FALSE", "=1+1", "'abc", " 0012", "-x", "5%"];

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** The sample with each indicator's name (all its years) and some units replaced by a tricky string. */
function trickyValues(): (string | number | null)[][] {
  const v = sampleValues().map((r) => r.slice());
  const header = v[0] ?? [];
  const name = header.indexOf("Chỉ tiêu");
  const unit = header.indexOf("ĐVT");
  const codes = [...new Set(v.slice(1).map((r) => r[0]))];
  codes.forEach((code, i) => {
    for (const row of v.slice(1)) {
      if (row[0] !== code) continue;
      if (i < TRICKY.length) row[name] = TRICKY[i]!;
      if (i + 3 < TRICKY.length) row[unit] = TRICKY[(i + 3) % TRICKY.length]!;
    }
  });
  return v;
}

describe("the double models Excel's conversion of written text", () => {
  it.each(TRICKY)("converts %p in a General cell and keeps it in a Text cell", async (s) => {
    const d = new ExcelDouble();
    d.addSheet("S");
    await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      sheet.getRange("A1").formulas = [[s]];
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("B1").formulas = [[s]];
      await ctx.sync();
    });
    const general = d.cellAt("S", "A1")!;
    expect(general.value === s && !general.error && general.formula === null).toBe(false);
    expect(d.cellAt("S", "B1")).toMatchObject({ value: s, formula: null, numberFormat: "@" });
    expect(d.cellAt("S", "B1")?.error).toBeUndefined();
  });
});

describe("runReport writes names and units as text", () => {
  it("keeps every text cell of the report exactly as the grid says, in two round trips", async () => {
    const values = trickyValues();
    const d = new ExcelDouble().install(g);
    const data0 = d.addSheet(SAMPLE_SHEET_NAME, values);
    // Setup takes "=..." as a formula; the officer's data holds "=1+1" as text (typed behind a "'").
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.startsWith("=")) Object.assign(data0.ensure(r, c), { value: v, formula: null });
      }),
    );
    d.resetCounters();
    const r = await runReport(settings());
    expect(d.syncs).toBe(2);
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values }]);
    const grid = buildReport(data, defaultOptions(data, "vi")!).grid;
    const sheet = d.sheet(r.sheetName);
    const seen = new Set<string>();
    for (let row = 0; row < grid.rows; row++) {
      for (let col = 0; col < grid.cols; col++) {
        const want = grid.cells[row]?.[col];
        if (want?.formula || typeof want?.value !== "string" || want.value === "") continue;
        const got = sheet.cell(row, col);
        expect({ at: [row, col], value: got?.value, formula: got?.formula, error: got?.error }).toEqual({
          at: [row, col],
          value: want.value,
          formula: null,
          error: undefined,
        });
        seen.add(want.value);
      }
    }
    // The report really shows the tricky names and units (not a test that passes on nothing).
    for (const s of ["1E3", "#N/A", "Jan 2013", "5 ₫", "TRUE", "=1+1", "'abc"]) expect(seen).toContain(s);
  });

  it("writes the sample sheet's text (names, units, kinds, plans) as text too", async () => {
    const d = new ExcelDouble().install(g);
    d.resetCounters();
    const name = await insertSampleSheet();
    expect(d.values(name)).toEqual(sampleValues().map((r) => r.map((v) => (v === null ? "" : v))));
  });
});

describe("runReport fills a template with text that stays text", () => {
  const template = [
    ["{{XK.TH|#,##0.00}}", "{{GTSX.TH|#,##0}}", "{{XK.PKH|0.0%}}", "{{GTSX.TH}}", "{{IIP.KH}}"],
    ["{{{{GTSX.TH}}}}", "{{GTSX.TH|0.0.0}}", "{{bogus}} {{bogus}}", "{{GTSX.UOC}}", "{{GTSX.UOC}}"],
  ];

  async function filled(): Promise<{ d: ExcelDouble; r: Awaited<ReturnType<typeof runReport>> }> {
    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const t = d.addSheet("Mẫu BC", template);
    t.ensure(0, 3).numberFormat = "#,##0.0"; // the officer's own format on a number cell
    d.activate(SAMPLE_SHEET_NAME);
    d.resetCounters();
    const r = await runReport(settings({ template: "Mẫu BC" }));
    return { d, r };
  }

  it("keeps formatted figures as the text the officer sees, and numbers in the officer's format", async () => {
    const { d, r } = await filled();
    expect(d.syncs).toBe(2);
    const copy = d.sheet(r.sheetName);
    // 119,6 triệu USD, 21.000 tỷ đồng, 74,5% of plan, plan "tăng 6,6–6,8%" (as typed): DOMAIN.md and docs/template.md.
    expect(copy.cell(0, 0)).toMatchObject({ value: "119,60", numberFormat: "@" });
    expect(copy.cell(0, 1)).toMatchObject({ value: "21.000", numberFormat: "@" });
    expect(copy.cell(0, 2)).toMatchObject({ value: "74,5%", numberFormat: "@" });
    expect(copy.cell(0, 3)).toMatchObject({ value: 21000, numberFormat: "#,##0.0" });
    expect(copy.cell(0, 4)).toMatchObject({ value: "tăng 6,6–6,8%", numberFormat: "@" });
    expect(copy.cell(1, 0)?.value).toBe("{{{{GTSX.TH}}}}");
  });

  it("lists each problem once: malformed, unknown format, repeated placeholder, shared indicator", async () => {
    const { r } = await filled();
    const keys = r.problems.map((p) => JSON.stringify([p.code, p.address, p.message.en]));
    expect(new Set(keys).size).toBe(keys.length);
    const template = r.problems.filter((p) => p.code.startsWith("template-"));
    expect(template.map((p) => p.address.replace(/^.*!/, "")).sort()).toEqual(["A2", "B2", "C2"]);
  });
});

describe("a large template is split under the request limit like the report", () => {
  function bigTemplate(): { values: string[][]; cells: FilledCell[] } {
    const values: string[][] = [];
    const cells: FilledCell[] = [];
    for (let r = 0; r < 300; r++) {
      const row: string[] = [];
      for (let c = 0; c < 40; c++) {
        row.push(`{{x${r}.${c}}}`);
        // Every other cell, so runs are short and the request holds many commands.
        if (c % 2 === 0) cells.push({ row: r, col: c, value: c % 4 === 0 ? `${r}.${c} Jan 2013` : r * 100 + c });
      }
      values.push(row);
    }
    return { values, cells };
  }

  async function write(limit: number, budget: number): Promise<ExcelDouble> {
    const { values, cells } = bigTemplate();
    const d = new ExcelDouble({ requestLimitBytes: limit });
    d.addSheet("Mẫu", values);
    d.resetCounters();
    await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
      await writeTemplateCopy(ctx, "Mẫu", "BC", { row: 0, col: 0 }, cells, { budget, chunkBytes: 20_000 });
    });
    return d;
  }

  it("writes in several requests, none refused, the same sheet as one request", async () => {
    const whole = await write(50 * 1024 * 1024, 40_000_000);
    const small = await write(200_000, 150_000);
    expect(whole.syncs).toBe(1);
    expect(small.syncs).toBeGreaterThan(2);
    expect(small.requests.every((r) => !r.refused && r.bytes <= 200_000)).toBe(true);
    expect(small.snapshot()["BC"]).toBe(whole.snapshot()["BC"]);
    expect(small.state.active.name).toBe("BC");
    expect(small.dropped).toBe(0);
    expect(small.cellAt("BC", "A1")).toMatchObject({ value: "0.0 Jan 2013", numberFormat: "@" });
    expect(small.cellAt("BC", "C1")).toMatchObject({ value: 2, numberFormat: "General" });
  });

  it("would be refused whole by Excel on the web if it were not split", async () => {
    await expect(write(200_000, 40_000_000)).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("plans formats before values for every run", () => {
    const blocks = planTemplateWrites({ row: 0, col: 0 }, bigTemplate().cells);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === "formulas" && b.data.flat().some((x) => typeof x === "string")) {
        expect(blocks[i - 1]).toMatchObject({ kind: "numberFormat", row: b.row, col: b.col });
      }
    }
  });
});
