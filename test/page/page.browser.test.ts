/**
 * The built dist/report.html in headless Chromium (issue 13): real .xlsx files chosen in the page,
 * the links clicked, the downloads read back and compared with the command's report for the same
 * input, cell by cell; nothing requested from any origin but the page's own; a report made with the
 * network cut after load. Screenshots under test-artifacts/page/.
 */
import { DEFAULT_DOCUMENT_SETTINGS } from "../../src/report/document/documentSettings";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { readWorkbookBytes } from "../../src/xlsx";
import { launch, serve } from "../taskpane/harness";
import {
  cellMap,
  commandProblems,
  commandReport,
  download,
  ensurePage,
  openPage,
  snap,
  tempDir,
  writeBadData,
  writeNotXlsx,
  writeSample,
} from "./harness";

jest.setTimeout(180_000);

let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let dir = "";
let sample = "";
let bad = "";
let notXlsx = "";
const requests: string[] = [];
const pageErrors: string[] = [];

/** A new page that records every request, script error and CSP violation. */
async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Choose files in the page's input and wait for the run's status line. */
async function choose(page: Page, files: string[]): Promise<void> {
  await page.setInputFiles("#files", files);
  await page.waitForSelector("html:not([data-busy]) #results > li", { timeout: 60000 });
}

