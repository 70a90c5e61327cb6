import { ExcelDouble } from "../double/excelDouble";
import { syntheticValues } from "../double/syntheticData";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { previewReport } from "../../src/excel/preview";
import { runReport } from "../../src/excel/runReport";
import { DEFAULT_SETTINGS, type Settings } from "../../src/excel/settings";
import { UserError } from "../../src/excel/userError";

const g = globalThis as unknown as Record<string, unknown>;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, lang: "vi", ...over });

function workbookWith(values: unknown[][], name = SAMPLE_SHEET_NAME): ExcelDouble {
  const d = new ExcelDouble().install(g);
  d.addSheet(name, values);
  d.resetCounters();
  return d;
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe("previewReport gives the report's paragraph and writes nothing", () => {
  it.each([
    ["vi", /^Chỉ số sản xuất công nghiệp \(IIP, 2010 = 100\) tháng 9\/2013/, "21.000 tỷ đồng"],
    ["en", /Industrial production/i, "21,000"],
  ] as const)("writes the %s paragraph of the sample's nine months of 2013", async (lang, start, figure) => {
    workbookWith(sampleValues());
    const p = await previewReport(settings({ lang }));
    expect(p).toMatchObject({ year: 2013, month: 9, lang });
    expect(p.paragraph).toMatch(start);
    expect(p.paragraph).toContain(figure);
    expect(p.indicatorCount).toBeGreaterThan(5);
  });

  it("gives the same paragraph and figures as the report itself", async () => {
    workbookWith(sampleValues());
    const p = await previewReport(settings());
    const r = await runReport(settings());
    expect(p.paragraph).toBe(r.paragraph);
    expect({ n: p.indicatorCount, y: p.year, m: p.month }).toEqual({ n: r.indicatorCount, y: r.year, m: r.month });
    expect(p.problems).toEqual(r.problems);
  });

  it.each([10, 100, 500])(
    "records no write, no new sheet, no saved setting and one round trip for %i indicators",
    async (n) => {
      const d = workbookWith(syntheticValues(n), "Số liệu");
      const before = d.snapshot();
      const names = d.sheetNames();
      const active = d.state.active.name;
      const p = await previewReport(settings({ lang: "en" }));
      expect(p.indicatorCount).toBe(n);
      expect(d.writes).toEqual([]);
      expect(d.snapshot()).toEqual(before);
      expect(d.sheetNames()).toEqual(names);
      expect(d.state.active.name).toBe(active);
      expect(d.settingsSaves).toBe(0);
      expect(d.syncs).toBe(1);
      expect(d.dropped).toBe(0);
    },
  );

  it("does not remember a source it had to search for (a preview saves nothing)", async () => {
    const d = workbookWith(sampleValues());
    d.addSheet("Ghi chú", [["ghi chú"]]);
    d.activate("Ghi chú");
    d.resetCounters();
    await previewReport(settings());
    expect(d.syncs).toBe(2);
    expect(d.settingsSaves).toBe(0);
    expect(d.writes).toEqual([]);
  });

  it("uses the period it is given, as a rewrite of an earlier report's paragraph does", async () => {
    workbookWith(sampleValues());
    const p = await previewReport(settings({ year: 2013, month: 6, lang: "en" }));
    expect(p).toMatchObject({ year: 2013, month: 6 });
    const nine = await previewReport(settings({ lang: "en" }));
    expect(p.paragraph).not.toBe(nine.paragraph);
  });

  it("throws the bilingual no-data error for an empty workbook, writing nothing", async () => {
    const d = workbookWith([]);
    const err = await previewReport(settings()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("no-data");
    expect(d.writes).toEqual([]);
  });

  it("says it needs Excel when there is none", async () => {
    await expect(previewReport(settings())).rejects.toMatchObject({ code: "no-excel" });
  });
});
