/**
 * The page where the officer looks (issue 18 point 6), in the built dist/report.html in headless
 * Chromium: at 1366×768 the results come into view and take the focus after a file is chosen (the links
 * were below the fold); a file dropped anywhere on the page is taken, never opened by the browser, and the
 * file input then holds it and a line says what was taken; a .docx dropped is named a Word document; at
 * 360 px nothing scrolls sideways.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { strToU8, zipSync } from "fflate";
import { launch, serve } from "../taskpane/harness";
import { ensurePage, openPage, tempDir, writeSample } from "./harness";

jest.setTimeout(180_000);

let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let dir = "";
let sample = "";

beforeAll(async () => {
  const dist = await ensurePage();
  server = await serve(dist);
  browser = await launch({ width: 1366, height: 768 });
  dir = tempDir();
  sample = await writeSample(dir);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const done = "html:not([data-busy]) #results > li";

/**
 * Drag `bytes` as the file `name` over `selector` and drop it there, as a file manager does: dragover and
 * drop on that element. Says whether the page prevented each (else the browser opens the file).
 */
async function dropOn(page: Page, selector: string, name: string, bytes: Uint8Array): Promise<boolean[]> {
  return page.evaluate(
    ({ selector, name, data }) => {
      const file = new File([new Uint8Array(data)], name);
      const dt = new DataTransfer();
      dt.items.add(file);
      const target = document.querySelector(selector) as HTMLElement;
      return ["dragenter", "dragover", "drop"].map((type) => {
        const e = new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true });
        target.dispatchEvent(e);
        return e.defaultPrevented;
      });
    },
    { selector, name, data: Array.from(bytes) },
  );
}

function minimalDocx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ),
  });
}

describe("where the officer looks", () => {
  it("at 1366×768, brings the results into view and gives their heading the focus after a file is chosen", async () => {
    const page = await browser.context.newPage();
    await openPage(page, server.url);
    await page.setInputFiles("#files", [sample]);
    await page.waitForSelector(done, { timeout: 60000 });
    await page.waitForFunction(() => document.activeElement?.id === "results-heading", null, { timeout: 10000 });
    const link = await page.evaluate(() => {
      const a = document.querySelector("#results a") as HTMLElement;
      const r = a.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(link.top).toBeGreaterThanOrEqual(0);
    expect(link.bottom).toBeLessThanOrEqual(link.height);
    await page.close();
  });

  it("takes a file dropped on the page's heading, not only on the zone, and the input says what it took", async () => {
    const page = await browser.context.newPage();
    await openPage(page, server.url);
    const prevented = await dropOn(page, ".page-header h1", "So-lieu-mau.xlsx", fs.readFileSync(sample));
    expect(prevented).toEqual([true, true, true]);
    await page.waitForSelector(done, { timeout: 60000 });
    const seen = await page.evaluate(() => ({
      input: Array.from((document.getElementById("files") as HTMLInputElement).files ?? []).map((f) => f.name),
      taken: document.getElementById("taken")?.textContent ?? "",
      ok: document.querySelector("#results > li")?.getAttribute("data-ok"),
    }));
    expect(seen).toEqual({ input: ["So-lieu-mau.xlsx"], taken: "Đã nhận: So-lieu-mau.xlsx", ok: "true" });
    await page.close();
  });

  it("names a dropped .docx a Word document, with what to do", async () => {
    const page = await browser.context.newPage();
    await openPage(page, server.url);
    await dropOn(page, "main", "cong-van.docx", minimalDocx());
    await page.waitForSelector(done, { timeout: 60000 });
    const refusal = await page.textContent("#results > li .refusal");
    expect(refusal).toContain("cong-van.docx");
    expect(refusal).toContain("tài liệu Word (.docx)");
    expect(refusal).toContain("hãy chọn tệp Excel (.xlsx)");
    await page.close();
  });

  it("scrolls nothing sideways at 360 px, before and after a report", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await openPage(page, server.url);
    const overflow = (): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setInputFiles("#files", [sample]);
    await page.waitForSelector(done, { timeout: 60000 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    fs.mkdirSync(path.join(process.cwd(), "test-artifacts", "page"), { recursive: true });
    await page.screenshot({ path: path.join(process.cwd(), "test-artifacts", "page", "page-360.png"), fullPage: true });
    await page.close();
  });
});
