/** The .xlsx writer over a Grid: every field of the Grid reaches the file. */
import * as path from "path";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip"; // exceljs's own zip library: to read the XML ExcelJS does not read back
import { reportWorkbook } from "../../src/writers/xlsx";
import { uniqueSheetName } from "../../src/report/table/sheetName";
import type { Grid } from "../../src/report/table/grid";
import type { Report } from "../../src/report/table/report";
import { load, tempDir } from "../cli/helpers";

function report(paragraphInGrid: boolean): Report {
  const grid: Grid = {
    rows: 4,
    cols: 3,
    cells: [
      [{ value: "TIÊU ĐỀ", style: { bold: true, align: "center", fontSize: 13, wrap: true } }, undefined, undefined],
      [{ value: "A" }, { value: "B", style: { italic: true, fill: "#DDEEFF", valign: "middle" } }, { value: "C" }],
      [
        { value: 105 },
        { value: 100, format: "#,##0" },
        { formula: '=IF(B3=0,"",A3/B3*100)', value: 105, format: "0.0" },
      ],
      [{ value: 1 }, { value: 0 }, { formula: '=IF(B4=0,"",A4/B4*100)', value: null, format: "0.0" }],
    ],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
    borders: [{ r1: 1, c1: 0, r2: 3, c2: 2 }],
    colWidths: [10, 20, 12],
    freeze: { rows: 2, cols: 1 },
    print: { landscape: true, fitToWidth: 1, repeatRows: { first: 1, last: 1 } },
    rowHeights: [{ row: 0, points: 33.5 }],
  };
  if (paragraphInGrid)
    grid.cells.push([{ value: "Câu một." }, undefined, undefined], [{ value: "Câu hai." }, undefined, undefined]);
  grid.rows = grid.cells.length;
  return {
    sheetName: "BC 9T-2013",
    title: "TIÊU ĐỀ",
    grid,
    paragraph: "Câu một. Câu hai.",
    indicatorCount: 2,
    problems: [],
  };
}

