/**
 * The task pane's browser harness, shared by the browser tests and bench/taskpane.bench.ts:
 * the built dist/ served on 127.0.0.1, Debian's Chromium through playwright-core (never a
 * downloaded browser), the real office.js from npm routed in place of Microsoft's CDN, and a fake
 * Office.context plus the recording Excel double injected before any page script runs.
 * Paths are taken from the working directory (the repository root), so the same code runs from
 * test/ under jest and from build-ts/ under the bench.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureDist as ensureProjectDist } from "../build/distBuild";

export const ROOT = process.cwd();
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_URL = OFFICE_CDN + "office.js";
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "taskpane");
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

type WebpackConfig = Record<string, unknown>;

/** Run webpack's node API on a configuration; rejects with the compiler's errors. */
export async function runWebpack(config: WebpackConfig | WebpackConfig[]): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(path.join(ROOT, "node_modules", "webpack")) as (c: unknown) => {
    run(cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: unknown): string }) => void): void;
    close(cb: () => void): void;
  };
  const compiler = webpack(config);
  await new Promise<void>((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

/**
 * The built add-in: CT_TASKPANE_DIST when set; otherwise dist/ as `npm run build` leaves it, built
 * first when missing or older than src/ (test/build/distBuild.ts: the project's webpack.config.js,
 * one build at a time across jest workers). Without a webpack.config.js, the page alone is built.
 */
export async function ensureDist(): Promise<string> {
  const override = process.env.CT_TASKPANE_DIST;
  if (override) return override;
  if (!fs.existsSync(path.join(ROOT, "webpack.config.js"))) return buildFallback();
  return ensureProjectDist();
}

/**
 * Without the project's webpack.config.js (not written yet), build the page alone, the way the
 * project's build does (ts-loader, html-webpack-plugin on taskpane.html, source maps without eval),
 * into test-artifacts/taskpane/dist so dist/ is left to the real build.
 */
async function buildFallback(): Promise<string> {
  const out = path.join(ARTIFACTS, "dist");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const HtmlWebpackPlugin = require(path.join(ROOT, "node_modules", "html-webpack-plugin")) as new (
    o: unknown,
  ) => unknown;
  await runWebpack({
    mode: "development",
    devtool: "source-map",
    context: ROOT,
    entry: { taskpane: path.join(ROOT, "src", "taskpane", "taskpane.ts") },
    output: { path: out, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    resolveLoader: { modules: [path.join(ROOT, "node_modules")] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(ROOT, "src", "taskpane", "taskpane.html"),
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
    ],
  });
  return out;
}

/** The recording double and fake Office bundled for the browser (test/taskpane/browserEntry.ts). */
export async function buildBrowserDouble(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-double-"));
  await runWebpack({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, "test", "taskpane", "browserEntry.ts"),
    output: { path: outDir, filename: "double.js" },
    resolve: { extensions: [".ts", ".js"] },
    resolveLoader: { modules: [path.join(ROOT, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "commonjs" } },
        },
      ],
    },
    target: "web",
  });
  const code = fs.readFileSync(path.join(outDir, "double.js"), "utf8");
  fs.rmSync(outDir, { recursive: true, force: true });
  return code;
}

