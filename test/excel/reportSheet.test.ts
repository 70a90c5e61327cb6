/**
 * The paragraph and the Word body follow the report sheet as it stands (issue 10): the officer edits a
 * figure cell in the (recording) double, the pane asks for the body, and one round trip later the sentence
 * carries the edited figure. Expected figures come from the arithmetic of the edit (the sample's same
 * period × 1.5 is a 50% rise), never from the program's output.
 */
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { ExcelDouble, type SheetState } from "../double/excelDouble";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { runReport } from "../../src/excel/runReport";
import { reportAsSheetStands } from "../../src/excel/reportSheet";
import { DEFAULT_SETTINGS, type Settings } from "../../src/excel/settings";
import { isUserError, UserError } from "../../src/excel/userError";
import { documentElement } from "../../src/taskpane/documentHtml";
import type { FigureCell } from "../../src/report/table/grid";
import type { Report } from "../../src/report/table/report";
import { sheetAddress } from "../../src/core/address";

const g = globalThis as unknown as Record<string, unknown>;
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, lang: "vi", ...over });

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** The sample's report of the first `month` months of 2013 written by runReport into a fresh double. */
async function reportInDouble(month: number, lang: "vi" | "en" = "vi") {
  const d = new ExcelDouble().install(g);
  d.addSheet(SAMPLE_SHEET_NAME, sampleValues());
  const run = await runReport(settings({ year: 2013, month, lang }));
  const sheet = d.sheet(run.sheetName);
  d.resetCounters();
  return { d, sheet, sheetName: run.sheetName };
}

/** The figure cell of an indicator's figure, as the report's grid placed it. */
async function figureCell(code: string, key: FigureCell["key"]): Promise<FigureCell> {
  const { lastReport } = await import("../../src/excel/lastReport");
  const f = lastReport()?.report.text?.figures?.find((x) => x.code === code && x.key === key);
  if (!f) throw new Error(`no ${code}.${key} cell`);
  return f;
}

/** What the officer does: type a value into a cell of the report sheet (null clears it). */
function type(sheet: SheetState, cell: FigureCell, value: string | number | null): void {
  const c = sheet.ensure(cell.row, cell.col);
  c.value = value;
  c.formula = null;
}

/** The number a cell of the sheet holds. */
function numberAt(sheet: SheetState, cell: FigureCell): number {
  const v = sheet.cell(cell.row, cell.col)?.value;
  if (typeof v !== "number") throw new Error(`no number at ${cell.row},${cell.col}`);
  return v;
}

function bodyText(report: Report, settingsOf: Parameters<typeof documentElement>[1]): string {
  const doc = new DOMImplementation().createDocument("http://www.w3.org/1999/xhtml", "html", null);
  const root = documentElement(report, settingsOf, doc as unknown as Document);
  return new XMLSerializer().serializeToString(root as unknown as Parameters<XMLSerializer["serializeToString"]>[0]);
}

