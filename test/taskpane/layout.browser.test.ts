/**
 * A pane that fits Excel's pane (issue 12, point 5), in headless Chromium against the recording
 * double: every state of the pane at the three sizes Office gives it — 320x455 (Windows), 350x378
 * (the web), 270 wide (Mac's default width) — with a screenshot of each under
 * test-artifacts/taskpane/states/; in every state a language switch leaves no text of the other
 * language, and nothing sits under the Mac personality menu; the main action is visible without
 * scrolling; nothing wraps or clips at 270 px; forced colors and the Office theme are honoured; and
 * the page opened outside Office reports no Content-Security-Policy violation.
 * Pane sizes: https://learn.microsoft.com/javascript/api/office/office.taskpane (default widths) and
 * the personality menu: https://learn.microsoft.com/office/dev/add-ins/design/content-add-ins#personality-menu
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { USER_ERRORS } from "../../src/excel/userError";
import { STRINGS } from "../../src/ui/strings";
import {
  ARTIFACTS,
  buildBrowserDouble,
  ensureDist,
  launch,
  openPane,
  serve,
  unfoldSettings,
  type PaneConfig,
} from "./harness";

jest.setTimeout(300000);

const SIZES = [
  { name: "windows", width: 320, height: 455 },
  { name: "web", width: 350, height: 378 },
  { name: "mac", width: 270, height: 455 },
] as const;
/** The Mac personality menu: 26x26 px floating 8 px from the right and 6 px from the top, so 34x32. */
const CORNER = { width: 34, height: 32 };
const STATES_DIR = path.join(ARTIFACTS, "states");

let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let doubleCode = "";
const pageErrors: string[] = [];

