/**
 * One report, two writers, one sheet: the add-in's writer (src/excel/writePlan.ts + writer.ts, into the
 * recording Excel double) and ct-report's .xlsx writer (src/writers/xlsx.ts, read back with ExcelJS)
 * are compared cell by cell: values, formulas, number formats, merges, notes, row heights, column widths,
 * frozen panes and print settings. Neither side is the expected one: they must agree, since both only
 * translate the model's Grid.
 */
import ExcelJS from "exceljs";
import { ExcelDouble } from "../double/excelDouble";
import type { SheetState } from "../double/state";
import { charsToPoints, planWrites } from "../../src/excel/writePlan";
import { writeBlocks } from "../../src/excel/writer";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import type { Report } from "../../src/report/table/report";
import { reportWorkbook } from "../../src/writers/xlsx";
import { holeData } from "../report/holeData";
import { opts } from "../report/options";

/** The sheet the add-in writes on a host with every set the writer uses (notes 1.18, page layout 1.9). */
async function addInSheet(report: Report): Promise<SheetState> {
  const g = globalThis as unknown as Record<string, unknown>;
  const d = new ExcelDouble({ excelApi: "1.18" }).install(g);
  try {
    await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add(report.sheetName);
      await writeBlocks(ctx, sheet, planWrites(report.grid));
    });
  } finally {
    delete g.Excel;
    delete g.Office;
  }
  return d.sheet(report.sheetName);
}

/** The sheet ct-report writes, read back from the file's bytes. */
async function fileSheet(report: Report): Promise<ExcelJS.Worksheet> {
  const bytes = await reportWorkbook(report).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb.getWorksheet(report.sheetName)!;
}

/** One cell as both sides can say it: its formula ("=…") or constant, and its number format. */
function fromDouble(sheet: SheetState, r: number, c: number): { content: unknown; format: string } {
  const cell = sheet.cell(r, c);
  return { content: cell?.formula ?? cell?.value ?? null, format: cell?.numberFormat ?? "General" };
}

/**
 * The same from the file. A merged area is one cell in Excel: its top-left holds the value and the
 * format (ExcelJS copies the top-left's style onto the others when it merges), so the others count as
 * blank and unformatted, as the add-in leaves them.
 */
function fromFile(ws: ExcelJS.Worksheet, r: number, c: number): { content: unknown; format: string } {
  const cell = ws.getCell(r + 1, c + 1);
  if (cell.isMerged && cell.master !== cell) return { content: null, format: "General" };
  const content = cell.formula ? `=${cell.formula}` : cell.value;
  return { content: content === undefined || content === "" ? null : content, format: cell.numFmt || "General" };
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const n = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (n === undefined || typeof n === "string") return n;
  return (n.texts ?? []).map((t) => t.text).join("");
}

const sample = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
const reports: [string, Report][] = [
  ["the sample's nine-month report, live formulas (vi)", buildReport(sample, opts({ live: true }))],
  ["a report with blank months and notes (en)", buildReport(holeData(["GTSX:2013:5"]), opts({ lang: "en" }))],
];

describe.each(reports)("both writers write %s alike", (_name, report) => {
  let addIn: SheetState;
  let file: ExcelJS.Worksheet;
  beforeAll(async () => {
    [addIn, file] = await Promise.all([addInSheet(report), fileSheet(report)]);
  });
  const { rows, cols } = report.grid;

  it("cell by cell: the same values, formulas and number formats", () => {
    const differ: string[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const a = fromDouble(addIn, r, c);
        const b = fromFile(file, r, c);
        if (JSON.stringify(a) !== JSON.stringify(b))
          differ.push(`(${r},${c}) add-in ${JSON.stringify(a)} file ${JSON.stringify(b)}`);
      }
    expect(differ).toEqual([]);
    expect(report.grid.cells.flat().some((g) => g?.formula)).toBe(report === reports[0]![1]);
  });

  it("the same merged areas", () => {
    const a1 = (r: number, c: number): string => file.getCell(r + 1, c + 1).address;
    const merges = addIn.merges.map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`).sort();
    expect(merges.length).toBeGreaterThan(0);
    expect(merges).toEqual([...(file.model as unknown as { merges: string[] }).merges].sort());
  });

  it("the same cell notes", () => {
    const fileNotes = new Map<string, string>();
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const t = noteText(file.getCell(r + 1, c + 1));
        if (t !== undefined) fileNotes.set(`${r},${c}`, t);
      }
    expect(fileNotes.size).toBe(report.grid.cells.flat().filter((g) => g?.note).length);
    expect(new Map([...addIn.notes].sort())).toEqual(new Map([...fileNotes].sort()));
  });

  it("the same row heights and column widths", () => {
    const fileHeights = new Map<number, number>();
    for (let r = 0; r < rows; r++) {
      const h = file.getRow(r + 1).height;
      if (h !== undefined) fileHeights.set(r, h);
    }
    expect(fileHeights.size).toBeGreaterThan(0);
    // The add-in sets the model's height on rows with a merged cell and asks Excel to fit the others to their
    // text (Excel measures text; the file carries the model's estimate of that fit): every row the file sizes
    // is sized the same by the add-in, or fitted by Excel.
    for (const [r, h] of addIn.rowHeights) expect([r, h]).toEqual([r, fileHeights.get(r)]);
    for (const r of fileHeights.keys()) expect(addIn.rowHeights.has(r) || addIn.fittedRows.has(r)).toBe(true);
    for (let c = 0; c < cols; c++) expect(addIn.colWidths.get(c)).toBe(charsToPoints(file.getColumn(c + 1).width!));
  });

  it("the same frozen panes", () => {
    const view = file.views[0] as { state?: string; xSplit?: number; ySplit?: number };
    expect(view.state).toBe("frozen");
    expect(addIn.freeze).toEqual({ rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 });
  });

  it("the same print settings", () => {
    const page = addIn.pageLayout;
    const setup = file.pageSetup;
    expect(page.orientation.toLowerCase()).toBe(setup.orientation);
    expect(page.zoom).toEqual({ horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight });
    expect(setup.fitToPage).toBe(true);
    expect(page.printTitleRows?.replace(/\$/g, "")).toBe(setup.printTitlesRow);
    expect(page.paperSize === "A4").toBe(setup.paperSize === 9);
    expect(Boolean(page.centerHorizontally)).toBe(Boolean(setup.horizontalCentered));
    const m = setup.margins!;
    expect([
      page.leftMargin,
      page.rightMargin,
      page.topMargin,
      page.bottomMargin,
      page.headerMargin,
      page.footerMargin,
    ]).toEqual([m.left, m.right, m.top, m.bottom, m.header, m.footer].map((inches) => inches * 72));
    const hf = page.headersFooters;
    // The add-in's six texts of a page kind, as the .xlsx codes them ("&C&P").
    const texts = (prefix: string, part: "Header" | "Footer"): string =>
      ["left", "center", "right"]
        .map((side) => [side, hf[`${prefix}${side}${part}`] ?? ""] as const)
        .map(([side, t]) => (t ? `&${side[0]!.toUpperCase()}${t}` : ""))
        .join("");
    expect(texts("", "Header")).toBe(file.headerFooter.oddHeader ?? "");
    expect(texts("", "Footer")).toBe(file.headerFooter.oddFooter ?? "");
    expect(hf.state === "FirstAndDefault").toBe(Boolean(file.headerFooter.differentFirst));
    expect([texts("firstPage.", "Header"), texts("firstPage.", "Footer")]).toEqual([
      file.headerFooter.firstHeader ?? "",
      file.headerFooter.firstFooter ?? "",
    ]);
  });
});
