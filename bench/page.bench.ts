/**
 * The browser page (dist/report.html) in headless Chromium, served from dist/ on 127.0.0.1: time to
 * first render (the page's "ct-page-ready" mark, set on the first animation frame) and to the heavy
 * chunk loaded after it ("ct-page-engine"); time from choosing the files to the report links
 * ("ct-page-files" to "ct-page-links": read, report, .xlsx and .docx written) for the sample and for 500
 * indicators × 3 years, beside the command's own time for the same inputs in-process; the page's
 * bundle sizes. Targets: first render < 300 ms, links < 1 s (sample) and < 5 s (500 × 3).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { makeReport } from "../src/report/make/request";
import { readXlsx } from "../src/cli/readXlsx";
import { reportWorkbook } from "../src/writers/xlsx";
import { ensurePage, openPage, tempDir, writeLarge, writeSample } from "../test/page/harness";
import { launch, serve } from "../test/taskpane/harness";

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const ms = (x: number): string => x.toFixed(0).padStart(9);
const kb = (n: number): string => (n / 1024).toFixed(1).padStart(9);
const verdict = (x: number, target: number): string => (x < target ? `< ${target} ms: met` : `< ${target} ms: NOT MET`);

async function commandMs(file: string): Promise<number> {
  const t = performance.now();
  const data = await readXlsx(file);
  const made = makeReport(data.sources, data.problems, { lang: "vi", values: false });
  if (!made.ok) throw new Error(made.failure.code);
  await reportWorkbook(made.report).xlsx.writeBuffer();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const dist = await ensurePage();
  const dir = tempDir();
  const sample = await writeSample(dir);
  const large = await writeLarge(dir, 500, 3);
  const server = await serve(dist);
  const browser = await launch({ width: 1100, height: 900 });
  const paint: number[] = [];
  const fcp: number[] = [];
  const engine: number[] = [];
  const links: Record<string, number[]> = { sample: [], large: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await openPage(page, server.url);
      const t = await page.evaluate(() => {
        const at = (n: string): number => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        const contentful = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        return { paint: at("ct-page-ready"), engine: at("ct-page-engine"), fcp: contentful };
      });
      paint.push(t.paint);
      fcp.push(t.fcp);
      engine.push(t.engine);
      for (const [name, file] of [
        ["sample", sample],
        ["large", large],
      ] as const) {
        await page.setInputFiles("#files", file);
        await page.waitForFunction(() => performance.getEntriesByName("ct-page-links").length > 0, undefined, {
          timeout: 60000,
        });
        const d = await page.evaluate(() => {
          const at = (n: string): number => performance.getEntriesByName(n).slice(-1)[0]?.startTime ?? NaN;
          return at("ct-page-links") - at("ct-page-files");
        });
        (links[name] as number[]).push(d);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const command = { sample: [] as number[], large: [] as number[] };
  await commandMs(sample); // warm-up, as the page's runs after the first are warm too
  for (let i = 0; i < RUNS; i++) {
    command.sample.push(await commandMs(sample));
    command.large.push(await commandMs(large));
  }
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(`page: dist/report.html in headless Chromium (median of ${RUNS} page loads, ms)`);
  console.log("measure                                       median      min      max  target");
  const row = (name: string, xs: number[], target?: number): void =>
    console.log(
      `${name.padEnd(44)}${ms(median(xs))}${ms(Math.min(...xs))}${ms(Math.max(...xs))}  ${target ? verdict(median(xs), target) : ""}`,
    );
  row("first contentful paint (browser's own)", fcp, 300);
  row("first render (page's first frame, filled)", paint, 300);
  row("heavy chunk loaded (navigation start)", engine);
  row("files chosen to links: sample", links.sample as number[], 1000);
  row("files chosen to links: 500 indicators × 3 yr", links.large as number[], 5000);
  row("the command in-process (.xlsx only): sample", command.sample);
  row("the command in-process (.xlsx only): 500 × 3", command.large);

  console.log("\npage files (dist/, production)               raw KB   gzip KB  loaded");
  // The entry loads report-ui after the first frame, and report-ui the engine and its vendor chunks.
  const entry = ["report.js", "report-ui.js"]
    .filter((f) => fs.existsSync(path.join(dist, f)))
    .map((f) => fs.readFileSync(path.join(dist, f), "utf8"))
    .join("\n");
  const addin = new Set(["functions.js", "commands.js", "taskpane.js", "report.js"]);
  const chunks = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !addin.has(f));
  for (const [f, when] of [
    ["report.html", "first"],
    ["report.css", "first"],
    ["report.js", "first"],
    ...chunks.map((c) => [c, entry.includes(c.replace(/\.js$/, "")) ? "after first paint" : "?"]),
  ] as const) {
    const raw = fs.readFileSync(path.join(dist, f));
    console.log(`${f.padEnd(44)}${kb(raw.length)} ${kb(zlib.gzipSync(raw, { level: 9 }).length)}  ${when}`);
  }
}