beforeAll(async () => {
  const dist = await ensureDist();
  doubleCode = await buildBrowserDouble();
  server = await serve(dist);
  browser = await launch({ width: 320, height: 455 });
  context = browser.context;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  fs.mkdirSync(STATES_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

async function open(config: PaneConfig): Promise<Page> {
  const page = await openPane(context, server.url, config, doubleCode);
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  // Settled: the background read found the period (or, in an empty workbook, found nothing).
  await page.waitForFunction(
    (empty) => empty || /\d/.test(document.getElementById("summary-period")?.textContent ?? ""),
    config.workbook === "empty",
    { timeout: 20000 },
  );
  return page;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Pieces of English the pane can show: the catalogue's and the adapter's messages, cut at their slots. */
const ENGLISH_PIECES = [...Object.values(STRINGS.en), ...Object.values(USER_ERRORS).map((m) => m.en)]
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.length >= 8 && /[a-z]{3}/.test(piece))
  .filter((piece) => !Object.values(STRINGS.vi).some((vi) => vi.includes(piece)));

/**
 * Visible text in the wrong language: Vietnamese letters in the English pane (except whole texts the
 * English catalogue gives: the help names the Vietnamese column headers), or a piece of an English
 * message in the Vietnamese pane. Data is no language: the workbook's sheet names, cell addresses
 * ('Dữ liệu'!H5) and the languages' own names ("Tiếng Việt") are taken out of a text before it is
 * judged. Elements marked lang= the other language, code and the paragraph box (its language is its
 * own, rewritten separately) are left out.
 */
async function otherLanguage(page: Page, lang: "vi" | "en"): Promise<string[]> {
  const allowedVi = Object.values(STRINGS.en).filter((t) => VIETNAMESE.test(t));
  const sheets = await page.evaluate(() =>
    (window as unknown as { __ctProbe: { sheetNames(): string[] } }).__ctProbe.sheetNames(),
  );
  const data = [...sheets, "Tiếng Việt", "English"].sort((a, b) => b.length - a.length);
  return page.evaluate(
    ([mode, pattern, allowed, english, names]) => {
      const re = new RegExp(pattern, "i");
      const words = (text: string): string => {
        // Addresses, and cell text a message quotes ("hàng tháng"), are the officer's data.
        let out = text
          .replace(/'[^']*'!\$?[A-Z]+\$?\d+/g, "")
          .replace(/\b[A-Z]+\d+\b/g, "")
          .replace(/"[^"]*"|“[^”]*”/g, "");
        for (const name of names) out = out.split(name).join("");
        return out;
      };
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? "").trim();
        const parent = n.parentElement;
        if (!text || !parent || parent.closest("code, .fn, textarea")) continue;
        const option = parent.closest("option");
        const visible = option ? option.parentElement!.checkVisibility() : parent.checkVisibility();
        if (!visible) continue;
        const marked = parent.closest("[lang]")?.getAttribute("lang");
        if (mode === "en") {
          if (marked === "vi" || allowed.includes(text)) continue;
          if (re.test(words(text))) found.push(text);
        } else {
          if (marked === "en") continue;
          if (english.some((piece) => words(text).includes(piece))) found.push(text);
        }
      }
      for (const el of Array.from(document.querySelectorAll<HTMLElement>("[aria-label], [title]"))) {
        if (!el.checkVisibility()) continue;
        for (const attr of ["aria-label", "title"]) {
          const v = el.getAttribute(attr) ?? "";
          if (mode === "en" && re.test(words(v)) && el.getAttribute("lang") !== "vi" && !allowed.includes(v))
            found.push(v);
          // The language button names the other language on purpose ("Switch … to English").
          if (mode === "vi" && el.id !== "lang-switch" && english.some((p) => words(v).includes(p))) found.push(v);
        }
      }
      return found;
    },
    [lang, VIETNAMESE.source, allowedVi, ENGLISH_PIECES, data] as const,
  );
}

/** Interactive elements and text that overlap the top-right personality-menu corner. */
async function underCorner(page: Page): Promise<string[]> {
  return page.evaluate((corner) => {
    const w = document.documentElement.clientWidth;
    const hit = (r: DOMRect): boolean =>
      r.width > 0 && r.height > 0 && r.right > w - corner.width && r.left < w && r.top < corner.height && r.bottom > 0;
    const found: string[] = [];
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>("button, a, input, select, textarea, [role=tab], [tabindex]"),
    ))
      if (el.checkVisibility() && hit(el.getBoundingClientRect())) found.push(`#${el.id || el.tagName}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n.textContent ?? "").trim() || !n.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if (Array.from(range.getClientRects()).some(hit)) found.push((n.textContent ?? "").trim());
    }
    return found;
  }, CORNER);
}

/** Screenshot the viewport at every size, then check the corner at each. */
async function shootAll(page: Page, state: string, lang: "vi" | "en"): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(STATES_DIR, `${state}-${lang}-${size.width}x${size.height}.png`) });
    expect({ size: size.name, under: await underCorner(page) }).toEqual({ size: size.name, under: [] });
  }
  await page.setViewportSize({ width: 320, height: 455 });
}

async function switchLanguage(page: Page, to: "vi" | "en"): Promise<void> {
  await page.click("#lang-switch");
  await page.waitForFunction((l) => document.documentElement.lang === l, to);
  // A paragraph rewrite in the new language may be on its way: let it land.
  await page.waitForFunction((l) => {
    const status = document.getElementById("paragraph-status")?.textContent ?? "";
    return !/Đang viết lại|Rewriting/.test(status) || document.documentElement.lang !== l;
  }, to);
}

interface State {
  name: string;
  config: PaneConfig;
  /** Bring the freshly opened pane (speaking Vietnamese) into the state. */
  enter(page: Page): Promise<void>;
}

const STATES: State[] = [
  { name: "01-start", config: { displayLanguage: "vi-VN", workbook: "sample" }, enter: async () => undefined },
  {
    name: "02-settings-open",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: (page) => unfoldSettings(page),
  },
  {
    name: "03-settings-saved",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await unfoldSettings(page);
      await page.selectOption("#method", "runrate");
      await page.waitForFunction(() => (document.getElementById("settings-status")?.textContent ?? "") !== "");
    },
  },
  {
    name: "04-year-refused",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await unfoldSettings(page);
      await page.selectOption("#period-mode", "manual");
      await page.fill("#year", "20133");
      await page.press("#year", "Tab");
      await page.waitForSelector("#year[aria-invalid=true]");
    },
  },
  {
    name: "05-in-progress",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await page.evaluate(() => (window as unknown as { __ctProbe: { hold(): void } }).__ctProbe.hold());
      await page.click("#run");
      await page.waitForSelector("#run-progress", { state: "visible" });
      await page.waitForFunction(() => (window as unknown as { __ctProbe: { held(): number } }).__ctProbe.held() > 0);
    },
  },
  {
    name: "06-done",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await page.click("#run");
      await page.waitForSelector("#result-sheet");
    },
  },
  {
    name: "07-copied",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await page.click("#run");
      await page.waitForSelector("#result-sheet");
      await page.click("#copy");
      await page.waitForFunction(() => (document.getElementById("paragraph-status")?.textContent ?? "") !== "");
    },
  },
  {
    name: "08-failed",
    config: { displayLanguage: "vi-VN", workbook: "empty" },
    enter: async (page) => {
      await page.click("#run");
      await page.waitForSelector("#run-error");
    },
  },
  {
    name: "09-ribbon-result",
    config: {
      displayLanguage: "vi-VN",
      workbook: "sample",
      lastOutcome: {
        type: "report-done",
        sheetName: "BC 6T-2013",
        indicatorCount: 7,
        problems: [],
        paragraph: "Đoạn văn của nút trên thanh công cụ.",
        year: 2013,
        month: 6,
        lang: "vi",
      },
    },
    enter: (page) => page.waitForSelector("#result-sheet").then(() => undefined),
  },
  {
    name: "10-check-problems",
    config: { displayLanguage: "vi-VN", workbook: "bad" },
    enter: async (page) => {
      await page.click("#tab-check");
      await page.waitForSelector("#problem-list li");
      await page.click("#problem-list button");
      await page.waitForFunction(() => (document.getElementById("check-status")?.textContent ?? "") !== "");
    },
  },
  {
    name: "11-check-failed",
    config: { displayLanguage: "vi-VN", workbook: "empty" },
    enter: async (page) => {
      await page.click("#tab-check");
      await page.waitForSelector("#check-error");
    },
  },
  {
    name: "12-help",
    config: { displayLanguage: "vi-VN", workbook: "sample" },
    enter: async (page) => {
      await page.click("#tab-help");
      await page.waitForSelector("#help-functions");
    },
  },
];

describe("every state of the pane, at 320x455, 350x378 and 270 wide", () => {
  it.each(STATES.map((s) => [s.name, s] as const))(
    "%s: screenshots in both languages, no text of the other language after a switch, nothing under the personality menu",
    async (_name, state) => {
      const page = await open(state.config);
      await state.enter(page);
      expect(await otherLanguage(page, "vi")).toEqual([]);
      await shootAll(page, state.name, "vi");
      await switchLanguage(page, "en");
      expect(await otherLanguage(page, "en")).toEqual([]);
      await shootAll(page, state.name, "en");
      await switchLanguage(page, "vi");
      expect(await otherLanguage(page, "vi")).toEqual([]);
      if (state.name === "05-in-progress")
        await page.evaluate(() => (window as unknown as { __ctProbe: { release(): void } }).__ctProbe.release());
      await page.close();
    },
  );

  it("finds text of the other language when there is some (the check can fail)", async () => {
    const page = await open({ displayLanguage: "en-US", workbook: "sample" });
    await page.$eval("#run-status", (p) => (p.textContent = "Không tạo được báo cáo"));
    expect(await otherLanguage(page, "en")).toEqual(["Không tạo được báo cáo"]);
    await switchLanguage(page, "vi");
    await page.$eval("#run-status", (p) => (p.textContent = "The report could not be made"));
    expect(await otherLanguage(page, "vi")).toEqual(["The report could not be made"]);
    await page.$eval("#tabs", (t) => {
      const b = document.createElement("button");
      b.textContent = "x";
      b.style.position = "fixed";
      b.style.right = "4px";
      b.style.top = "4px";
      t.appendChild(b);
    });
    expect(await underCorner(page)).toEqual(["#BUTTON", "x"]);
    await page.close();
  });
});

describe("the main action", () => {
  it.each([
    ["vi-VN", 320, 455],
    ["vi-VN", 350, 378],
    ["en-US", 320, 455],
    ["en-US", 350, 378],
  ] as const)(
    "is visible without scrolling in %s at %dx%d, with the summary of source, period and method and the settings one click away",
    async (displayLanguage, width, height) => {
      const page = await open({ displayLanguage, workbook: "sample" });
      await page.setViewportSize({ width, height });
      const lang = displayLanguage === "vi-VN" ? "vi" : "en";
      const inView = async (selector: string): Promise<boolean> =>
        page.$eval(selector, (el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
        });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const selector of ["#run", "#summary-source", "#summary-period", "#summary-method", "#settings-toggle"])
        expect([selector, await inView(selector)]).toEqual([selector, true]);
      expect(await page.textContent("#run")).toBe(STRINGS[lang]["run.button"]);
      const auto = lang === "vi" ? "Tự động (9/2013)" : "Automatic (9/2013)";
      expect(await page.textContent("#summary-period")).toBe(STRINGS[lang]["summary.period"].replace("{period}", auto));
      expect(await page.textContent("#summary-method")).toBe(
        STRINGS[lang]["summary.method"].replace("{method}", STRINGS[lang]["settings.method.seasonal"]),
      );
      expect(await page.textContent("#summary-source")).toMatch(
        new RegExp(`^${STRINGS[lang]["summary.source"].replace("{source}", "")}.+`),
      );
      // One click unfolds the settings, and the summary follows what the form says.
      expect(await page.isHidden("#settings-form")).toBe(true);
      await page.click("#settings-toggle");
      expect(await page.getAttribute("#settings-toggle", "aria-expanded")).toBe("true");
      expect(await page.isVisible("#settings-form")).toBe(true);
      await page.selectOption("#method", "runrate");
      await page.waitForFunction(
        (text) => document.getElementById("summary-method")?.textContent === text,
        STRINGS[lang]["summary.method"].replace("{method}", STRINGS[lang]["settings.method.runrate"]),
      );
      await page.click("#settings-toggle");
      expect(await page.isHidden("#settings-form")).toBe(true);
      await page.close();
    },
  );
});

describe("at 270 px (Excel on Mac)", () => {
  it.each(["vi-VN", "en-US"])("nothing wraps or is clipped in %s, on any tab", async (displayLanguage) => {
    const page = await open({ displayLanguage, workbook: "sample" });
    await page.setViewportSize({ width: 270, height: 455 });
    for (const tab of ["#tab-report", "#tab-check", "#tab-help"]) {
      await page.click(tab);
      const report = await page.evaluate(() => {
        const lines = (el: Element): number => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
        };
        const out: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) out.push(`page overflows by ${doc.scrollWidth - doc.clientWidth}px`);
        const tops = new Set(
          Array.from(document.querySelectorAll("[role=tab]")).map((t) => Math.round(t.getBoundingClientRect().top)),
        );
        if (tops.size !== 1) out.push("the tabs wrap onto two rows");
        for (const el of Array.from(
          document.querySelectorAll<HTMLElement>("[role=tab], #lang-switch, #app-title, #run, #settings-toggle"),
        )) {
          if (!el.checkVisibility()) continue;
          const r = el.getBoundingClientRect();
          if (lines(el) > 1) out.push(`#${el.id} wraps`);
          if (el.scrollWidth > el.clientWidth + 1) out.push(`#${el.id} is clipped`);
          if (r.left < 0 || r.right > doc.clientWidth) out.push(`#${el.id} is outside the pane`);
        }
        return out;
      });
      expect([tab, report]).toEqual([tab, []]);
    }
    await page.close();
  });
});