beforeAll(async () => {
  const dist = await ensurePage();
  server = await serve(dist);
  browser = await launch({ width: 1100, height: 900 });
  dir = tempDir();
  sample = await writeSample(dir);
  bad = await writeBadData(dir);
  notXlsx = writeNotXlsx(dir);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("report.html", () => {
  it("paints the page in Vietnamese with its privacy note and browser floor, and switches to English", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    expect(await page.textContent("#private")).toMatch(/không rời khỏi máy này/);
    expect(await page.textContent("#browsers")).toMatch(/109/);
    await snap(page, "01-empty-vi");
    await page.click("#lang-switch");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#private")).toMatch(/never leave this computer/);
    await snap(page, "02-empty-en");
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it("makes the sample's .xlsx report equal, cell by cell, to the command's, and its Word report", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    await page.fill("#agency-parent", "UBND TỈNH THỬ NGHIỆM");
    await page.press("#agency-parent", "Tab");
    await choose(page, [sample]);
    await snap(page, "03-sample-vi");
    expect(await page.$$eval("#results > li", (li) => li.map((x) => x.getAttribute("data-ok")))).toEqual(["true"]);
    const xlsx = await download(page, "#results a[data-kind=xlsx]");
    expect(xlsx.name).toMatch(/^So-lieu-mau\..+\.xlsx$/);
    const fromPage = new ExcelJS.Workbook();
    await fromPage.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    // The heading typed in the page is the command's --doc province=…: the same sheet.
    const document = { ...DEFAULT_DOCUMENT_SETTINGS, province: "UBND TỈNH THỬ NGHIỆM" };
    const fromCommand = await commandReport(sample, { lang: "vi", values: false, document });
    const a = cellMap(fromPage);
    const b = cellMap(fromCommand);
    expect(a.size).toBeGreaterThan(100);
    expect([...a.entries()]).toEqual([...b.entries()]);
    // Protected View shows cached results: every formula cell carries one, except where the same
    // report made with values (not formulas) leaves the cell blank.
    const values = await commandReport(sample, { lang: "vi", values: true, document });
    let formulas = 0;
    fromPage.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string; result?: unknown } | null;
          if (v && typeof v === "object" && "formula" in v) {
            formulas++;
            const plain = values.getWorksheet(ws.name)?.getCell(cell.address).value;
            if (v.result === undefined || v.result === "") expect([null, undefined, ""]).toContain(plain);
            else expect(v.result).toEqual(plain);
          }
        }),
      ),
    );
    expect(formulas).toBeGreaterThan(0);

    expect(await cspViolations(page)).toEqual([]);
    await page.close();

    // Chromium asks before a second download from one page: the Word report from a fresh one.
    const second = await newPage();
    await openPage(second, server.url);
    await second.fill("#agency-parent", "UBND TỈNH THỬ NGHIỆM");
    await second.press("#agency-parent", "Tab");
    await choose(second, [sample]);
    const docx = await download(second, "#results a[data-kind=docx]");
    expect(docx.name).toBe(xlsx.name.replace(/\.xlsx$/, ".docx"));
    const body = strFromU8(unzipSync(new Uint8Array(docx.bytes))["word/document.xml"] as Uint8Array);
    expect(body).toContain("UBND TỈNH THỬ NGHIỆM");
    expect(body).toContain("BÁO CÁO");
    expect(await cspViolations(second)).toEqual([]);
    await second.close();
  });

  it("takes files dropped on the drop zone", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    const transfer = await page.evaluateHandle(
      ([name, base64]) => {
        const dt = new DataTransfer();
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], name));
        return dt;
      },
      [path.basename(sample), fs.readFileSync(sample).toString("base64")] as const,
    );
    await page.dispatchEvent("#drop-zone", "drop", { dataTransfer: transfer });
    await page.waitForSelector("#results a[data-kind=xlsx]");
    expect(await page.textContent("#results .file")).toBe(path.basename(sample));
    await page.close();
  });

  it("follows the choices: values instead of formulas, growth instead of index, a chosen month", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    await choose(page, [sample]);
    await page.selectOption("#live", "false");
    await page.selectOption("#comparison", "growth");
    await page.selectOption("#month", "6");
    await page.waitForFunction(
      () =>
        !document.documentElement.hasAttribute("data-busy") &&
        /6/.test(document.querySelector("#results .summary")?.textContent ?? ""),
    );
    const xlsx = await download(page, "#results a[data-kind=xlsx]");
    const fromPage = new ExcelJS.Workbook();
    await fromPage.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const fromCommand = await commandReport(sample, { lang: "vi", values: true, compare: "growth", month: 6 });
    expect([...cellMap(fromPage).entries()]).toEqual([...cellMap(fromCommand).entries()]);
    await page.close();
  });

  it("lists the data check's problems by cell, as the command finds them, in both languages", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    await choose(page, [bad]);
    const shown = await page.$$eval(".check ul.problems > li", (items) =>
      items.map(
        (li) =>
          `${li.getAttribute("data-code")} ${li.querySelector("button.problem")?.getAttribute("data-address") ?? ""}`,
      ),
    );
    const expected = await commandProblems(bad, { lang: "vi", values: false });
    expect(expected.length).toBeGreaterThan(1);
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(shown.some((s) => /^text-in-number '.+'!\w+\d+$/.test(s))).toBe(true);
    // Cell text stays text: the markup in a cell never becomes an element.
    expect(await page.$$(".check b")).toHaveLength(0);
    // A report with errors is never a plain "Xong": the status and the line beside the links say how many,
    // in the warning style, with a link to the list (issue 18 point 5).
    const errors = expected.filter((e) => /^(text-in-number|duplicate-row|period-hole) /.test(e)).length;
    expect(await page.getAttribute("#status", "class")).toContain("warning");
    expect(await page.textContent("#status")).toMatch(/^Đã tạo báo cáo, có \d+ lỗi cần xem/);
    expect(await page.textContent("#results .errors")).toContain("lỗi cần xem");
    expect(errors).toBeGreaterThan(0);
    const target = await page.getAttribute("#results .errors a", "href");
    expect(await page.$(target ?? "#none")).not.toBeNull();
    // Kinds of problem in words, never the code.
    expect(await page.textContent(".check #count-code")).not.toMatch(/duplicate-row|text-in-number/);
    await snap(page, "04-bad-data-vi");
    await page.click("#lang-switch");
    await page.waitForFunction(() => /Data check/.test(document.querySelector(".check h2")?.textContent ?? ""));
    expect(await page.textContent("#results a[data-kind=xlsx]")).toBe("Excel report (.xlsx)");
    await snap(page, "05-bad-data-en");
    await page.close();
  });

  it("answers a file that is not a workbook with the reader's own message, in Vietnamese and English", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    await choose(page, [notXlsx]);
    const outcome = readWorkbookBytes(new Uint8Array(fs.readFileSync(notXlsx)), path.basename(notXlsx));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(await page.textContent("#results .refusal")).toBe(outcome.refusal.message.vi);
    expect(await page.$$("#results a.download")).toHaveLength(0);
    await snap(page, "06-not-xlsx-vi");
    await page.click("#lang-switch");
    await page.waitForFunction(
      (en) => document.querySelector("#results .refusal")?.textContent === en,
      outcome.refusal.message.en,
    );
    await page.close();
  });

  it("makes a folder's worth: one pair of links per workbook, the bad file named, and a ZIP of them all", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    const districts = [
      await writeSample(dir, "Huyen-A.xlsx", 0.5),
      await writeSample(dir, "Huyen-B.xlsx", 1.5),
      await writeSample(dir, "Huyen-C.xlsx", 0.25),
    ];
    await choose(page, [...districts, notXlsx]);
    expect(await page.$$eval("#results > li", (li) => li.map((x) => x.getAttribute("data-ok")))).toEqual([
      "true",
      "true",
      "true",
      "false",
    ]);
    await snap(page, "07-folder-vi");
    const zip = await download(page, "#zip a[data-kind=zip]");
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(6);
    expect(names.filter((n) => n.endsWith(".xlsx"))).toHaveLength(3);
    // Each district's report in the ZIP is the command's report of that district's file.
    const b = districts[1] as string;
    const inZip = names.find((n) => n.startsWith("Huyen-B.") && n.endsWith(".xlsx")) as string;
    const fromZip = new ExcelJS.Workbook();
    await fromZip.xlsx.load(Buffer.from(entries[inZip] as Uint8Array) as unknown as ExcelJS.Buffer);
    const fromCommand = await commandReport(b, { lang: "vi", values: false });
    expect([...cellMap(fromZip).entries()]).toEqual([...cellMap(fromCommand).entries()]);
    await page.close();
  });

  it("still makes a report with the network cut after the page has loaded", async () => {
    const page = await newPage();
    await openPage(page, server.url);
    await browser.context.setOffline(true);
    try {
      await choose(page, [sample]);
      const xlsx = await download(page, "#results a[data-kind=xlsx]");
      expect(xlsx.bytes.subarray(0, 2).toString()).toBe("PK");
      await snap(page, "08-offline");
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it("requested nothing from any origin but the page's own, and was refused nothing", () => {
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !(u.startsWith(origin + "/") || u.startsWith(`blob:${origin}/`)));
    expect(foreign).toEqual([]);
    expect(browser.refused).toEqual([]);
  });
});
