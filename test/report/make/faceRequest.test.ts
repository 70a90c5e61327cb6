/**
 * The one face request (src/report/make/faceRequest.ts): saved settings, then the face's overrides; and
 * the rules issue 18 wants said once stay said once (the method list, the defaults, failureMessage, the
 * Word file name, isBlank, the unreadable plan's wording).
 */
import * as fs from "fs";
import * as path from "path";
import { ESTIMATE_METHODS } from "../../../src/core/types";
import { MESSAGES, PLAN_FORMS } from "../../../src/core/messages";
import { PROBLEM_MESSAGES } from "../../../src/core/problem";
import { DEFAULT_DOCUMENT_SETTINGS } from "../../../src/report/document/documentSettings";
import { faceRequest, savedSheet } from "../../../src/report/make/faceRequest";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/report/make/reportSettings";
import { unreadablePlanNote } from "../../../src/report/words/planNote";

const ROOT = path.join(__dirname, "../../..");
const saved = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const noDocument = { document: DEFAULT_DOCUMENT_SETTINGS };

/** Every .ts and .html file under src, with its text. */
function sources(dir = path.join(ROOT, "src")): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|html)$/.test(e.name)
      ? [{ file: path.relative(ROOT, full), text: fs.readFileSync(full, "utf8") }]
      : [];
  });
}

describe("faceRequest", () => {
  it("reads the saved source sheet, and no sheet for a saved table or none", () => {
    expect(faceRequest({ settings: saved({ source: "sheet:B" }), ...noDocument }, { lang: "vi" }).read.sheet).toBe("B");
    expect(savedSheet("table:Dữ liệu")).toBeUndefined();
    expect(faceRequest({ settings: null, ...noDocument }, { lang: "vi" }).read).toEqual({ numberStyle: "vi" });
  });

  it("keeps each saved choice a face leaves out and takes each one it gives", () => {
    const s = saved({ year: 2013, month: 6, method: "recent", live: false, numberStyle: "en", percentDecimals: 2 });
    const kept = faceRequest({ settings: s, ...noDocument }, { lang: "en" }).request;
    expect(kept).toMatchObject({ year: 2013, month: 6, method: "recent", values: true, numberStyle: "en" });
    expect(kept.percentDecimals).toBe(2);
    const over = faceRequest({ settings: s, ...noDocument }, { lang: "en", month: 9, method: undefined }).request;
    expect(over).toMatchObject({ month: 9, method: "recent" });
  });

  it("infers the period when a face says automatic (null) over a saved one", () => {
    const s = saved({ year: 2013, month: 6, periodKind: "month" });
    const r = faceRequest({ settings: s, ...noDocument }, { lang: "vi", year: null, month: null, periodKind: null });
    expect(r.request.year).toBeUndefined();
    expect(r.request.month).toBeUndefined();
    expect(r.request.periodKind).toBeUndefined();
  });

  it("puts typed document fields over the saved ones", () => {
    const document = { ...DEFAULT_DOCUMENT_SETTINGS, agency: "SỞ A", signer: "Nguyễn Văn B" };
    const r = faceRequest({ settings: null, document }, { lang: "vi", document: { agency: "SỞ C" } });
    expect(r.request.document).toMatchObject({ agency: "SỞ C", signer: "Nguyễn Văn B" });
  });
});

describe("said once", () => {
  const all = sources();

  it("lists the estimate methods in one place: no other literal list in src", () => {
    const lists = all
      .filter((f) => /\[\s*"(runrate|seasonal)",\s*"(runrate|seasonal)"/.test(f.text))
      .map((f) => f.file);
    expect(lists).toEqual([path.join("src", "core", "types.ts")]);
  });

  it("offers in the pane's and the page's method lists exactly the methods of the one list", () => {
    for (const html of ["src/taskpane/taskpane.html", "src/page/report.html"]) {
      const text = fs.readFileSync(path.join(ROOT, html), "utf8");
      const select = text.slice(text.indexOf('id="method"'), text.indexOf("</select>", text.indexOf('id="method"')));
      const values = [...select.matchAll(/value="([^"]+)"/g)].map((m) => m[1]);
      expect(values.sort()).toEqual([...ESTIMATE_METHODS].sort());
    }
  });

  it.each([
    ["failureMessage", /export function failureMessage\(/],
    ["isBlank", /export function isBlank\(/],
    ["the .docx name", /\.docx`|"\.docx"/],
    ["NumberStyle", /export type NumberStyle =/],
    ["the workbook read from a file", /export (interface|type) (XlsxData|WorkbookFile)\b/],
  ])("defines %s once", (_what, pattern) => {
    expect(all.filter((f) => pattern.test(f.text)).map((f) => f.file)).toHaveLength(1);
  });

  it("words an unreadable plan once: the function's message, the data check and the cell note share start and forms", () => {
    const note = unreadablePlanNote("theo NQ", "GTSX", "vi");
    expect(note).toBe(PROBLEM_MESSAGES["bad-plan"].vi.replace("{text}", "theo NQ").replace("{code}", "GTSX"));
    for (const lang of ["vi", "en"] as const) {
      expect(MESSAGES["plan-unreadable"][lang]).toContain(PLAN_FORMS[lang]);
      expect(PROBLEM_MESSAGES["bad-plan"][lang]).toContain(PLAN_FORMS[lang]);
    }
  });
});
