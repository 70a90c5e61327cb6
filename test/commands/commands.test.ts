import { ExcelDouble } from "../double/excelDouble";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { subscribe, type AddinEvent } from "../../src/excel/events";
import { SETTINGS_KEY } from "../../src/excel/settings";

type Commands = typeof import("../../src/commands/commands");
const g = globalThis as unknown as Record<string, unknown>;

/** Load commands.ts fresh with the double installed, as the shared runtime loads it. */
function load(d: ExcelDouble): Commands {
  d.install(g);
  let mod: Commands | undefined;
  jest.isolateModules(() => {
    // A fresh module per test, loaded after the double is installed, as the runtime loads it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require("../../src/commands/commands") as Commands;
  });
  return mod!;
}

function event(): { completed: jest.Mock; calls: () => number } {
  const completed = jest.fn();
  return { completed, calls: () => completed.mock.calls.length };
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
  delete g.__ctLastOutcome;
});

describe("the ribbon commands", () => {
  it("associates generateReport and insertSampleData with Office.actions at load", () => {
    const d = new ExcelDouble();
    load(d);
    expect([...d.actions.keys()].sort()).toEqual(["generateReport", "insertSampleData"]);
  });

  it("completes the event exactly once when the report is made", async () => {
    const d = new ExcelDouble({ settings: { [SETTINGS_KEY]: { lang: "vi" } } });
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const c = load(d);
    const e = event();
    await c.generateReport(e);
    expect(e.calls()).toBe(1);
    expect(d.sheetNames()).toContain("BC 9T-2013");
    expect(d.state.active.name).toBe("BC 9T-2013");
  });

  it("completes the event exactly once when there is no data, and says why in both languages", async () => {
    const d = new ExcelDouble();
    const c = load(d);
    const heard: AddinEvent[] = [];
    const stop = subscribe((x) => heard.push(x));
    const e = event();
    await c.generateReport(e);
    stop();
    expect(e.calls()).toBe(1);
    expect(heard).toHaveLength(1);
    const h = heard[0]!;
    expect(h.type).toBe("report-failed");
    if (h.type === "report-failed") {
      expect(h.message.vi).toMatch(/Không tìm thấy số liệu/);
      expect(h.message.en).toMatch(/No data found/);
    }
    expect(d.taskpaneShown).toBe(0);
  });

  it("completes the event exactly once when Excel itself throws", async () => {
    const d = new ExcelDouble();
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const c = load(d);
    (d.Excel as { run: unknown }).run = () => Promise.reject(new Error("GeneralException: boom"));
    const e = event();
    await c.generateReport(e);
    expect(e.calls()).toBe(1);
    expect((g.__ctLastOutcome as AddinEvent).type).toBe("report-failed");
  });

  it("opens the task pane to tell the result when no task pane is listening", async () => {
    const d = new ExcelDouble();
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const c = load(d);
    await c.generateReport(event());
    expect(d.taskpaneShown).toBe(1);
    expect((g.__ctLastOutcome as AddinEvent).type).toBe("report-done");
  });

  it("tells an open task pane through the event bus and does not reopen it", async () => {
    const d = new ExcelDouble();
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const c = load(d);
    const heard: AddinEvent[] = [];
    const stop = subscribe((x) => heard.push(x));
    await c.generateReport(event());
    stop();
    expect(heard.map((h) => h.type)).toEqual(["report-done"]);
    expect(d.taskpaneShown).toBe(0);
  });

  it("answers a second click while a report is running with 'busy', each event completed once", async () => {
    const d = new ExcelDouble();
    d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
    const c = load(d);
    const a = event();
    const b = event();
    await Promise.all([c.generateReport(a), c.generateReport(b)]);
    expect(a.calls()).toBe(1);
    expect(b.calls()).toBe(1);
    expect(d.sheetNames().filter((n) => n.startsWith("BC 9T-2013"))).toHaveLength(1);
  });

  it("inserts the sample sheet, activates it, and completes once", async () => {
    const d = new ExcelDouble();
    const c = load(d);
    const e = event();
    await c.insertSampleData(e);
    expect(e.calls()).toBe(1);
    expect(d.sheetNames()).toContain(SAMPLE_SHEET_NAME);
    expect(d.state.active.name).toBe(SAMPLE_SHEET_NAME);
  });

  it("never overwrites an existing sample sheet: the second goes to (2)", async () => {
    const d = new ExcelDouble();
    d.addSheet(SAMPLE_SHEET_NAME, [["số liệu của cán bộ", 1]]);
    const before = d.snapshot()[SAMPLE_SHEET_NAME];
    const c = load(d);
    const e = event();
    await c.insertSampleData(e);
    expect(e.calls()).toBe(1);
    expect(d.snapshot()[SAMPLE_SHEET_NAME]).toBe(before);
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, `${SAMPLE_SHEET_NAME} (2)`]);
    expect(d.values(`${SAMPLE_SHEET_NAME} (2)`)[0]?.slice(0, 3)).toEqual(["Mã", "Nhóm", "Chỉ tiêu"]);
  });

  it("completes the sample command once when Excel fails", async () => {
    const d = new ExcelDouble();
    const c = load(d);
    (d.Excel as { run: unknown }).run = () => Promise.reject(new Error("boom"));
    const e = event();
    await c.insertSampleData(e);
    expect(e.calls()).toBe(1);
    expect((g.__ctLastOutcome as AddinEvent).type).toBe("sample-failed");
  });
});

describe("sample then report, from a fresh workbook", () => {
  it("gives the nine-month 2013 report with its paragraph", async () => {
    const d = new ExcelDouble();
    const c = load(d);
    await c.insertSampleData(event());
    await c.generateReport(event());
    expect(d.state.active.name).toBe("BC 9T-2013");
    const text = d.values("BC 9T-2013").flat().join(" ");
    expect(text).toContain("ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ");
    expect(text).toContain("; tính chung 9 tháng năm 2013 ước");
    expect(d.sheet(SAMPLE_SHEET_NAME).freeze.rows).toBe(1);
  });
});