describe("high contrast and the Office theme", () => {
  it("follows forced colors: system colours, a border on every button, Highlight under the chosen tab", async () => {
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: "active" });
    await page.close();
    const pane = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await pane.emulateMedia({ forcedColors: "active" });
    const look = await pane.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "Highlight";
      document.body.appendChild(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const run = getComputedStyle(document.getElementById("run")!);
      const tab = getComputedStyle(document.querySelector("[role=tab][aria-selected=true]")!);
      return {
        forced: matchMedia("(forced-colors: active)").matches,
        runBorder: `${run.borderTopStyle} ${run.borderTopWidth}`,
        tabLine: tab.borderBottomColor === highlight,
      };
    });
    expect(look).toEqual({ forced: true, runBorder: "solid 1px", tabLine: true });
    await pane.screenshot({ path: path.join(STATES_DIR, "forced-colors-vi-320x455.png") });
    await pane.close();
  });

  it("takes the Office theme at load: a dark theme's background, text and dark mark", async () => {
    const pane = await open({
      displayLanguage: "vi-VN",
      workbook: "sample",
      officeTheme: {
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#333333",
        controlForegroundColor: "#F0F0F0",
      },
    });
    const look = await pane.evaluate(() => ({
      theme: document.documentElement.getAttribute("data-theme"),
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      card: getComputedStyle(document.querySelector("section.card")!).backgroundColor,
    }));
    expect(look).toEqual({
      theme: "dark",
      body: "rgb(38, 38, 38)",
      text: "rgb(255, 255, 255)",
      card: "rgb(51, 51, 51)",
    });
    await pane.screenshot({ path: path.join(STATES_DIR, "office-dark-theme-vi-320x455.png") });
    await pane.close();
  });

  it("keeps its own light look where Office gives no theme (the web)", async () => {
    const pane = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    expect(await pane.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBeNull();
    expect(await pane.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(250, 250, 250)");
    await pane.close();
  });
});

