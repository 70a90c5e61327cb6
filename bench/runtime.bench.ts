/**
 * CT.GROWTH through Microsoft's own custom-functions runtime dispatcher: the CustomFunctionProxy of
 * @microsoft/office-js/dist/custom-functions-runtime.js, loaded in headless Chromium (playwright-core,
 * /usr/bin/chromium) with dist/functions.js after it, so the bundle's CustomFunctions.associate() registers
 * GROWTH with the runtime as in Excel. Over one 100,000-cell column: ONE array invocation (one host message
 * entry with a 100,000-row argument pair, one 100,000-row result) vs 100,000 single-cell invocations (one
 * host message of 100,000 entries, as Excel batches them). Timed in the page from handing the message to
 * the proxy's _handleMessage until every result is buffered for the host (JSON.parse of the message,
 * InvocationContexts, the calls, result buffering); the flush to the host is stubbed. Median of 5 after a
 * warm-up; every result is checked = (c-p)/|p|. This is Microsoft's JavaScript-side dispatch only: the
 * host's own cost (building the messages, marshalling, writing cells) comes on top.
 * Target (as in bundle.bench.ts): the array invocation at least 10x ahead of the single invocations.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { catchProxy, pageBench, PageResult } from "./runtime/pageBench";

const N = 100_000;
const RUNS = 5;
const TARGET = 10;
const CHROMIUM = "/usr/bin/chromium";
const ORIGIN = "https://ct-bench.invalid";

/** The invocation flags Excel sends: 4 = allowError, when functions.json sets allowErrorForDataTypeAny. */
function invocationFlags(root: string): number {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")) as {
      allowErrorForDataTypeAny?: boolean;
    };
    return meta.allowErrorForDataTypeAny ? 4 : 0;
  } catch {
    return 0;
  }
}

function runtimeFile(root: string): string | undefined {
  const dir = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
  return ["custom-functions-runtime.js", "custom-functions-runtime.debug.js"]
    .map((f) => path.join(dir, f))
    .find((f) => fs.existsSync(f));
}

async function measure(runtime: string, bundle: string, flags: number): Promise<PageResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ct-runtime-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
      "--js-flags=--expose-gc",
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Served from memory; everything else the runtime asks for (Office start-up scripts) is refused.
    const files: Record<string, string> = {
      "/functions.html":
        '<!doctype html><html><head><meta charset="utf-8">' +
        `<script src="/${path.basename(runtime)}"></script><script src="/functions.js"></script>` +
        "</head><body></body></html>",
      [`/${path.basename(runtime)}`]: fs.readFileSync(runtime, "utf8"),
      "/functions.js": fs.readFileSync(bundle, "utf8"),
    };
    await page.route("**/*", (route) => {
      const body = files[new URL(route.request().url()).pathname];
      if (body === undefined) return route.abort();
      const type = route.request().url().endsWith(".html") ? "text/html" : "text/javascript";
      return route.fulfill({ status: 200, contentType: type, body });
    });
    await page.addInitScript(catchProxy);
    await page.goto(`${ORIGIN}/functions.html`, { waitUntil: "load" });
    return await page.evaluate(pageBench, { n: N, runs: RUNS, flags, timeoutMs: 20_000 });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  return xs[Math.floor(xs.length / 2)] as number;
}

export async function run(): Promise<void> {
  const root = process.cwd();
  const runtime = runtimeFile(root);
  const bundle = path.join(root, "dist", "functions.js");
  const missing = !runtime
    ? "node_modules/@microsoft/office-js/dist/custom-functions-runtime.js"
    : !fs.existsSync(bundle)
      ? "dist/functions.js (npm run build)"
      : !fs.existsSync(CHROMIUM)
        ? CHROMIUM
        : undefined;
  if (!runtime || missing) {
    console.log(`runtime: skipped, ${missing} is missing`);
    return;
  }
  const flags = invocationFlags(root);
  let r: PageResult;
  try {
    r = await measure(runtime, bundle, flags);
  } catch (e) {
    console.log(`runtime: could not run Chromium: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    return;
  }
  if (r.error || !r.associated.includes("GROWTH")) {
    console.log(`runtime: could not measure: ${r.error ?? "dist/functions.js associated no GROWTH"}`);
    return;
  }
  const a = median(r.array);
  const s = median(r.singles);
  const ratio = s / a;
  const cells = N.toLocaleString("en-US");
  console.log(
    `CT.GROWTH over ${cells} cells through Microsoft's CustomFunctionProxy._handleMessage ` +
      `(${path.basename(runtime)} + dist/functions.js in headless Chromium, flags ${flags}); median of ${RUNS}`,
  );
  console.log("path".padEnd(34) + "median ms".padStart(11) + "   min-max ms");
  const row = (name: string, xs: number[]): void =>
    console.log(
      name.padEnd(34) +
        median(xs).toFixed(1).padStart(11) +
        `   ${(xs[0] as number).toFixed(1)}-${(xs[xs.length - 1] as number).toFixed(1)}`,
    );
  row("one array invocation", r.array);
  row(`${cells} single-cell invocations`, r.singles);
  console.log(
    `array ahead by ${ratio.toFixed(1)}x (target >= ${TARGET}x): ${ratio >= TARGET ? "met" : "NOT MET"}; ` +
      `all ${cells} results checked = (c-p)/|p| on both paths`,
  );
  console.log(
    "(Microsoft's JavaScript-side dispatch only: parse, InvocationContext, call, buffer; " +
      "the host's own cost per invocation comes on top)",
  );
}
