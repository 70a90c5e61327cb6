import { defaultOptions, makeReport, REPORT_DEFAULTS, resolveOptions } from "../../../src/report/make/request";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import { runReport } from "../../../src/excel/runReport";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/excel/settings";
import { UserError } from "../../../src/excel/userError";
import { ExcelDouble } from "../../double/excelDouble";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** The sample data (months 1..9 of 2013) plus a January 2014 figure for GTSX, as a new year's first month arrives. */
function withJanuary2014(): (string | number | null)[][] {
  const v = sampleValues();
  const header = v[0] as string[];
  // The sample already has GTSX's 2014 row (its plan): the month goes there, as an officer would type it.
  let row = v.find((r) => r[header.indexOf("Mã")] === "GTSX" && r[header.indexOf("Năm")] === 2014);
  if (!row) {
    row = header.map(() => null);
    row[header.indexOf("Mã")] = "GTSX";
    row[header.indexOf("Năm")] = 2014;
    row[header.indexOf("Loại")] = "cộng dồn";
    v.push(row);
  }
  row[header.indexOf("T1")] = 2000;
  return v;
}

function monthsOf2013(): number {
  // The sample's own data: the latest month with a 2013 figure (DOMAIN.md's report is on nine months).
  const v = sampleValues();
  const header = v[0] as string[];
  let last = 0;
  for (const row of v.slice(1)) {
    if (row[header.indexOf("Năm")] !== 2013) continue;
    for (let m = 1; m <= 12; m++) if (typeof row[header.indexOf(`T${m}`)] === "number") last = Math.max(last, m);
  }
  return last;
}

describe("the one period rule", () => {
  it("takes the latest year with data and its latest month when nothing is asked (the sample: 9 months of 2013)", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    expect(resolveOptions(data, { lang: "vi" })).toMatchObject({ year: 2013, month: 9 });
    expect(monthsOf2013()).toBe(9);
  });

  it("keeps a 2013 report at the last month of 2013 with data, even when January 2014 has arrived", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: withJanuary2014() }]);
    expect(resolveOptions(data, { lang: "vi" })).toMatchObject({ year: 2014, month: 1 });
    expect(resolveOptions(data, { lang: "vi", year: 2013 })).toMatchObject({ year: 2013, month: monthsOf2013() });
  });

  it("gives the chosen month over the inferred one", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    expect(resolveOptions(data, { lang: "en", year: 2013, month: 6 })).toMatchObject({ year: 2013, month: 6 });
  });

  it("says which year has no month instead of guessing December", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    expect(resolveOptions(data, { lang: "vi", year: 2015 })).toEqual({ code: "no-month", year: 2015 });
  });

  it("holds the only defaults: every option not asked for comes from REPORT_DEFAULTS", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    // Month 9's documented kind (docs/periods.md): the months so far, the autumn report. The number
    // style is a default of reading, not an option of the report.
    const { numberStyle: _style, ...optionDefaults } = REPORT_DEFAULTS;
    expect(defaultOptions(data, "vi")).toEqual({
      year: 2013,
      month: 9,
      lang: "vi",
      ...optionDefaults,
      periodKind: "cumulative",
    });
    expect(resolveOptions(data, { lang: "vi", values: true, method: "runrate", compare: "growth" })).toMatchObject({
      live: false,
      method: "runrate",
      comparison: "growth",
    });
  });
});

describe("makeReport: a report or a failure, never an exception", () => {
  it.each([
    ["no sheet at all", [], { code: "no-data" }],
    ["a header and no row", [[...SAMPLE_HEADER]], { code: "no-data" }],
  ])("fails with %s", (_what, values, failure) => {
    const made = makeReport([{ sheet: "S", values: values as unknown[][] }], [], { lang: "vi" });
    expect(made).toMatchObject({ ok: false, failure });
  });

  it("fails with no-indicators when no row is within a year of the one asked for", () => {
    const made = makeReport([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }], [], {
      lang: "vi",
      year: 2030,
      month: 3,
    });
    expect(made).toMatchObject({ ok: false, failure: { code: "no-indicators", year: 2030 } });
  });
});

describe("the add-in and the command choose the same period", () => {
  const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, lang: "vi", ...over });

  it("a 2013 report with January 2014 present: month 9 in both (the add-in used to say 12)", async () => {
    const values = withJanuary2014();
    const command = makeReport([{ sheet: SAMPLE_SHEET_NAME, values }], [], { lang: "vi", year: 2013 });
    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, values);
    const addin = await runReport(settings({ year: 2013 }));
    expect(command.ok && command.options.month).toBe(monthsOf2013());
    expect(addin.month).toBe(monthsOf2013());
    expect(addin.sheetName).toBe(command.ok ? command.report.sheetName : "");
  });

  it("a year without months: the command's no-month is the add-in's no-period message", async () => {
    const values = sampleValues();
    const command = makeReport([{ sheet: SAMPLE_SHEET_NAME, values }], [], { lang: "vi", year: 2015 });
    expect(command).toMatchObject({ ok: false, failure: { code: "no-month", year: 2015 } });
    new ExcelDouble().install(g).addSheet(SAMPLE_SHEET_NAME, values);
    const err = await runReport(settings({ year: 2015 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("no-period");
  });
});
