/**
 * The built task pane in headless Chromium, against the recording Excel double (issue 4, point 8).
 * Every state is saved as a screenshot under test-artifacts/taskpane/; the assertions read the DOM.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { STRINGS } from "../../src/ui/strings";
import {
  buildBrowserDouble,
  ensureDist,
  launch,
  OFFICE_CDN,
  OFFICE_JS_URL,
  openPane,
  serve,
  snap,
  unfoldSettings,
  type PaneConfig,
} from "./harness";

jest.setTimeout(120000);

let distDir = "";
let doubleCode = "";
let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
const pageErrors: string[] = [];

async function open(config: PaneConfig): Promise<Page> {
  const page = await openPane(context, server.url, config, doubleCode);
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  return page;
}

/** The text of every visible element the catalogue fills. */
async function visibleStrings(page: Page): Promise<{ key: string; text: string }[]> {
  return page.$$eval("[data-i18n]", (nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).offsetParent !== null && n.tagName !== "OPTION")
      .map((n) => ({ key: n.getAttribute("data-i18n") ?? "", text: (n.textContent ?? "").trim() })),
  );
}

async function probe<T>(
  page: Page,
  what: "sheetNames" | "selection" | "activeSheet" | "writes" | "writeLog" | "actions" | "taskpaneShown" | "held",
): Promise<T> {
  return page.evaluate((w) => {
    const p = (window as unknown as { __ctProbe: Record<string, () => unknown> }).__ctProbe;
    return p[w]!();
  }, what) as Promise<T>;
}

/** A probe that takes a sheet name: its used values, or how many of its cells hold a formula. */
async function sheetProbe<T>(page: Page, what: "values" | "formulas", sheet: string): Promise<T> {
  return page.evaluate(
    ([w, name]) => {
      const p = (window as unknown as { __ctProbe: Record<string, (n: string) => unknown> }).__ctProbe;
      return p[w]!(name);
    },
    [what, sheet] as const,
  ) as Promise<T>;
}

/** How many times the document settings were saved. */
async function saves(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __ctFake: { saves: number } }).__ctFake.saves);
}

/** Wait until the saved "ct.settings" holds `value` in `field`, by a save made after `before` saves. */
async function expectSaved(page: Page, before: number, field: string, value: unknown): Promise<void> {
  await page.waitForFunction(
    ([f, v, n]) => {
      const fake = (window as unknown as { __ctFake: { saves: number; saved: Record<string, unknown> | null } })
        .__ctFake;
      const stored = fake.saved?.["ct.settings"] as Record<string, unknown> | undefined;
      return fake.saves > n && stored !== undefined && JSON.stringify(stored[f]) === JSON.stringify(v);
    },
    [field, value, before] as const,
  );
}

/** Vietnamese letters with diacritics (and đ): none may be left in the English pane but on purpose. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Visible text (and every option's) holding Vietnamese letters, except inside an element marked
 * lang="vi" (the "Tiếng Việt" choices) and except whole texts the English catalogue itself gives
 * (the help names the Vietnamese column headers on purpose).
 */
async function vietnameseLeft(page: Page): Promise<string[]> {
  const allowed = Object.values(STRINGS.en).filter((t) => VIETNAMESE.test(t));
  return page.evaluate(
    ([pattern, ok]) => {
      const re = new RegExp(pattern, "i");
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? "").trim();
        const parent = n.parentElement;
        if (!text || !parent || !re.test(text)) continue;
        const option = parent.closest("option");
        const visible = option ? option.parentElement!.checkVisibility() : parent.checkVisibility();
        if (!visible) continue;
        if (parent.closest("[lang]")?.getAttribute("lang") === "vi") continue;
        if (ok.includes(text)) continue;
        found.push(text);
      }
      return found;
    },
    [VIETNAMESE.source, allowed] as const,
  );
}

