import { ExcelDouble } from "../double/excelDouble";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { checkData } from "../../src/excel/checkData";
import { previewReport } from "../../src/excel/preview";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { runReport } from "../../src/excel/runReport";
import { activateSheet, selectAddress, splitAddress } from "../../src/excel/select";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  saveSettings,
  settingsLang,
  SETTINGS_KEY,
} from "../../src/excel/settings";
import { listSources } from "../../src/excel/sources";
import { requestFromSettings } from "../../src/report/make/reportSettings";
import { userMessage, UserError } from "../../src/excel/userError";
import { publish, subscribe } from "../../src/excel/events";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe("settings travel with the workbook", () => {
  it("saves to the document settings with saveAsync and loads them back", async () => {
    const d = new ExcelDouble().install(g);
    const s = { ...DEFAULT_SETTINGS, source: "table:SoLieu", year: 2013, month: 9, lang: "en" as const, live: false };
    await saveSettings(s);
    expect(d.settingsSaves).toBe(1);
    expect(d.settingsStore[SETTINGS_KEY]).toEqual(s);
    expect(loadSettings()).toEqual(s);
  });

  it("rejects with a bilingual UserError when saving fails", async () => {
    const d = new ExcelDouble().install(g);
    d.failNextSave = true;
    await expect(saveSettings(DEFAULT_SETTINGS)).rejects.toBeInstanceOf(UserError);
  });

  it("gives the defaults outside Office and for a workbook without settings", () => {
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    new ExcelDouble().install(g);
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("loads settings saved before the number style existed with the Vietnamese style", () => {
    const old = { source: "sheet:Dữ liệu", template: null, year: null, month: null, method: "runrate" };
    new ExcelDouble({ settings: { [SETTINGS_KEY]: old } }).install(g);
    expect(loadSettings()).toEqual({ ...DEFAULT_SETTINGS, source: "sheet:Dữ liệu", method: "runrate" });
    expect(loadSettings().numberStyle).toBe("vi");
  });

  it("saves and loads the report's kind, and the request carries it", async () => {
    new ExcelDouble().install(g);
    await saveSettings({ ...DEFAULT_SETTINGS, periodKind: "quarter" });
    expect(loadSettings().periodKind).toBe("quarter");
    expect(requestFromSettings(loadSettings(), "vi").periodKind).toBe("quarter");
    expect(requestFromSettings(DEFAULT_SETTINGS, "vi")).not.toHaveProperty("periodKind");
  });

  it("saves and loads the English number style", async () => {
    const d = new ExcelDouble().install(g);
    await saveSettings({ ...DEFAULT_SETTINGS, numberStyle: "en" });
    expect((d.settingsStore[SETTINGS_KEY] as { numberStyle?: unknown }).numberStyle).toBe("en");
    expect(loadSettings().numberStyle).toBe("en");
  });

  it.each([
    [{ month: 13 }, { month: null }],
    [{ numberStyle: "fr" }, { numberStyle: "vi" }],
    [{ numberStyle: "en" }, { numberStyle: "en" }],
    [{ year: "2013" }, { year: null }],
    [{ method: "magic" }, { method: DEFAULT_SETTINGS.method }],
    [{ lang: "fr" }, { lang: null }],
    [{ comparison: "growth" }, { comparison: "growth" }],
    [{ periodKind: "quarter" }, { periodKind: "quarter" }],
    [{ periodKind: "half" }, { periodKind: null }],
    [{}, { periodKind: null }],
  ])("repairs a stored %j to %j", (stored, want) => {
    expect(normalizeSettings(stored)).toMatchObject(want);
  });

  it.each([
    ["vi-VN", null, "vi"],
    ["en-US", null, "en"],
    ["vi-VN", "en", "en"],
    ["fr-FR", null, "en"],
  ])("with Office in %s and the choice %s speaks %s", (display, chosen, want) => {
    new ExcelDouble({ displayLanguage: display }).install(g);
    expect(settingsLang({ lang: chosen as "vi" | "en" | null })).toBe(want);
  });
});

describe("listSources", () => {
  it("lists tables first, then visible sheets, with ids the settings keep", async () => {
    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    d.addSheet("Ẩn", [["x"]]).visibility = "Hidden";
    d.addTable("SoLieu", SAMPLE_SHEET_NAME, "A1:T10");
    expect(await listSources()).toEqual([
      { id: "table:SoLieu", kind: "table", name: "SoLieu" },
      { id: `sheet:${SAMPLE_SHEET_NAME}`, kind: "sheet", name: SAMPLE_SHEET_NAME },
    ]);
    expect(d.syncs).toBe(1);
  });
});

describe("checkData", () => {
  it("counts indicators by kind and returns the reader's problems with cell addresses", async () => {
    const d = new ExcelDouble().install(g);
    const values = sampleValues();
    values[2]![8] = "2.150,5x";
    d.addSheet(SAMPLE_SHEET_NAME, values);
    const before = d.snapshot();
    const r = await checkData(DEFAULT_SETTINGS);
    expect(r.counts.flow).toBeGreaterThan(3);
    expect(r.counts.index).toBe(2);
    expect(r.counts.level).toBe(2);
    expect(r.period).toEqual({ year: 2013, month: 9 });
    const p = r.problems.find((x) => x.address.endsWith("!I3"));
    expect(p?.severity).toBe("error");
    expect(d.snapshot()).toEqual(before);
    expect(d.writes).toHaveLength(0);
  });
});

describe("the data's number style reaches the reader", () => {
  /** The sample with GTSX's January 2013 typed as text: "1,234.5" in English style, "1.234,5" in Vietnamese. */
  function sampleWithText(text: string): { values: unknown[][]; cell: string } {
    const values = sampleValues() as unknown[][];
    const header = values[0]!;
    const row = values.findIndex((r) => r[0] === "GTSX" && r[header.indexOf("Năm")] === 2013);
    const col = header.indexOf("T1");
    expect(row).toBeGreaterThan(0);
    values[row]![col] = text;
    return { values, cell: `'${SAMPLE_SHEET_NAME}'!${String.fromCharCode(65 + col)}${row + 1}` };
  }
  const gtsxJanuary = (months: { code: string; year: number; months: (number | null)[] }[]): number | null =>
    months.find((i) => i.code === "GTSX" && i.year === 2013)?.months[0] ?? null;

  it.each([
    ["en", "1,234.5", 1234.5],
    ["vi", "1.234,5", 1234.5],
    ["en", "1,234", 1234],
    ["vi", "1,234", 1.234],
    ["en", "1.234", 1.234],
    ["vi", "1.234", 1234],
  ] as const)("reads the text %s number %s as %d with that style", async (numberStyle, text, want) => {
    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, sampleWithText(text).values);
    const read = await (g.Excel as typeof Excel).run((ctx) =>
      readWorkbook(ctx, { source: null, template: null }, { numberStyle }),
    );
    expect(gtsxJanuary(read.data.indicators)).toBe(want);
  });

  it("lets checkData read English-style text numbers when the settings say so, and flags them otherwise", async () => {
    const { values, cell } = sampleWithText("1,234.5");
    new ExcelDouble().install(g).addSheet(SAMPLE_SHEET_NAME, values);
    const en = await checkData({ ...DEFAULT_SETTINGS, numberStyle: "en" });
    expect(en.problems.filter((p) => p.address === cell).map((p) => p.code)).toEqual(["text-number-converted"]);
    const vi = await checkData({ ...DEFAULT_SETTINGS, numberStyle: "vi" });
    expect(vi.problems.filter((p) => p.address === cell).map((p) => p.code)).toEqual(["text-number-other-style"]);
  });

  it('makes the same report and paragraph from English-style text ("1,234") as from the number itself', async () => {
    const s = { ...DEFAULT_SETTINGS, lang: "vi" as const, live: false, numberStyle: "en" as const };
    const plain = sampleWithText("");
    const header = plain.values[0]!;
    const row = plain.values.findIndex((r) => r[0] === "GTSX" && r[header.indexOf("Năm")] === 2013);
    plain.values[row]![header.indexOf("T1")] = 1234;
    const base = new ExcelDouble().install(g);
    base.addSheet(SAMPLE_SHEET_NAME, plain.values);
    const want = await runReport(s);
    const wantPreview = await previewReport(s);

    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, sampleWithText("1,234").values);
    expect((await previewReport(s)).paragraph).toBe(wantPreview.paragraph);
    const got = await runReport(s);
    expect(got.paragraph).toBe(want.paragraph);
    expect(d.values(got.sheetName)).toEqual(base.values(want.sheetName));
    // Read Vietnamese-style, the same text is 1,234 (one and a bit): a different nine months.
    const vi = await previewReport({ ...s, numberStyle: "vi" });
    expect(vi.paragraph).not.toBe(wantPreview.paragraph);
  });
});

