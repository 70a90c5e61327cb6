/**
 * The browser page's harness, shared by test/page/*.browser.test.ts and bench/page.bench.ts: the built
 * dist/ (the project's production build) served on 127.0.0.1, Debian's Chromium through playwright-core
 * (test/taskpane/harness.ts launches it), real .xlsx inputs written to a temporary folder, and the
 * command's own report for the same input made in-process.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { failureMessage } from "../../src/report/make/requestFailure";
import { makeReport, type ReportRequest } from "../../src/report/make/request";
import { readXlsx } from "../../src/cli/readXlsx";
import { dataWorkbook, scaledSampleValues } from "../../src/cli/sampleWorkbook";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { reportWorkbook } from "../../src/writers/xlsx";
import { DIST, ensureDist, webpackBuild } from "../build/distBuild";

export const ARTIFACTS = path.join(process.cwd(), "test-artifacts", "page");

/** dist/ with report.html in it (built in production mode when missing or stale). */
export async function ensurePage(): Promise<string> {
  await ensureDist();
  if (!fs.existsSync(path.join(DIST, "report.html")) || !fs.existsSync(path.join(DIST, "report-engine.js"))) {
    await webpackBuild("production");
  }
  return DIST;
}

/** A fresh temporary folder for input files. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ct-page-"));
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

/** The sample data workbook (the 2013 nine-month report's data), scaled for a district when factor ≠ 1. */
export function writeSample(dir: string, name = "So-lieu-mau.xlsx", factor = 1): Promise<string> {
  return save(dataWorkbook(scaledSampleValues(factor)), path.join(dir, name));
}

/**
 * The sample with bad cells a real sheet has: a month typed as text in Vietnamese style, a month
 * holding markup text, and the GTSX 2013 row repeated.
 */
export function writeBadData(dir: string, name = "So-lieu-loi.xlsx"): Promise<string> {
  const rows = sampleValues();
  const t3 = SAMPLE_HEADER.indexOf("T3");
  const t5 = SAMPLE_HEADER.indexOf("T5");
  const gtsx2013 = rows.findIndex((r) => r[0] === "GTSX" && r[5] === 2013);
  const row = rows[gtsx2013] as (string | number | null)[];
  row[t3] = "2.260";
  row[t5] = "<b>abc</b>";
  rows.splice(gtsx2013 + 1, 0, row.slice());
  return save(dataWorkbook(rows, SAMPLE_SHEET_NAME), path.join(dir, name));
}

/** A file named .xlsx that is not a workbook. */
export function writeNotXlsx(dir: string, name = "khong-phai-excel.xlsx"): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "Mã,Chỉ tiêu,Năm\nGTSX,Giá trị sản xuất,2013\n");
  return file;
}

/**
 * A data workbook of `indicators` indicators over `years` consecutive years ending in 2013, every month
 * filled through September of the last year (the bench's 500 × 3).
 */
export function writeLarge(dir: string, indicators: number, years: number, name = "Lon.xlsx"): Promise<string> {
  const rows: (string | number | null)[][] = [SAMPLE_HEADER.slice()];
  const kinds = ["cộng dồn", "bình quân", "cuối kỳ"];
  for (let i = 0; i < indicators; i++) {
    for (let y = 2013 - years + 1; y <= 2013; y++) {
      const months = Array.from({ length: 12 }, (_, m) =>
        y < 2013 || m < 9 ? 100 + ((i * 7 + m * 3 + y) % 50) : null,
      );
      rows.push([
        `CT${i + 1}`,
        `Nhóm ${(i % 5) + 1}`,
        `Chỉ tiêu ${i + 1}`,
        "tỷ đồng",
        kinds[i % 3] as string,
        y,
        1500 + i,
        ...months,
        null,
      ]);
    }
  }
  return save(dataWorkbook(rows), path.join(dir, name));
}

/** The command's report for `file` (the ct-report path: its reader, the request, the .xlsx writer), read back. */
export async function commandReport(file: string, req: ReportRequest): Promise<ExcelJS.Workbook> {
  const data = await readXlsx(file);
  const made = makeReport(data.sources, data.problems, req);
  if (!made.ok) throw new Error(failureMessage(file, made.failure).en);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await reportWorkbook(made.report).xlsx.writeBuffer());
  return wb;
}

/** The command's problems for `file`, as (code, address) pairs. */
export async function commandProblems(file: string, req: ReportRequest): Promise<string[]> {
  const data = await readXlsx(file);
  const made = makeReport(data.sources, data.problems, req);
  return (made.ok ? made.report.problems : made.problems).map((p) => `${p.code} ${p.address}`);
}

/** Every non-empty cell of every sheet: "Sheet!A1" -> its value (a formula with its cached result), format. */
export function cellMap(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null }));
      }),
    );
  });
  return out;
}

/** Open report.html and wait until the heavy half has loaded (the page's data-engine mark). */
export async function openPage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + "report.html");
  await page.waitForSelector("html[data-engine=ready]", { timeout: 30000 });
}

/** Click a download link and return the downloaded bytes and the suggested name. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const file = await dl.path();
  if (!file) throw new Error(`no download for ${selector}: ${await dl.failure()}`);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** Save a full-page screenshot under test-artifacts/page/. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
