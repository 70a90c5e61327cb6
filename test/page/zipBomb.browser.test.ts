/**
 * A zip bomb through the page (issue 13): the built dist/report.html in Debian's Chromium is given a small
 * .xlsx whose sheet inflates past the reader's ceiling, among good files of the same drop. The page names
 * the file and the limit (vi and en), keeps answering, and the other files still get their reports. Two
 * bombs: one whose zip declares its real sizes (refused before inflating), and one that lies about them
 * (refused by the bytes counted while inflating).
 */
import * as fs from "fs";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx";
import { launch, serve } from "../taskpane/harness";
import { ensurePage, openPage, snap, tempDir, writeSample } from "./harness";

jest.setTimeout(300_000);

const LIMIT_MB = DEFAULT_READ_LIMITS.maxInflatedBytes / 2 ** 20;

let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let dir = "";
let sample = "";
let honest = "";
let liar = "";
const pageErrors: string[] = [];

/**
 * The sample with its first sheet padded past the ceiling with blanks (deflate packs them ~1000:1, and no
 * cell is counted: the inflated bytes are what trips the reader, not its cell ceiling).
 */
function bombOf(sampleFile: string, lie: boolean): Uint8Array {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(sampleFile)));
  const sheet = Object.keys(entries).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) as string;
  const xml = strToU8(
    `<worksheet><sheetData>${" ".repeat(Math.ceil(DEFAULT_READ_LIMITS.maxInflatedBytes * 1.05))}</sheetData></worksheet>`,
  );
  expect(xml.length).toBeGreaterThan(DEFAULT_READ_LIMITS.maxInflatedBytes);
  const zip = zipSync({ ...entries, [sheet]: xml }, { level: 9 });
  if (lie) declareSize(zip, sheet, 4096);
  return zip;
}

/** Overwrite the uncompressed size the zip declares for `name`, in its local header and its directory entry. */
function declareSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameBytes = strToU8(name);
  const named = (at: number): boolean => nameBytes.every((b, i) => zip[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && named(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched++;
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && named(i + 46)) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
}

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  return page;
}

beforeAll(async () => {
  const dist = await ensurePage();
  server = await serve(dist);
  browser = await launch({ width: 1100, height: 900 });
  dir = tempDir();
  sample = await writeSample(dir);
  honest = path.join(dir, "Bom-khai-dung.xlsx");
  fs.writeFileSync(honest, bombOf(sample, false));
  liar = path.join(dir, "Bom-khai-gian.xlsx");
  fs.writeFileSync(liar, bombOf(sample, true));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("report.html given a zip bomb", () => {
  it("the bombs are small files whose sheet inflates past the reader's ceiling", () => {
    for (const f of [honest, liar])
      expect(fs.statSync(f).size).toBeLessThan(DEFAULT_READ_LIMITS.maxInflatedBytes / 100);
  });

  it.each([
    ["declares its sizes", () => honest],
    ["lies about its sizes", () => liar],
  ])(
    "refuses a bomb that %s, naming the file and the limit in vi and en; the other files get their reports",
    async (_, bombFile) => {
      const bomb = bombFile();
      const page = await newPage();
      await openPage(page, server.url);
      const other = await writeSample(dir, "Huyen-A.xlsx", 0.5);
      await page.setInputFiles("#files", [sample, bomb, other]);
      await page.waitForSelector("html:not([data-busy]) #results > li", { timeout: 120_000 });
      expect(await page.$$eval("#results > li", (li) => li.map((x) => x.getAttribute("data-ok")))).toEqual([
        "true",
        "false",
        "true",
      ]);
      const name = path.basename(bomb);
      const refusal = (await page.textContent(`#results li[data-ok=false] .refusal`)) ?? "";
      expect(refusal).toContain(name);
      expect(refusal).toContain(`${LIMIT_MB} MB`);
      // src/xlsx/messages.ts: a declared size over the limit, or more bytes inflated than it.
      expect(refusal).toMatch(/giải nén (?:vượt giới hạn|quá lớn)/);
      // The good files of the same drop: their links, and the ZIP of both.
      expect(await page.$$("#results li[data-ok=true] a[data-kind=xlsx]")).toHaveLength(2);
      expect(await page.$$("#zip a[data-kind=zip]")).toHaveLength(1);
      await snap(page, `09-zip-bomb-${bomb === liar ? "lying" : "declared"}-vi`);
      // Still answering: the language switch redraws the refusal in English.
      await page.click("#lang-switch");
      await page.waitForFunction(
        (n) => {
          const t = document.querySelector("#results li[data-ok=false] .refusal")?.textContent ?? "";
          return t.includes(n) && /unpacked content (?:is over|too large)/.test(t);
        },
        name,
        { timeout: 120_000 },
      );
      const en = (await page.textContent(`#results li[data-ok=false] .refusal`)) ?? "";
      expect(en).toContain(`${LIMIT_MB} MB`);
      await snap(page, `10-zip-bomb-${bomb === liar ? "lying" : "declared"}-en`);
      // And a later choice of a good file alone still makes its report.
      await page.setInputFiles("#files", [other]);
      await page.waitForFunction(
        () =>
          !document.documentElement.hasAttribute("data-busy") &&
          document.querySelectorAll("#results > li").length === 1 &&
          document.querySelector("#results > li")?.getAttribute("data-ok") === "true",
        undefined,
        { timeout: 120_000 },
      );
      await page.close();
    },
  );
});