/** A static file server over `dir` on 127.0.0.1 (random port). */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const file = path.join(dir, path.normalize(rel === "/" ? "/taskpane.html" : rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    res.setHeader("content-type", TYPES[path.extname(file)] ?? "application/octet-stream");
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser with a fresh user-data-dir, every request routed: localhost passes, office.js from npm, the rest refused and logged. */
export async function launch(viewport = { width: 320, height: 900 }): Promise<{
  context: BrowserContext;
  requests: string[];
  refused: string[];
  close(): Promise<void>;
}> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    viewport,
  });
  const requests: string[] = [];
  const refused: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, path.normalize(url.slice(OFFICE_CDN.length).split("?")[0] ?? ""));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) {
        await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
        return;
      }
    } else if (/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) || url.startsWith("data:")) {
      await route.continue();
      return;
    }
    refused.push(url);
    await route.abort("blockedbyclient");
  });
  return {
    context,
    requests,
    refused,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What the fake Office and the double start with. */
export interface PaneConfig {
  displayLanguage: string;
  /** Office document settings the workbook already holds. */
  settings?: Record<string, unknown>;
  /** Which workbook the double holds: the sample data, a workbook of bad data, nothing, or the sample and a template sheet ("Mẫu"). */
  workbook?: "sample" | "bad" | "empty" | "template" | "many";
  /** What a ribbon command published before the pane opened (globalThis.__ctLastOutcome). */
  lastOutcome?: unknown;
  /** Office.context.officeTheme (desktop Excel gives it; absent on the web). */
  officeTheme?: Record<string, string>;
}

/** Installs the fake Office.context (display language, document settings) before office.js runs. */
function installFakeOffice(config: PaneConfig): void {
  const store: Record<string, unknown> = JSON.parse(JSON.stringify(config.settings ?? {}));
  const fake = { config, store, saves: 0, saved: null as Record<string, unknown> | null, clipboard: [] as string[] };
  const settings = {
    get: (name: string) => (name in store ? store[name] : null),
    set: (name: string, value: unknown) => {
      store[name] = value;
    },
    remove: (name: string) => {
      delete store[name];
    },
    saveAsync: (a?: unknown, b?: unknown) => {
      const callback = (typeof a === "function" ? a : b) as ((r: unknown) => void) | undefined;
      fake.saves += 1;
      fake.saved = JSON.parse(JSON.stringify(store));
      setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
    },
    refreshAsync: (callback?: (r: unknown) => void) => setTimeout(() => callback?.({ status: "succeeded" }), 0),
    addHandlerAsync: (_t: unknown, _h: unknown, _o?: unknown, cb?: (r: unknown) => void) =>
      cb?.({ status: "succeeded" }),
  };
  const context = {
    displayLanguage: config.displayLanguage,
    contentLanguage: config.displayLanguage,
    document: { settings },
    requirements: { isSetSupported: () => true },
    ...(config.officeTheme ? { officeTheme: config.officeTheme } : {}),
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0" },
  };
  const w = window as unknown as Record<string, unknown>;
  w.__ctConfig = config;
  if (config.lastOutcome !== undefined) w.__ctLastOutcome = config.lastOutcome;
  const violations: string[] = [];
  w.__ctCspViolations = violations;
  document.addEventListener("securitypolicyviolation", (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  w.__ctFake = fake;
  // office.js defines its own Office.context (empty outside Office): pin ours again whenever the
  // global is assigned and after every script has run, before the page's bundles read it.
  let office: unknown;
  const pin = (): void => {
    if (office && typeof office === "object") {
      // The double's context (set by its bundle, injected next) when there is one, else this one.
      const current = (): unknown => {
        const c = (w.__ctOfficeContext ?? context) as Record<string, unknown>;
        if (config.officeTheme && !c.officeTheme) c.officeTheme = config.officeTheme;
        return c;
      };
      Object.defineProperty(office, "context", { configurable: true, get: current, set: () => undefined });
      // The ribbon's handlers (commands bundle, same page: the shared runtime) register with the
      // double's Office.actions, so a test can click "Tạo báo cáo" by calling the handler.
      // office.js writes its own functions onto Office.actions (associate, _association): a shield
      // keeps the double's functions and lets office.js keep its other fields beside them.
      for (const key of ["actions", "addin"]) {
        const original = (w.__ctOffice as Record<string, Record<string, unknown>> | undefined)?.[key];
        if (!original) continue;
        const extra: Record<string | symbol, unknown> = {};
        const shield = new Proxy(extra, {
          get: (_t, k) => (typeof k === "string" && k in original ? original[k] : extra[k]),
          set: (_t, k, v) => {
            if (!(typeof k === "string" && k in original)) extra[k] = v;
            return true;
          },
        });
        Object.defineProperty(office, key, { configurable: true, get: () => shield, set: () => undefined });
      }
    }
  };
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => office,
    set: (value: unknown) => {
      office = value;
      pin();
    },
  });
  document.addEventListener("load", (e) => (e.target instanceof HTMLScriptElement ? pin() : undefined), true);
  document.addEventListener("DOMContentLoaded", pin, true);
}

/** Open the pane in a new page and wait until its main action, "Tạo báo cáo", is visible. */
export async function openPane(
  context: BrowserContext,
  baseUrl: string,
  config: PaneConfig,
  doubleCode: string | null,
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(installFakeOffice, config);
  if (doubleCode) await page.addInitScript({ content: doubleCode });
  await page.goto(baseUrl + "taskpane.html");
  await page.waitForSelector("#run", { state: "visible", timeout: 20000 });
  return page;
}

/** Unfold the settings under the report button (one click), if they are folded. */
export async function unfoldSettings(page: Page): Promise<void> {
  if (await page.isHidden("#settings-card")) await page.click("#settings-toggle");
  await page.waitForSelector("#settings-form", { state: "visible" });
}

/** Save a screenshot of the page's state as a test artifact. */
export async function snap(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
