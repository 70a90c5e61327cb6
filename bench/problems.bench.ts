/**
 * The data check with 100,008 problems in headless Chromium (issue 8, point 9: first page under
 * 200 ms): the pane's own measure "ct-problems-first-page" (problems in hand → counts by severity
 * and kind of problem, the sorted list and its first page in the DOM), for the first render after the
 * check and for re-renders (each language switch), and, for information, the time from the page's
 * start to the first page (it includes reading 100,008 text numbers through the Excel double).
 */
import { buildBrowserDouble, ensureDist, launch, openPane, serve } from "../test/taskpane/harness";
import { MANY_ROWS } from "../test/double/workbooks";

const SWITCHES = 6;
const TARGET_MS = 200;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function run(): Promise<void> {
  const dist = await ensureDist();
  const double = await buildBrowserDouble();
  const server = await serve(dist);
  const browser = await launch({ width: 350, height: 900 });
  let first = NaN;
  let shown = NaN;
  const again: number[] = [];
  try {
    const page = await openPane(browser.context, server.url, { displayLanguage: "vi-VN", workbook: "many" }, double);
    await page.click("#tab-check");
    await page.waitForSelector("#problem-pager:not([hidden])", { timeout: 180_000 });
    const measures = (): Promise<{ duration: number; end: number }[]> =>
      page.evaluate(() =>
        performance
          .getEntriesByName("ct-problems-first-page")
          .map((e) => ({ duration: e.duration, end: e.startTime + e.duration })),
      );
    const initial = await measures();
    // The first render of the 100,008 problems (a render before the data arrives has none).
    const big = initial.filter((m) => m.duration > 0);
    first = Math.max(...big.map((m) => m.duration));
    shown = Math.max(...initial.map((m) => m.end));
    for (let i = 0; i < SWITCHES; i++) {
      const before = (await measures()).length;
      await page.click("#lang-switch");
      await page.waitForFunction((n) => performance.getEntriesByName("ct-problems-first-page").length > n, before);
      const all = await measures();
      again.push(all[all.length - 1]!.duration);
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const fmt = (x: number): string => x.toFixed(1).padStart(10);
  console.log(`problems: the data check with ${MANY_ROWS * 12} problems (headless Chromium, ms)`);
  console.log("measure                                   median       min       max   runs");
  const line = (name: string, xs: number[]): void =>
    console.log(
      `${name.padEnd(38)}${fmt(median(xs))}${fmt(Math.min(...xs))}${fmt(Math.max(...xs))}${String(xs.length).padStart(7)}`,
    );
  line("first page, after the check", [first]);
  line("first page again (language switch)", again);
  line("page start to first page (with read)", [shown]);
  console.log(
    `target: first page under ${TARGET_MS} ms: ${first < TARGET_MS && Math.max(...again) < TARGET_MS ? "met" : "NOT met"}`,
  );
}