/** Polls `cond` until it holds (the pane's work is asynchronous), failing after `ms`. */
async function until(cond: () => Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function runReportAndWait(page: Page): Promise<void> {
  await page.click("#run");
  await page.waitForSelector("#result-sheet", { timeout: 20000 });
}

beforeAll(async () => {
  distDir = await ensureDist();
  doubleCode = await buildBrowserDouble();
  server = await serve(distDir);
  browser = await launch();
  context = browser.context;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

describe("the task pane in a browser", () => {
  it("shows the settings form in Vietnamese when Office speaks vi-VN", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.textContent("#tab-report")).toBe(STRINGS.vi["tabs.report"]);
    expect(await page.textContent("#run")).toBe(STRINGS.vi["run.button"]);
    expect(await page.isVisible("#loading")).toBe(false);
    await snap(page, "01-settings-vi");
    await page.close();
  });

  it("shows the period it found in the data as the automatic choice before any report", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.waitForFunction(
      () => document.querySelector("#period-mode option[value=auto]")?.textContent === "Tự động (9/2013)",
    );
    expect(await page.inputValue("#period-mode")).toBe("auto");
    const sources = await page.$$eval("#source option", (o) => o.map((x) => x.textContent));
    expect(sources).toContain("Trang tính: Dữ liệu mẫu");
    await page.close();
  });

  it("makes the report from the keyboard alone", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.focus("#lang-switch");
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "run");
    }
    expect(reached).toBe(true);
    expect(await page.$eval("#run", (b) => getComputedStyle(b).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#result-sheet");
    await page.close();
  });

  it("speaks English when Office's display language is en-US", async () => {
    const page = await open({ displayLanguage: "en-US", workbook: "sample" });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#run")).toBe(STRINGS.en["run.button"]);
    await page.close();
  });

  it("changes every visible string when the language button is pressed", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await unfoldSettings(page);
    const before = await visibleStrings(page);
    expect(before.length).toBeGreaterThan(10);
    for (const { key, text } of before) expect(text).toBe(STRINGS.vi[key as keyof (typeof STRINGS)["vi"]]);
    await page.click("#lang-switch");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const after = await visibleStrings(page);
    expect(after.map((s) => s.key)).toEqual(before.map((s) => s.key));
    for (const { key, text } of after) {
      expect(text).toBe(STRINGS.en[key as keyof (typeof STRINGS)["en"]]);
      if (STRINGS.vi[key as keyof (typeof STRINGS)["vi"]] !== text)
        expect(before.find((b) => b.key === key)?.text).not.toBe(text);
    }
    const options = await page.$$eval("#method option", (o) => o.map((x) => x.textContent));
    expect(options).toEqual(
      ["seasonal", "runrate", "recent", "manual", "auto"].map(
        (m) => STRINGS.en[`settings.method.${m}` as "settings.method.seasonal"],
      ),
    );
    await snap(page, "02-settings-en");
    await page.close();
  });

  it("takes every text of the built page from the catalogue: the HTML itself holds none", async () => {
    const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    const found = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "text/html");
      const texts: string[] = [];
      const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const tag = n.parentElement?.tagName;
        if (tag !== "SCRIPT" && tag !== "STYLE" && (n.textContent ?? "").trim()) texts.push(n.textContent!.trim());
      }
      const attrs: string[] = [];
      for (const e of Array.from(doc.querySelectorAll("[aria-label], [placeholder], [title]"))) {
        for (const a of ["aria-label", "placeholder", "title"])
          if (e.hasAttribute(a) && !e.hasAttribute(`data-i18n-${a}`)) attrs.push(`${e.id || e.tagName} ${a}`);
      }
      const keys = Array.from(doc.querySelectorAll("[data-i18n]")).map((e) => e.getAttribute("data-i18n") ?? "");
      return { texts, attrs, keys };
    }, html);
    expect(found.texts).toEqual([]);
    expect(found.attrs).toEqual([]);
    expect(found.keys.length).toBeGreaterThan(30);
    for (const key of found.keys) expect(Object.keys(STRINGS.vi)).toContain(key);
    expect(await page.title()).toBe(STRINGS.vi["app.title"]);
    await page.close();
  });

  it("leaves no Vietnamese in the English pane, on any tab, after a failure", async () => {
    const page = await open({ displayLanguage: "en-US", workbook: "empty" });
    expect(await vietnameseLeft(page)).toEqual([]);
    await page.click("#run");
    await page.waitForSelector("#run-error");
    expect(await page.textContent("#run-error")).toMatch(/^No data found/);
    expect(await vietnameseLeft(page)).toEqual([]);
    await page.click("#tab-check");
    await page.waitForSelector("#check-error");
    expect(await vietnameseLeft(page)).toEqual([]);
    await page.click("#tab-help");
    await page.waitForSelector("#help-functions");
    expect(await vietnameseLeft(page)).toEqual([]);
    expect(await page.title()).toBe(STRINGS.en["app.title"]);
    // And the check can fail: a Vietnamese label left in the page is found.
    await page.click("#tab-report");
    await page.$eval("#summary-method", (l) => (l.textContent = "Cách ước thực hiện cả năm"));
    expect(await vietnameseLeft(page)).toEqual(["Cách ước thực hiện cả năm"]);
    await page.close();
  });

  it("saves every setting changed through the form in the document settings and shows them again when the workbook is reopened", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "template" });
    await page.waitForSelector('#source option[value="sheet:Dữ liệu mẫu"]', { state: "attached" });
    await page.waitForSelector('#template option[value="Mẫu"]', { state: "attached" });
    await page.waitForFunction(() => /9\/2013/.test(document.querySelector("#period-mode option")?.textContent ?? ""));
    await unfoldSettings(page);
    const change = async (act: () => Promise<unknown>, field: string, value: unknown): Promise<void> => {
      const before = await saves(page);
      await act();
      await expectSaved(page, before, field, value);
    };
    await change(() => page.selectOption("#method", "runrate"), "method", "runrate");
    await change(() => page.check("input[name=comparison][value=growth]"), "comparison", "growth");
    await change(() => page.check("input[name=live][value=false]"), "live", false);
    await change(() => page.selectOption("#number-style", "en"), "numberStyle", "en");
    await change(() => page.selectOption("#percent-decimals", "2"), "percentDecimals", 2);
    await change(() => page.selectOption("#source", "sheet:Dữ liệu mẫu"), "source", "sheet:Dữ liệu mẫu");
    await change(() => page.selectOption("#template", "Mẫu"), "template", "Mẫu");
    await change(() => page.selectOption("#period-mode", "manual"), "year", 2013);
    await change(() => page.selectOption("#month", "6"), "month", 6);
    await change(() => page.selectOption("#period-kind", "quarter"), "periodKind", "quarter");
    expect(await page.textContent("#settings-status")).toBe(STRINGS.vi["settings.saved"]);
    await change(() => page.selectOption("#lang", "en"), "lang", "en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.textContent("#settings-status")).toBe(STRINGS.en["settings.saved"]);
    expect(await page.$$eval("#number-style option", (o) => o.map((x) => x.textContent))).toEqual([
      STRINGS.en["settings.numberStyle.vi"],
      STRINGS.en["settings.numberStyle.en"],
    ]);
    const saved = await page.evaluate(
      () => (window as unknown as { __ctFake: { saved: Record<string, unknown> } }).__ctFake.saved,
    );
    expect(saved["ct.settings"]).toEqual({
      source: "sheet:Dữ liệu mẫu",
      template: "Mẫu",
      year: 2013,
      month: 6,
      method: "runrate",
      comparison: "growth",
      lang: "en",
      live: false,
      numberStyle: "en",
      percentDecimals: 2,
      periodKind: "quarter",
    });
    await page.close();

    const again = await open({ displayLanguage: "vi-VN", workbook: "template", settings: saved });
    expect(await again.getAttribute("html", "lang")).toBe("en");
    expect(await again.inputValue("#method")).toBe("runrate");
    expect(await again.inputValue("#period-kind")).toBe("quarter");
    expect(await again.isChecked("input[name=comparison][value=growth]")).toBe(true);
    expect(await again.isChecked("input[name=live][value=false]")).toBe(true);
    expect(await again.inputValue("#number-style")).toBe("en");
    expect(await again.inputValue("#percent-decimals")).toBe("2");
    expect(await again.inputValue("#source")).toBe("sheet:Dữ liệu mẫu");
    expect(await again.inputValue("#template")).toBe("Mẫu");
    expect(await again.inputValue("#lang")).toBe("en");
    expect(await again.inputValue("#period-mode")).toBe("manual");
    expect(await again.inputValue("#year")).toBe("2013");
    expect(await again.inputValue("#month")).toBe("6");
    await snap(again, "03-settings-saved");
    await again.close();
  });

  it("shows the Vietnamese number style for a workbook saved before the setting existed", async () => {
    const old = { source: null, template: null, year: null, month: null, method: "runrate", comparison: "index" };
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample", settings: { "ct.settings": old } });
    expect(await page.inputValue("#number-style")).toBe("vi");
    expect(await page.inputValue("#method")).toBe("runrate");
    expect(await page.textContent("label[for=number-style]")).toBe(STRINGS.vi["settings.numberStyle"]);
    await page.close();
  });

  it("refuses a year outside 1990-2100 without saving it", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.waitForFunction(() => /9\/2013/.test(document.querySelector("#period-mode option")?.textContent ?? ""));
    await unfoldSettings(page);
    const first = await saves(page);
    await page.selectOption("#period-mode", "manual");
    await expectSaved(page, first, "year", 2013); // the valid year shown is saved at once
    const before = await saves(page);
    await page.fill("#year", "20133");
    await page.press("#year", "Tab");
    expect(await page.getAttribute("#year", "aria-invalid")).toBe("true");
    expect(await page.textContent("#year-error")).toBe(STRINGS.vi["settings.yearInvalid"]);
    // Another change of the form while the year is wrong saves nothing either.
    await page.selectOption("#method", "recent");
    expect(await saves(page)).toBe(before);
    const after = await page.evaluate(() => (window as unknown as { __ctFake: { saved: unknown } }).__ctFake.saved);
    expect(JSON.stringify(after ?? "")).not.toContain("20133");
    expect(JSON.stringify(after ?? "")).not.toContain("recent");
    await page.close();
  });

  it("makes the report with progress, then names the sheet, counts the indicators and opens the sheet", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __statusLog: string[] }).__statusLog = log;
      const status = document.getElementById("run-status")!;
      new MutationObserver(() => log.push(status.textContent ?? "")).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    expect(await page.getAttribute("#run-status", "aria-live")).toBe("polite");
    await runReportAndWait(page);
    const log = await page.evaluate(() => (window as unknown as { __statusLog: string[] }).__statusLog);
    // Progress is spoken (aria-live) before the result: at least one step, then "Xong."
    expect(log.length).toBeGreaterThanOrEqual(2);
    const steps = [
      STRINGS.vi["run.busy"],
      STRINGS.vi["run.step.read"],
      STRINGS.vi["run.step.build"],
      STRINGS.vi["run.step.write"],
    ];
    expect(steps).toContain(log[0]);
    expect(log[log.length - 1]).toBe(STRINGS.vi["run.step.done"]);
    const sheetText = (await page.textContent("#result-sheet")) ?? "";
    const sheetName = sheetText.replace(/^[^:]*:\s*/, "");
    expect(sheetName).toMatch(/^BC 9T-2013/);
    expect(await probe<string[]>(page, "sheetNames")).toContain(sheetName);
    expect(await page.textContent("#result-count")).toMatch(/^Số chỉ tiêu: [1-9]\d*$/);
    expect(await page.textContent("#period-mode option[value=auto]")).toBe("Tự động (9/2013)");
    await snap(page, "04-report-result");
    await page.click("#open-sheet");
    await page.waitForFunction((name) => {
      const p = (window as unknown as { __ctProbe: { activeSheet(): string | null } }).__ctProbe;
      return p.activeSheet() === name;
    }, sheetName);
    await page.close();
  });

  it("shows the report in progress: the bar, the step being done and a button that cannot be pressed twice", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.waitForFunction(() => /9\/2013/.test(document.querySelector("#period-mode option")?.textContent ?? ""));
    expect(await page.isHidden("#run-progress")).toBe(true);
    await page.evaluate(() => (window as unknown as { __ctProbe: { hold(): void } }).__ctProbe.hold());
    await page.click("#run");
    await page.waitForSelector("#run-progress", { state: "visible" });
    await page.waitForFunction(() => (window as unknown as { __ctProbe: { held(): number } }).__ctProbe.held() > 0);
    expect(await page.textContent("#run-status")).toBe(STRINGS.vi["run.step.read"]);
    expect(await page.isDisabled("#run")).toBe(true);
    expect(await page.getAttribute("#run", "aria-busy")).toBe("true");
    expect(await page.getAttribute("#run-progress", "aria-label")).toBe(STRINGS.vi["run.progressLabel"]);
    expect(await probe<string[]>(page, "sheetNames")).toEqual(["Dữ liệu mẫu"]);
    await snap(page, "04a-report-in-progress");
    await page.evaluate(() => (window as unknown as { __ctProbe: { release(): void } }).__ctProbe.release());
    await page.waitForSelector("#result-sheet");
    expect(await page.isHidden("#run-progress")).toBe(true);
    expect(await page.isEnabled("#run")).toBe(true);
    expect(await page.textContent("#run-status")).toBe(STRINGS.vi["run.step.done"]);
    await page.close();
  });

  it("makes a report of values with growth columns once the officer chooses them in the form", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    const hasGrowth = (rows: unknown[][]): boolean =>
      rows.some((r) => r.some((v) => typeof v === "string" && /tăng\/giảm/i.test(v)));
    // The defaults first: live formulas and index columns.
    await runReportAndWait(page);
    expect(await page.textContent("#result-sheet")).toBe("Trang: BC 9T-2013");
    expect(await sheetProbe<number>(page, "formulas", "BC 9T-2013")).toBeGreaterThan(0);
    expect(hasGrowth(await sheetProbe<unknown[][]>(page, "values", "BC 9T-2013"))).toBe(false);
    await unfoldSettings(page);
    let before = await saves(page);
    await page.check("input[name=live][value=false]");
    await expectSaved(page, before, "live", false);
    before = await saves(page);
    await page.check("input[name=comparison][value=growth]");
    await expectSaved(page, before, "comparison", "growth");
    await page.click("#run");
    // A second run of the same period replaces the unedited report sheet it made (issue 18, point 7).
    await until(async () => (await sheetProbe<number>(page, "formulas", "BC 9T-2013")) === 0);
    expect(await page.textContent("#result-sheet")).toBe("Trang: BC 9T-2013");
    expect(await probe<string[]>(page, "sheetNames")).not.toContain("BC 9T-2013 (2)");
    const values = await sheetProbe<unknown[][]>(page, "values", "BC 9T-2013");
    expect(hasGrowth(values)).toBe(true);
    expect(values.flat().filter((v) => typeof v === "number").length).toBeGreaterThan(20);
    await page.close();
  });

  it("shows the paragraph, keeps the officer's edit and copies it with one button", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    expect(await page.isDisabled("#copy")).toBe(true);
    await runReportAndWait(page);
    const paragraph = await page.inputValue("#paragraph");
    expect(paragraph).toMatch(/giá trị sản xuất công nghiệp/i);
    expect(paragraph).toMatch(/tăng 5,2% so với cùng kỳ/);
    const edited = paragraph + " Đã sửa tay.";
    await page.fill("#paragraph", edited);
    await page.click("#copy");
    await page.waitForSelector(`#paragraph-status:has-text("${STRINGS.vi["paragraph.copied"]}")`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    await snap(page, "05-paragraph-copied");
    await page.close();
  });

  it("copies with the textarea fallback when the Clipboard API is missing", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await runReportAndWait(page);
    await page.fill("#paragraph", "Đoạn văn thử <b>không phải HTML</b>");
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      document.execCommand = (command: string) => {
        const active = document.activeElement as HTMLTextAreaElement | null;
        if (command === "copy" && active) copied.push(active.value.slice(active.selectionStart, active.selectionEnd));
        return command === "copy";
      };
    });
    await page.click("#copy");
    expect(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).toEqual([
      "Đoạn văn thử <b>không phải HTML</b>",
    ]);
    expect(await page.textContent("#paragraph-status")).toBe(STRINGS.vi["paragraph.copied"]);
    await page.close();
  });

  it("rewrites the paragraph in the other language after a language change, with no new sheet and no write", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await runReportAndWait(page);
    const sheets = await probe<string[]>(page, "sheetNames");
    const writes = await probe<number>(page, "writes");
    await page.click("#lang-switch");
    await page.waitForFunction(() =>
      /Industrial production/i.test((document.getElementById("paragraph") as HTMLTextAreaElement).value),
    );
    await page.waitForSelector(`#paragraph-status:has-text("${STRINGS.en["paragraph.rewritten"]}")`);
    expect(await page.isHidden("#regenerate")).toBe(true);
    expect(await probe<string[]>(page, "sheetNames")).toEqual(sheets); // data and the one report: no second sheet
    expect(await probe<number>(page, "writes")).toBe(writes);
    // And back: Vietnamese again, still without a write.
    await page.click("#lang-switch");
    await page.waitForFunction(() =>
      /^Chỉ số sản xuất công nghiệp \(IIP, 2010 = 100\) tháng 9\/2013/.test(
        (document.getElementById("paragraph") as HTMLTextAreaElement).value,
      ),
    );
    expect(await probe<number>(page, "writes")).toBe(writes);
    await snap(page, "06-paragraph-en");
    await page.close();
  });

  it("keeps a paragraph the officer edited when the language changes, and replaces it only on the button", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await runReportAndWait(page);
    const writes = await probe<number>(page, "writes");
    const edited = (await page.inputValue("#paragraph")) + " Đã sửa tay.";
    await page.fill("#paragraph", edited);
    await page.click("#lang-switch");
    await page.waitForSelector("#regenerate", { state: "visible" });
    expect(await page.textContent("#regenerate")).toBe(STRINGS.en["paragraph.replace"]);
    expect(await page.textContent("#paragraph-status")).toBe(STRINGS.en["paragraph.editedOtherLang"]);
    expect(await page.inputValue("#paragraph")).toBe(edited);
    await snap(page, "06b-paragraph-edited-kept");
    await page.click("#regenerate");
    await page.waitForFunction(() =>
      /Industrial production/i.test((document.getElementById("paragraph") as HTMLTextAreaElement).value),
    );
    expect(await page.isHidden("#regenerate")).toBe(true);
    expect(await page.textContent("#paragraph-status")).toBe(STRINGS.en["paragraph.rewritten"]);
    expect(await probe<string[]>(page, "sheetNames")).toHaveLength(2);
    expect(await probe<number>(page, "writes")).toBe(writes);
    await page.close();
  });

  it("remembers the data sheet it had to search for and says so", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await runReportAndWait(page);
    // The report sheet is active now: the next run must search for the data, then remembers it.
    expect(await page.isHidden("#result-source")).toBe(true);
    await page.click("#run");
    await page.waitForSelector("#result-source");
    // The unedited report of the same period is replaced, not doubled (issue 18, point 7).
    expect(await page.textContent("#result-sheet")).toBe("Trang: BC 9T-2013");
    expect(await page.textContent("#result-source")).toBe(
      STRINGS.vi["run.sourceSaved"].replace("{name}", "Trang tính: Dữ liệu mẫu"),
    );
    await page.waitForFunction(() => (document.getElementById("source") as HTMLSelectElement).value !== "");
    expect(await page.inputValue("#source")).toBe("sheet:Dữ liệu mẫu");
    const stored = await page.evaluate(
      () => (window as unknown as { __ctFake: { store: Record<string, { source?: unknown }> } }).__ctFake.store,
    );
    expect(stored["ct.settings"]?.source).toBe("sheet:Dữ liệu mẫu");
    await page.close();
  });

  it("lists the problems of a bad workbook with their cells, counts them, and selects a cell on click", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "bad" });
    const dataBefore = await sheetProbe<unknown[][]>(page, "values", "Dữ liệu");
    const writesBefore = await probe<string[]>(page, "writeLog");
    await page.click("#tab-check");
    await page.waitForSelector("#problem-list li", { timeout: 20000 });
    // The check changes nothing: no write, the data as it was (the officer decides).
    expect(await probe<string[]>(page, "writeLog")).toEqual(writesBefore);
    expect(await sheetProbe<unknown[][]>(page, "values", "Dữ liệu")).toEqual(dataBefore);
    expect(dataBefore.flat()).toContain("2.310,5");
    // Indicators by kind: GTSX (cộng dồn), CPI (bình quân); XK's kind "hàng tháng" is unknown.
    const kinds = await page.$$eval("#count-kind li", (lis) =>
      lis.map((li) => [li.getAttribute("data-kind"), Number((li.textContent ?? "").replace(/^.*:\s*/, ""))]),
    );
    expect(kinds).toEqual([
      ["flow", 1],
      ["index", 1],
      ["level", 0],
    ]);
    expect(await page.textContent("#count-kind li[data-kind=flow]")).toBe(`${STRINGS.vi["check.kind.flow"]}: 1`);
    const items = await page.$$eval("#problem-list li", (lis) =>
      lis.map((li) => ({
        severity: li.getAttribute("data-severity"),
        address: li.querySelector("[data-address]")?.getAttribute("data-address") ?? "",
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    const severities = await page.$$eval("#count-severity li", (lis) => lis.map((li) => li.textContent));
    expect(severities).toHaveLength(3);
    const total = severities.reduce((sum, s) => sum + Number((s ?? "").replace(/^.*:\s*/, "")), 0);
    expect(total).toBe(items.length);
    expect(await page.textContent("#check-total")).toBe(`${items.length} điểm cần xem`);
    const first = items.find((i) => i.address);
    expect(first).toBeDefined();
    await snap(page, "07-check-problems");
    await page.click(`#problem-list [data-address="${first!.address.replace(/"/g, '\\"')}"]`);
    // The double records the selection as sheet!A1, unquoted.
    const bang = first!.address.lastIndexOf("!");
    const expected =
      first!.address
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'") + first!.address.slice(bang);
    await page.waitForFunction((a) => {
      const p = (window as unknown as { __ctProbe: { selection(): string | null } }).__ctProbe;
      return p.selection() === a;
    }, expected);
    expect(await page.textContent("#check-status")).toBe(`Đã chọn ô ${first!.address}.`);
    // Selecting a cell is not fixing it: the one thing logged is the sheet's activation.
    expect(await probe<string[]>(page, "writeLog")).toEqual([...writesBefore, "activate Dữ liệu!"]);
    expect(await sheetProbe<unknown[][]>(page, "values", "Dữ liệu")).toEqual(dataBefore);
    await page.close();
  });

  it("reaches the help tab from the keyboard and lists the layout, every CT function with an example, and how to add an indicator", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await page.focus("#tab-report");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-help");
    expect(await page.getAttribute("#tab-help", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#tab-help", "tabindex")).toBe("0");
    expect(await page.getAttribute("#tab-report", "tabindex")).toBe("-1");
    expect(await page.isVisible("#panel-help")).toBe(true);
    expect(await page.isVisible("#panel-report")).toBe(false);
    const fns = await page.$$eval("#help-functions dt .fn", (n) => n.map((x) => x.textContent));
    expect(fns).toEqual(
      ["GROWTH", "INDEX", "PLANPCT", "YTD", "PROJECT", "PROJECTM", "NEEDED", "CAGR", "CONTRIB", "NARRATIVE"].map(
        (f) => `CT.${f}`,
      ),
    );
    const examples = await page.$$eval("#help-functions dd code", (n) => n.map((x) => x.textContent ?? ""));
    examples.forEach((e, i) => expect(e.startsWith(`=${fns[i]}(`)).toBe(true));
    expect(await page.$$eval("#help-columns li", (n) => n.length)).toBe(9);
    expect(await page.$$eval("#help-add li", (n) => n.length)).toBe(4);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-help");
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-report");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await page.click("#tab-help");
    await snap(page, "08-help");
    await page.close();
  });

  it("fits 320 pixels without a horizontal scroll bar, the tabs on one line", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    const tops = await page.$$eval("[role=tab]", (tabs) => tabs.map((t) => t.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    for (const tab of ["#tab-report", "#tab-check", "#tab-help"]) {
      await page.click(tab);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe("the task pane's safety", () => {
  it("declares a Content-Security-Policy that allows scripts only from itself and office.js", async () => {
    const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    const csp = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")) ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1)] as const),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    // office.js' hidden telemetry frame: exactly its one style attribute ("display:none") and its origin.
    expect(directives.get("style-src-attr")).toEqual([
      "'unsafe-hashes'",
      "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='",
    ]);
    expect(directives.get("frame-src")).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com"]);
    // Every script is a file: no inline script the policy would have to allow.
    const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inline).toEqual([]);
    await page.close();
  });

  it("runs with no Content-Security-Policy violation and no request leaving localhost but office.js", async () => {
    browser.requests.length = 0;
    browser.refused.length = 0;
    const pane = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    await runReportAndWait(pane);
    await pane.click("#tab-check");
    await pane.waitForSelector("#problem-list li, #check-total");
    await pane.click("#tab-help");
    expect(await pane.evaluate(() => (window as unknown as { __ctCspViolations: string[] }).__ctCspViolations)).toEqual(
      [],
    );
    // The style sheet applied under style-src 'self' (a constructed sheet, no inline style).
    expect(await pane.$eval("#run", (b) => getComputedStyle(b).backgroundColor)).toBe("rgb(15, 108, 189)");
    expect(browser.refused).toEqual([]);
    const outside = browser.requests.filter((u) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(u));
    expect(outside).toContain(OFFICE_JS_URL);
    for (const u of outside) expect(u.startsWith(OFFICE_CDN)).toBe(true);
    await pane.close();
  });

  it("shows cell text as text, never as markup", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "bad" });
    await page.click("#tab-check");
    await page.waitForSelector("#problem-list li");
    expect(await page.$$eval("#problem-list b, #problem-list img, #problem-list script", (n) => n.length)).toBe(0);
    expect(await page.textContent("#problem-list")).toContain("<b>abc</b>");
    await page.close();
  });
});

describe("the task pane when something is wrong", () => {
  it("says in the pane's language that no data was found, and makes no sheet", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "empty" });
    const before = await probe<string[]>(page, "sheetNames");
    await page.click("#run");
    await page.waitForSelector("#run-error");
    expect(await page.textContent("#run-error")).toMatch(/^Không tìm thấy số liệu/);
    expect(await page.textContent("#run-status")).toBe(STRINGS.vi["run.failed"]);
    expect(await page.isEnabled("#run")).toBe(true);
    expect(await probe<string[]>(page, "sheetNames")).toEqual(before);
    await page.click("#lang-switch");
    await page.waitForFunction(() => /^No data found/.test(document.getElementById("run-error")?.textContent ?? ""));
    await snap(page, "09-no-data-en");
    await page.close();
  });
});