describe("the Word body and the paragraph follow the report sheet as it stands", () => {
  it("carries an edited estimate (Ước TH 6 tháng) and plan into the sentence, in one round trip", async () => {
    const { d, sheet } = await reportInDouble(6);
    const actual = await figureCell("GTSX", "actual");
    const plan = await figureCell("GTSX", "plan");
    // The officer's judgment: 1.5 × the same period (a rise of 50%), and a plan of twice that (50% of plan).
    const samePeriod = numberAt(sheet, await figureCell("GTSX", "samePeriod"));
    const estimate = samePeriod * 1.5;
    expect(Number.isInteger(estimate)).toBe(true);
    type(sheet, actual, estimate);
    type(sheet, plan, estimate * 2);

    const got = await reportAsSheetStands();
    expect(d.syncs).toBe(1);
    expect(d.dropped).toBe(0);
    const figure = estimate.toLocaleString("de-DE"); // Vietnamese style: thousands with a dot
    const sentence = got!.report.paragraph.split(/(?<=\.) /).find((s) => /giá trị sản xuất công nghiệp/i.test(s));
    expect(sentence).toContain(`ước đạt ${figure} tỷ đồng`);
    expect(sentence).toMatch(/tăng 50(,0)?% so với cùng kỳ/);
    expect(sentence).toMatch(/đạt 50(,0)?% kế hoạch năm/);
    // The Word body: its sections carry the sentence, its table the edited cell and the comparison it makes.
    const section = got!.report.text!.sections.flatMap((s) => s.sentences).join(" ");
    expect(section).toContain(`ước đạt ${figure} tỷ đồng`);
    expect(got!.report.grid.cells[actual.row]![actual.col]!.value).toBe(estimate);
    const html = bodyText(got!.report, got!.settings);
    expect(html).toContain(`ước đạt ${figure} tỷ đồng`);
    expect(html).toContain(figure);
  });

  it("writes the paragraph in the other language from the same edited figures", async () => {
    const { sheet } = await reportInDouble(12);
    const actual = await figureCell("GTSX", "actual");
    const lastYear = numberAt(sheet, await figureCell("GTSX", "lastYear"));
    const estimate = lastYear * 2; // the year's estimate, doubled: up 100% on last year
    type(sheet, actual, estimate);
    const got = await reportAsSheetStands("en");
    // The sentence hedges one step coarser than the table ("more than 55,920"): within 0.1% of the edit.
    const said =
      /industrial production value[^.]*? (?:is|was) estimated at (?:more than |nearly |about )?([\d,.]+) billion VND/i.exec(
        got!.report.paragraph,
      );
    expect(said).not.toBeNull();
    expect(Math.abs(Number(said![1]!.replace(/,/g, "")) - estimate) / estimate).toBeLessThan(0.001);
    expect(got!.report.paragraph).toMatch(/up 100(\.0)?% on the previous year/);
  });

  it("gives the same paragraph as the model when nothing was edited", async () => {
    await reportInDouble(9);
    const { lastReport } = await import("../../src/excel/lastReport");
    const got = await reportAsSheetStands();
    expect(got!.report.paragraph).toBe(lastReport()!.report.paragraph);
    expect(got!.report.problems).toEqual(lastReport()!.report.problems);
  });

  it("treats a cleared figure cell as a hole: no figure in the sentence, a clause and a problem name the cell", async () => {
    const { sheet, sheetName } = await reportInDouble(6);
    const actual = await figureCell("XK", "actual");
    type(sheet, actual, null);
    const got = await reportAsSheetStands();
    const address = sheetAddress(sheetName, actual.row, actual.col);
    const para = got!.report.paragraph;
    expect(para).not.toMatch(/Giá trị xuất khẩu[^.]*6 tháng đầu năm ước đạt/);
    expect(para).toContain(`Ô ${address}`);
    const p = got!.report.problems.find((x) => x.code === "report-cell-blank");
    expect(p).toMatchObject({ address, severity: "warning" });
    expect(p!.message.en).toMatch(/blank/);
  });

  it("says which cell holds text where a figure belongs, in both languages", async () => {
    const { sheet, sheetName } = await reportInDouble(6);
    const actual = await figureCell("GTSX", "actual");
    type(sheet, actual, "khoảng 15 nghìn");
    const got = await reportAsSheetStands();
    const p = got!.report.problems.find((x) => x.code === "report-cell-text");
    expect(p).toMatchObject({ address: sheetAddress(sheetName, actual.row, actual.col), severity: "error" });
    expect(p!.message.vi).toContain("khoảng 15 nghìn");
    expect(p!.message.en).toContain("not a number");
    expect(got!.report.paragraph).not.toMatch(/Giá trị sản xuất công nghiệp[^.]*6 tháng đầu năm ước đạt/);
  });

  it("withholds the price index's sentence when its cells were edited (it is made from the months)", async () => {
    const { sheet } = await reportInDouble(6);
    const now = await figureCell("CPI", "monthNow");
    type(sheet, now, numberAt(sheet, now) + 5);
    const got = await reportAsSheetStands();
    expect(got!.report.paragraph).not.toMatch(/Chỉ số giá tiêu dùng \(CPI, 2009 = 100\) tháng 6\/2013 tăng/);
    expect(got!.report.paragraph).toMatch(/Ô 'BC 6T-2013'!\w+ \(số tháng 6\/2013 của Chỉ số giá tiêu dùng/);
    expect(got!.report.problems.map((p) => p.code)).toContain("report-cell-price-edited");
  });

  it("refuses, in both languages, when the report sheet is gone", async () => {
    const { d, sheetName } = await reportInDouble(6);
    d.state.sheets = d.state.sheets.filter((s) => s.name !== sheetName);
    d.state.active = d.state.sheets[0]!;
    const e = await reportAsSheetStands().catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
    expect((e as UserError).code).toBe("report-sheet-missing");
    expect((e as UserError).vi).toContain(sheetName);
    expect((e as UserError).en).toContain("Make the report again");
    expect(d.syncs).toBe(1);
  });

  it("refuses when a row of the table was deleted, naming the first cell that moved", async () => {
    const { sheet } = await reportInDouble(6);
    const gtsx = await figureCell("GTSX", "actual");
    // Delete the row: every cell below moves up one row, as Excel does.
    const moved = new Map<string, typeof sheet.cells extends Map<string, infer V> ? V : never>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r === gtsx.row) continue;
      moved.set(`${r > gtsx.row ? r - 1 : r},${c}`, cell);
    }
    sheet.cells = moved;
    const e = await reportAsSheetStands().catch((x: unknown) => x);
    expect((e as UserError).code).toBe("report-sheet-changed");
    expect((e as UserError).vi).toMatch(/Hãy tạo lại báo cáo/);
    expect((e as UserError).en).toMatch(/none is used/);
  });
});