describe("select", () => {
  it("activates the sheet of a problem and selects its cell", async () => {
    const d = new ExcelDouble().install(g);
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    d.addSheet("Khác", [["x"]]);
    await selectAddress(`'${SAMPLE_SHEET_NAME}'!H5`);
    expect(d.state.active.name).toBe(SAMPLE_SHEET_NAME);
    expect(d.state.selection).toEqual({ sheet: SAMPLE_SHEET_NAME, address: "H5" });
  });

  it("activates a report sheet by name", async () => {
    const d = new ExcelDouble().install(g);
    d.addSheet("BC 9T-2013", [["x"]]);
    d.addSheet("Khác", [["x"]]);
    await activateSheet("BC 9T-2013");
    expect(d.state.active.name).toBe("BC 9T-2013");
  });

  it.each([
    ["'Dữ liệu mẫu'!H5", "Dữ liệu mẫu", "H5"],
    ["Data!A1", "Data", "A1"],
    ["'It''s'!B2", "It's", "B2"],
    ["C3", null, "C3"],
  ])("splits %s into sheet %j and cell %s", (address, sheet, local) => {
    expect(splitAddress(address)).toEqual({ sheet, local });
  });
});

describe("messages and events", () => {
  it("shows a UserError in the asked language and wraps any other error in both", () => {
    const e = new UserError("no-data");
    expect(userMessage(e, "vi")).toBe(e.vi);
    expect(userMessage(e, "en")).toBe(e.en);
    expect(userMessage(new Error("GeneralException"), "vi")).toMatch(/^Lỗi không lường trước: GeneralException/);
  });

  it("delivers events to listeners until they stop, and survives a broken listener", () => {
    const got: string[] = [];
    const stopA = subscribe(() => {
      throw new Error("broken");
    });
    const stopB = subscribe((e) => got.push(e.type));
    expect(publish({ type: "sample-inserted", sheetName: "x" })).toBe(1);
    stopA();
    stopB();
    expect(publish({ type: "sample-inserted", sheetName: "y" })).toBe(0);
    expect(got).toEqual(["sample-inserted"]);
  });
});
