/**
 * The data check with 100,008 problems, in Chromium (the time to the first page is measured by
 * `npm run bench`, not here): the counts are right at once, only one page of rows is in the DOM,
 * the pager reaches the last problem, and all of it works from the keyboard.
 */
import type { BrowserContext, Page } from "playwright-core";
import { STRINGS } from "../../src/ui/strings";
import { MANY_ROWS } from "../double/workbooks";
import { buildBrowserDouble, ensureDist, launch, openPane, serve } from "./harness";

jest.setTimeout(180000);

const TOTAL = MANY_ROWS * 12; // every month of every indicator is a text number (test/double/workbooks.ts)
const PAGE = 50;

let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let doubleCode = "";
const pageErrors: string[] = [];

beforeAll(async () => {
  const dist = await ensureDist();
  doubleCode = await buildBrowserDouble();
  server = await serve(dist);
  browser = await launch();
  context = browser.context;
});

afterAll(async () => {
  await pane?.close();
  await browser?.close();
  await server?.close();
});

/** One pane for the whole file (reading 100,000 text numbers takes a while): the tests run in order on it. */
let pane: Page | null = null;
async function checkedPane(): Promise<Page> {
  if (pane) return pane;
  const page = await openPane(context, server.url, { displayLanguage: "vi-VN", workbook: "many" }, doubleCode);
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  // The pane reads the data once in the background when it opens; the tab shows that check.
  await page.click("#tab-check");
  await page.waitForSelector("#problem-pager:not([hidden])", { timeout: 120000 });
  pane = page;
  return page;
}

/** The cells of the problems in the DOM, in order. */
async function shownAddresses(page: Page): Promise<string[]> {
  return page.$$eval("#problem-list li [data-address]", (items) => items.map((i) => i.getAttribute("data-address")!));
}

describe("the data check with 100,000 problems", () => {
  it("counts every problem by severity and by kind, and puts only one page of rows in the DOM", async () => {
    const page = await checkedPane();
    expect(await page.textContent("#check-total")).toBe(`${TOTAL} điểm cần xem`);
    const severities = await page.$$eval("#count-severity li", (lis) =>
      lis.map((li) => [li.getAttribute("data-severity"), Number((li.textContent ?? "").replace(/^.*:\s*/, ""))]),
    );
    expect(severities).toEqual([
      ["error", 0],
      ["warning", 0],
      ["info", TOTAL],
    ]);
    const codes = await page.$$eval("#count-code li", (lis) =>
      lis.map((li) => [li.getAttribute("data-code"), Number((li.textContent ?? "").replace(/^.*:\s*/, ""))]),
    );
    expect(codes).toEqual([["text-number-converted", TOTAL]]);
    expect(await page.$$eval("#count-kind li[data-kind=flow]", (l) => l[0]?.textContent)).toBe(
      `${STRINGS.vi["check.kind.flow"]}: ${MANY_ROWS}`,
    );
    expect(await page.locator("#problem-list li").count()).toBe(PAGE);
    expect(await page.textContent("#page-status")).toBe(
      `Trang 1/${Math.ceil(TOTAL / PAGE)}: vấn đề 1–${PAGE} trong ${TOTAL}`,
    );
    expect(pageErrors).toEqual([]);
  });

  it("reaches the last problem with the pager, from the keyboard alone, and comes back", async () => {
    const page = await checkedPane();
    const first = await shownAddresses(page);
    // The first problem is the first text month of the first indicator: 'Số liệu'!H2.
    expect(first[0]).toBe("'Số liệu'!H2");
    await page.focus("#page-next");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("page-status")?.textContent?.startsWith("Trang 2/"));
    const second = await shownAddresses(page);
    expect(second).toHaveLength(PAGE);
    expect(second.some((a) => first.includes(a))).toBe(false);
    // The keyboard stays on the pager: Tab from "next" reaches "last".
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("page-next");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("page-last");
    await page.keyboard.press("Enter");
    const pages = Math.ceil(TOTAL / PAGE);
    await page.waitForFunction(
      (p) => document.getElementById("page-status")?.textContent?.startsWith(`Trang ${p}/`),
      pages,
    );
    const last = await shownAddresses(page);
    expect(last).toHaveLength(TOTAL - (pages - 1) * PAGE);
    // The last problem is the last month (column S) of the last indicator's row.
    expect(last[last.length - 1]).toBe(`'Số liệu'!S${MANY_ROWS + 1}`);
    expect(await page.locator("#problem-list li").count()).toBeLessThanOrEqual(PAGE);
    expect(await page.isDisabled("#page-next")).toBe(true);
    expect(await page.isDisabled("#page-last")).toBe(true);
    // On the last page the used button is disabled: the keyboard is on the list's first problem.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-address"))).toBe(last[0]);
    await page.focus("#page-first");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("page-status")?.textContent?.startsWith("Trang 1/"));
    expect(await shownAddresses(page)).toEqual(first);
    expect(pageErrors).toEqual([]);
  });

  it("keeps the page and speaks English after a language switch", async () => {
    const page = await checkedPane();
    await page.click("#page-next");
    await page.click("#lang-switch");
    await page.waitForFunction(() => document.getElementById("page-status")?.textContent?.startsWith("Page 2 of"));
    expect(await page.getAttribute("#page-next", "aria-label")).toBe(STRINGS.en["check.next"]);
    expect(await page.locator("#problem-list li").count()).toBe(PAGE);
    expect(pageErrors).toEqual([]);
  });
});