describe("opened outside Office", () => {
  it("says to open it in Excel, with no Content-Security-Policy violation in the console", async () => {
    const page = await context.newPage();
    const console: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text())) console.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(server.url + "taskpane.html");
    await page.waitForSelector("#loading:not([hidden])");
    await page.waitForFunction(() => (document.getElementById("loading")?.textContent ?? "") !== "");
    // office.js sets up its telemetry frame a moment after loading.
    await page.waitForTimeout(3000);
    // In the browser's language (Chromium here speaks en-US; an officer's Edge may speak vi-VN).
    expect([STRINGS.vi["app.noOffice"], STRINGS.en["app.noOffice"]]).toContain(await page.textContent("#loading"));
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // The harness refuses every request that leaves localhost (office.js' telemetry frame among them):
    // a refused load is not a policy violation, and the console says nothing about the policy.
    expect(console.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await page.screenshot({ path: path.join(STATES_DIR, "outside-office-vi-320x455.png") });
    await page.close();
  });
});

describe("the help page (the manifest's SupportUrl and LearnMoreUrl)", () => {
  it("shows what the add-in does, the layout, every CT function, the Excel versions and whom to ask, in the asked language", async () => {
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.setViewportSize({ width: 320, height: 455 });
    await page.goto(server.url + "help.html?lang=vi");
    await page.waitForSelector("#help-functions");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.title()).toBe(STRINGS.vi["helpPage.title"]);
    expect(await page.textContent("#intro-heading")).toBe(STRINGS.vi["helpPage.introHeading"]);
    expect(await page.$$eval("#help-functions dt", (n) => n.length)).toBe(10);
    expect(await page.$$eval("#help-columns li", (n) => n.length)).toBe(9);
    expect(await page.getAttribute("#report-link", "href")).toBe("report.html");
    expect(await page.textContent("#contact-heading")).toBe(STRINGS.vi["helpPage.contactHeading"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await page.screenshot({ path: path.join(STATES_DIR, "help-page-vi-320x455.png") });
    await page.click("#lang-switch");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(page.url()).toMatch(/help\.html\?lang=en$/);
    expect(await page.textContent("#intro-heading")).toBe(STRINGS.en["helpPage.introHeading"]);
    expect(await otherLanguageOnHelp(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
  });
});

/** Vietnamese left on the English help page, but the column headers the English text names on purpose. */
async function otherLanguageOnHelp(page: Page): Promise<string[]> {
  const allowed = Object.values(STRINGS.en).filter((t) => VIETNAMESE.test(t));
  return page.evaluate(
    ([pattern, ok]) => {
      const re = new RegExp(pattern, "i");
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? "").trim();
        if (!text || n.parentElement?.closest("code, .fn") || ok.includes(text)) continue;
        if (re.test(text.replace(/Tiếng Việt/g, ""))) found.push(text);
      }
      return found;
    },
    [VIETNAMESE.source, allowed] as const,
  );
}