describe("reportWorkbook", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  let xml: (part: string) => Promise<string>;
  beforeAll(async () => {
    const file = path.join(tempDir("write"), "r.xlsx");
    await reportWorkbook(report(false)).xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    xml = (part) => zip.file(part)!.async("string");
    wb = await load(file);
    ws = wb.getWorksheet("BC 9T-2013")!;
  });

  it("writes values, formats and styles", () => {
    expect(ws.getCell("A3").value).toBe(105);
    expect(ws.getCell("B3").numFmt).toBe("#,##0");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 13 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("B2").font).toMatchObject({ italic: true });
    expect(ws.getCell("B2").alignment).toMatchObject({ vertical: "middle" });
    expect((ws.getCell("B2").fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: "FFDDEEFF" });
  });

  it('writes formulas without the leading = and with the computed result cached; an empty result as ""', async () => {
    expect(ws.getCell("C3").formula).toBe('IF(B3=0,"",A3/B3*100)');
    expect(ws.getCell("C3").result).toBe(105);
    expect(ws.getCell("C3").numFmt).toBe("0.0");
    expect(ws.getCell("C4").formula).toBe('IF(B4=0,"",A4/B4*100)');
    expect(await xml("xl/worksheets/sheet1.xml")).toMatch(/<c r="C4"[^>]*t="str"><f>[^<]*<\/f><v><\/v><\/c>/);
  });

  it("writes no cached result when asked not to", async () => {
    const file = path.join(tempDir("nocache"), "r.xlsx");
    await reportWorkbook(report(false), { cacheResults: false }).xlsx.writeFile(file);
    const c = (await load(file)).worksheets[0]!.getCell("C3");
    expect(c.formula).toBe('IF(B3=0,"",A3/B3*100)');
    expect(c.result).toBeUndefined();
  });

  it("takes a result from the values grid when the formula cell has no value of its own", async () => {
    const r = report(false);
    const values = JSON.parse(JSON.stringify(r.grid)) as Grid;
    delete r.grid.cells[2]![2]!.value;
    values.cells[2]![2] = { value: 42 };
    const file = path.join(tempDir("results"), "r.xlsx");
    await reportWorkbook(r, { results: values }).xlsx.writeFile(file);
    expect((await load(file)).worksheets[0]!.getCell("C3").result).toBe(42);
  });

  it("writes merges, thin borders, widths, frozen panes and print settings", () => {
    expect((ws.model as unknown as { merges: string[] }).merges).toContain("A1:C1");
    expect(ws.getCell("B3").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A1").border?.top).toBeUndefined();
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([10, 20, 12]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "2:2",
    });
  });

  it("writes the grid's row heights and nothing under the table the grid does not hold (the model places the paragraph)", () => {
    expect(ws.getRow(1).height).toBe(33.5);
    expect(ws.getRow(2).height).toBeUndefined();
    expect(ws.rowCount).toBe(4);
  });

  it("writes the paper, centring and margins only when the grid asks for them", async () => {
    expect(ws.pageSetup.horizontalCentered).toBeFalsy();
    const r = report(false);
    const margins = { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.2, footer: 0.2 };
    r.grid.print = { ...r.grid.print, paper: "A4", centerHorizontally: true, margins };
    const file = path.join(tempDir("page"), "r.xlsx");
    await reportWorkbook(r).xlsx.writeFile(file);
    const page = (await load(file)).worksheets[0]!.pageSetup;
    expect(page).toMatchObject({ paperSize: 9, horizontalCentered: true, margins });
  });

  it("writes Times New Roman everywhere, the workbook's default font 0 included (issue 19, point 6)", async () => {
    // Nghị định 30/2020: Times New Roman. ExcelJS writes font 0 (the Normal style, every empty cell, the unit of
    // column widths) as Calibri of the theme's minor scheme unless the writer sets it.
    const styles = await xml("xl/styles.xml");
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
    const names = [...fonts.matchAll(/<name val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(fonts.startsWith("<font>")).toBe(true);
    expect(/<font>([\s\S]*?)<\/font>/.exec(fonts)?.[1]).toContain('<name val="Times New Roman"/>');
    expect(new Set(names)).toEqual(new Set(["Times New Roman"]));
    expect(fonts).not.toContain("scheme");
  });

  it("prints only the grid's print area, when it gives one", async () => {
    const r = report(true);
    r.grid.print = { ...r.grid.print, area: { r1: 0, c1: 0, r2: 3, c2: 2 } };
    const file = path.join(tempDir("area"), "r.xlsx");
    await reportWorkbook(r).xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Area"[^>]*>&apos;BC 9T-2013&apos;!\$A\$1:\$C\$4<\/definedName>/,
    );
  });

  it("marks the workbook as ct-report's, to be fully recalculated on open", async () => {
    expect(wb.creator).toMatch(/ct-report/);
    expect(await xml("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("writes a paragraph the grid holds once, where the grid has it", async () => {
    const r = report(true);
    const file = path.join(tempDir("para"), "r.xlsx");
    await reportWorkbook(r).xlsx.writeFile(file);
    const sheet = (await load(file)).worksheets[0]!;
    expect(sheet.rowCount).toBe(6);
    expect([sheet.getCell("A5").value, sheet.getCell("A6").value]).toEqual(["Câu một.", "Câu hai."]);
  });
});

describe("the sheet's name", () => {
  it.each([["BC 9T:2013"], ["BC 9/2013: [ước]"], ["'''"]])(
    "is %p cleaned by the one rule the add-in's writer also uses (they used to differ)",
    (wanted) => {
      const wb = reportWorkbook({ ...report(false), sheetName: wanted });
      const name = wb.worksheets[0]?.name;
      expect(name).toBe(uniqueSheetName(wanted, []));
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    },
  );
});
