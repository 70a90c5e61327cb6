/**
 * The task pane's time to first render in headless Chromium: navigation start to the settings form
 * shown (the page's own "ct-settings-visible" mark, set once the form is filled and visible), median
 * of 5 fresh page loads, office.js served from npm and the Excel double injected as in the tests.
 */
import { buildBrowserDouble, ensureDist, launch, openPane, serve } from "../test/taskpane/harness";

const RUNS = 5;

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
  const firstRender: number[] = [];
  const domReady: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await openPane(
        browser.context,
        server.url,
        { displayLanguage: "vi-VN", workbook: "sample" },
        double,
      );
      const t = await page.evaluate(() => {
        const mark = performance.getEntriesByName("ct-settings-visible")[0];
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return { mark: mark ? mark.startTime : NaN, dom: nav ? nav.domContentLoadedEventEnd : NaN };
      });
      firstRender.push(t.mark);
      domReady.push(t.dom);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fmt = (x: number): string => x.toFixed(1).padStart(10);
  console.log("taskpane: time to first render (headless Chromium, ms from navigation start)");
  console.log("measure                          median       min       max   runs");
  for (const [name, xs] of [
    ["DOMContentLoaded", domReady],
    ["settings form visible", firstRender],
  ] as const) {
    console.log(
      `${name.padEnd(28)}${fmt(median(xs))}${fmt(Math.min(...xs))}${fmt(Math.max(...xs))}${String(xs.length).padStart(7)}`,
    );
  }
}
