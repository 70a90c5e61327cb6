/**
 * A second "Tạo báo cáo" for the same period (issue 18 point 7): the sheet the first click wrote is
 * replaced when it is as written, and the officer is asked (a UserError, nothing changed) when it was
 * edited; a sheet of that name the add-in did not write is left alone, as before. And one report is one
 * undo step where Excel merges a run's syncs (ExcelApi 1.20), ungrouped otherwise.
 */
import { ExcelDouble } from "../double/excelDouble";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { runReport } from "../../src/excel/runReport";
import { DEFAULT_SETTINGS, type Settings } from "../../src/excel/settings";
import { isUserError } from "../../src/excel/userError";
import { WRITTEN_SHEETS_KEY } from "../../src/excel/writtenSheets";

const g = globalThis as unknown as Record<string, unknown>;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, lang: "vi", ...over });

function sampleWorkbook(opts = {}): ExcelDouble {
  const d = new ExcelDouble(opts).install(g);
  d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
  d.resetCounters();
  return d;
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe("a second click for the same period", () => {
  it("replaces the unedited report sheet it wrote: no “BC 9T-2013 (2)”, one read of the old sheet more", async () => {
    const d = sampleWorkbook();
    await runReport(settings());
    expect(Object.keys(d.settingsStore[WRITTEN_SHEETS_KEY] as object)).toEqual(["BC 9T-2013"]);
    d.resetCounters();
    // The data sheet named as the source, so the read takes one round trip whatever sheet is active.
    const r = await runReport(settings({ source: `sheet:${SAMPLE_SHEET_NAME}` }));
    expect(r.sheetName).toBe("BC 9T-2013");
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, "BC 9T-2013"]);
    expect(d.state.active.name).toBe("BC 9T-2013");
    // read, the old sheet's content, the write
    expect(d.syncs).toBe(3);
    expect(d.dropped).toBe(0);
    // and a third click still finds it as written
    await runReport(settings());
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, "BC 9T-2013"]);
  });

  it("the replaced sheet holds the new figures: the data changed between the clicks", async () => {
    const d = sampleWorkbook();
    await runReport(settings());
    const data = d.sheet(SAMPLE_SHEET_NAME);
    const cellsBefore = [...d.sheet("BC 9T-2013").cells.values()].map((c) => c.formula ?? c.value);
    // Every number of the data doubled: an officer who corrected the data and clicked again.
    for (const cell of data.cells.values())
      if (typeof cell.value === "number" && cell.value > 100 && cell.value !== 2012 && cell.value !== 2013)
        cell.value *= 2;
    await runReport(settings());
    const cellsAfter = [...d.sheet("BC 9T-2013").cells.values()].map((c) => c.formula ?? c.value);
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, "BC 9T-2013"]);
    expect(cellsAfter).not.toEqual(cellsBefore);
  });

  it("asks when the officer edited the sheet: nothing replaced, nothing added", async () => {
    const d = sampleWorkbook();
    await runReport(settings());
    d.sheet("BC 9T-2013").ensure(8, 3).value = 12345; // a figure typed over
    const before = d.sheetNames();
    const err = await runReport(settings()).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect((err as { code: string }).code).toBe("report-sheet-edited");
    expect((err as Error).message).toContain("BC 9T-2013");
    expect(d.sheetNames()).toEqual(before);
    expect(d.sheet("BC 9T-2013").cell(8, 3)?.value).toBe(12345);
  });

  it("leaves a sheet of that name the add-in did not write alone and writes “(2)” beside it, as before", async () => {
    const d = sampleWorkbook();
    d.addSheet("BC 9T-2013", [["the officer's own"]]);
    d.resetCounters();
    const r = await runReport(settings());
    expect(r.sheetName).toBe("BC 9T-2013 (2)");
    expect(d.sheet("BC 9T-2013").cell(0, 0)?.value).toBe("the officer's own");
  });
});

describe("one report, one undo step", () => {
  it("merges the run's syncs into one undo step on ExcelApi 1.20, behind isSetSupported", async () => {
    const d = sampleWorkbook({ excelApi: "1.20" });
    await runReport(settings());
    expect(d.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(d.undoSteps).toBe(1);
    d.resetCounters();
    await runReport(settings()); // the replacement: delete and add, still one step
    expect(d.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(d.undoSteps).toBe(1);
  });

  it("runs ungrouped, as before, on a host below 1.20", async () => {
    const d = sampleWorkbook({ excelApi: "1.12" });
    await runReport(settings());
    expect(d.runOptions).toEqual([{}]);
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, "BC 9T-2013"]);
  });

  it("runs again ungrouped when Excel answers UndoNotSupported, and the report is written once", async () => {
    const d = sampleWorkbook({ excelApi: "1.20", undoNotSupported: true });
    const r = await runReport(settings());
    expect(r.sheetName).toBe("BC 9T-2013");
    expect(d.runOptions).toEqual([{ mergeUndoGroup: true }, {}]);
    expect(d.sheetNames()).toEqual([SAMPLE_SHEET_NAME, "BC 9T-2013"]);
  });
});
