/** The page's catalogue: both languages, the same slots, and every key the page's HTML names. */
import * as fs from "fs";
import * as path from "path";
import { isTextKey, PAGE_STRINGS, pageText, type PageKey } from "../../src/page/strings";

const slots = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("page strings", () => {
  const keys = Object.keys(PAGE_STRINGS.vi) as PageKey[];

  it.each(keys)("%s has the same slots in Vietnamese and English", (key) => {
    expect(slots(PAGE_STRINGS.en[key])).toEqual(slots(PAGE_STRINGS.vi[key]));
    expect(PAGE_STRINGS.en[key].trim()).not.toBe("");
  });

  it("knows every key report.html names, in either catalogue", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/page/report.html"), "utf8");
    const named = [...html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((k) => !isTextKey(k))).toEqual([]);
  });

  it("fills slots and takes the task pane's words for the shared choices", () => {
    expect(pageText("en", "page.done", { ok: 2, failed: 1 })).toBe("Done: 2 report(s), 1 file(s) without a report.");
    expect(pageText("vi", "settings.year")).toBe("Năm");
  });

  it("states the browser floor in both languages", () => {
    for (const lang of ["vi", "en"] as const) expect(PAGE_STRINGS[lang]["page.browsers"]).toMatch(/109.*Firefox/);
  });
});
