/**
 * One answer on every face (issue 18 point 1): one workbook whose task pane saved its settings (ct.settings:
 * the source sheet "B", 9 months of 2013, computed values) and its document settings (ct.document) goes
 * through the task pane's run (src/excel/runReport.ts on the recording Excel double), the ribbon's
 * "Tạo báo cáo" (src/commands), the command (ct-report) and the browser page's engine in Node; every
 * figure cell of the four reports is the same, and they are sheet B's.
 *
 * Sheet A holds the sample (its 9-month GTSX is 21.000 tỷ đồng, the published 2013 report's figure the
 * sample is built from); sheet B the same data with every flow doubled, so its 9-month GTSX is
 * 2 × 21.000 = 42.000 tỷ đồng: a report from the wrong sheet shows at once.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { scaledSampleValues } from "../../../src/cli/sampleWorkbook";
import { subscribe, type AddinEvent } from "../../../src/excel/events";
import { runReport } from "../../../src/excel/runReport";
import { loadSettings, SETTINGS_KEY } from "../../../src/excel/settings";
import { makeReports, readFiles } from "../../../src/page/engine";
import { DOCUMENT_SETTINGS_KEY } from "../../../src/report/document/documentSettings";
import { ExcelDouble } from "../../double/excelDouble";
import { fillDouble } from "../../double/fromXlsx";
import { run, tempDir } from "../../cli/helpers";

const g = globalThis as unknown as Record<string, unknown>;
const SAVED = { source: "sheet:B", year: 2013, month: 9, live: false, lang: "vi" };
const DOCUMENT = { agency: "SỞ CÔNG THƯƠNG TỈNH THỬ" };

type Figures = Map<string, number>;

/** Two data sheets, A (the sample) and B (flows doubled), with the pane's saved settings as Office keeps them. */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, factor] of [
    ["A", 1],
    ["B", 2],
  ] as const) {
    const ws = wb.addWorksheet(name);
    for (const row of scaledSampleValues(factor)) ws.addRow(row);
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const attr = (v: unknown): string => JSON.stringify(v).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="ct" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="${SETTINGS_KEY}" value="${attr(SAVED)}"/><we:property name="${DOCUMENT_SETTINGS_KEY}" value="${attr(DOCUMENT)}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/** Every number on a report sheet written to .xlsx, by 0-based "row,col". */
async function figuresOfXlsx(bytes: Uint8Array | Buffer): Promise<{ sheet: string; figures: Figures }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as Buffer);
  const ws = wb.worksheets[0]!;
  const figures: Figures = new Map();
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === "number") figures.set(`${r - 1},${c - 1}`, cell.value);
    }),
  );
  return { sheet: ws.name, figures };
}

/** Every number on the double's report sheet. */
function figuresOfDouble(d: ExcelDouble, sheet: string): Figures {
  const figures: Figures = new Map();
  d.values(sheet).forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number") figures.set(`${r},${c}`, v);
    }),
  );
  return figures;
}

async function doubleOf(bytes: Uint8Array): Promise<ExcelDouble> {
  const d = new ExcelDouble({ settings: { [SETTINGS_KEY]: SAVED, [DOCUMENT_SETTINGS_KEY]: DOCUMENT } });
  await fillDouble(d, bytes);
  d.install(g);
  return d;
}

async function paneFace(bytes: Uint8Array): Promise<{ sheet: string; figures: Figures; paragraph: string }> {
  const d = await doubleOf(bytes);
  const r = await runReport(loadSettings());
  return { sheet: r.sheetName, figures: figuresOfDouble(d, r.sheetName), paragraph: r.paragraph };
}

async function ribbonFace(bytes: Uint8Array): Promise<{ sheet: string; figures: Figures }> {
  const d = await doubleOf(bytes);
  let commands: typeof import("../../../src/commands/commands") | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    commands = require("../../../src/commands/commands");
  });
  const heard: AddinEvent[] = [];
  const stop = subscribe((e) => heard.push(e));
  await commands!.generateReport({ completed: () => undefined });
  stop();
  const done = heard.find((e) => e.type === "report-done");
  if (!done || done.type !== "report-done") throw new Error(JSON.stringify(heard));
  return { sheet: done.sheetName, figures: figuresOfDouble(d, done.sheetName) };
}

async function commandFace(file: string): Promise<{ sheet: string; figures: Figures }> {
  const out = path.join(path.dirname(file), "command.xlsx");
  const r = await run([file, "-o", out, "--quiet"]);
  expect(r.code).toBe(0);
  return figuresOfXlsx(fs.readFileSync(out));
}

async function pageFace(file: string): Promise<{ sheet: string; figures: Figures; paragraph: string }> {
  const bytes = fs.readFileSync(file);
  const loaded = await readFiles([
    { name: "data.xlsx", size: bytes.length, arrayBuffer: async () => bytes.slice().buffer } as unknown as File,
  ]);
  // The page's choices as the form gives them once preset from the saved settings (src/page/choices.ts).
  const [made] = await makeReports(loaded, {
    lang: "vi",
    year: 2013,
    month: 9,
    periodKind: null,
    method: "seasonal",
    compare: "index",
    values: true,
    numberStyle: "vi",
    heading: { agencyParent: "", agency: "" },
  });
  if (!made?.ok) throw new Error(JSON.stringify(made));
  return { ...(await figuresOfXlsx(made.xlsx.bytes)), paragraph: made.report.paragraph };
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
  delete g.__ctLastOutcome;
});

describe("one workbook with saved settings, four faces, one report", () => {
  it("gives sheet B's figures (GTSX 42.000, not sheet A's 21.000) in every figure cell on every face", async () => {
    const bytes = await workbookBytes();
    const file = path.join(tempDir("faces"), "data.xlsx");
    fs.writeFileSync(file, bytes);
    const pane = await paneFace(bytes);
    const ribbon = await ribbonFace(bytes);
    const command = await commandFace(file);
    const page = await pageFace(file);
    expect(pane.paragraph).toContain("42.000 tỷ đồng");
    expect(page.paragraph).toContain("42.000 tỷ đồng");
    expect(pane.figures.size).toBeGreaterThan(20);
    for (const face of [ribbon, command, page]) {
      expect(face.sheet).toBe(pane.sheet);
      expect(face.figures).toEqual(pane.figures);
    }
  });
});