describe("the task pane and the ribbon's button (shared runtime)", () => {
  async function clickRibbon(page: Page): Promise<number> {
    return page.evaluate(async () => {
      const d = (window as unknown as { __ctDouble: { actions: Map<string, (e: unknown) => Promise<void>> } })
        .__ctDouble;
      let completed = 0;
      await d.actions.get("generateReport")!({ completed: () => (completed += 1) });
      return completed;
    });
  }

  it("shows the report the ribbon made while the pane is open, with a button that opens its sheet", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample" });
    expect(await probe<string[]>(page, "actions")).toEqual(["generateReport", "insertSampleData"]);
    expect(await clickRibbon(page)).toBe(1);
    await page.waitForSelector("#result-sheet");
    expect(await page.textContent("#result-origin")).toBe(STRINGS.vi["run.fromRibbon"]);
    expect(await page.textContent("#result-sheet")).toBe("Trang: BC 9T-2013");
    expect(await page.textContent("#result-count")).toMatch(/^Số chỉ tiêu: [1-9]\d*$/);
    expect(await page.inputValue("#paragraph")).toMatch(
      /^Chỉ số sản xuất công nghiệp \(IIP, 2010 = 100\) tháng 9\/2013/,
    );
    expect(await page.isEnabled("#copy")).toBe(true);
    expect(await probe<number>(page, "taskpaneShown")).toBe(0); // the pane heard it: no showAsTaskpane
    await snap(page, "10-ribbon-result");
    await page.evaluate(() =>
      (window as unknown as { __ctDouble: { activate(n: string): void } }).__ctDouble.activate("Dữ liệu mẫu"),
    );
    await page.click("#open-sheet");
    await page.waitForFunction(() => {
      const p = (window as unknown as { __ctProbe: { activeSheet(): string | null } }).__ctProbe;
      return p.activeSheet() === "BC 9T-2013";
    });
    await page.close();
  });

  it("shows the ribbon's failure in the pane's language, and in the other one after a switch", async () => {
    const page = await open({ displayLanguage: "vi-VN", workbook: "empty" });
    expect(await clickRibbon(page)).toBe(1);
    await page.waitForSelector("#run-error");
    expect(await page.textContent("#run-error")).toMatch(/^Không tìm thấy số liệu/);
    expect(await page.textContent("#result-origin")).toBe(STRINGS.vi["run.fromRibbon"]);
    await page.click("#lang-switch");
    await page.waitForFunction(() => /^No data found/.test(document.getElementById("run-error")?.textContent ?? ""));
    expect(await page.textContent("#result-origin")).toBe(STRINGS.en["run.fromRibbon"]);
    await page.close();
  });

  it("shows the last outcome of a ribbon click made before the pane was opened", async () => {
    const lastOutcome = {
      type: "report-done",
      sheetName: "BC 6T-2013",
      indicatorCount: 7,
      problems: [
        { code: "x", severity: "warning", address: "'Dữ liệu mẫu'!H5", message: { vi: "Ô lạ", en: "Odd cell" } },
      ],
      paragraph: "Đoạn văn của nút trên thanh công cụ.",
      year: 2013,
      month: 6,
      lang: "vi",
    };
    const page = await open({ displayLanguage: "vi-VN", workbook: "sample", lastOutcome });
    await page.waitForSelector("#result-sheet");
    expect(await page.textContent("#result-sheet")).toBe("Trang: BC 6T-2013");
    expect(await page.textContent("#result-count")).toBe("Số chỉ tiêu: 7");
    expect(await page.textContent("#result-period")).toBe("Kỳ: 6 tháng đầu năm 2013");
    expect(await page.textContent("#result-problems")).toBe(STRINGS.vi["run.problems"].replace("{count}", "1"));
    expect(await page.inputValue("#paragraph")).toBe(lastOutcome.paragraph);
    await page.close();
  });

  it("shows the last failure of a ribbon click made before the pane was opened, in both languages", async () => {
    const lastOutcome = { type: "report-failed", message: { vi: "Lỗi thử nghiệm.", en: "A test failure." } };
    const page = await open({ displayLanguage: "en-US", workbook: "sample", lastOutcome });
    await page.waitForSelector("#run-error");
    expect(await page.textContent("#run-error")).toBe("A test failure.");
    await page.click("#lang-switch");
    await page.waitForFunction(() => document.getElementById("run-error")?.textContent === "Lỗi thử nghiệm.");
    await page.close();
  });
});
