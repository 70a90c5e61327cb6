import { parseKind, parseLang, parseMethod, parseStyle } from "../../src/core/options";
import { kindFromWord, KIND_WORDS } from "../../src/core/words";

describe("parseKind", () => {
  it.each([
    [null, "flow"],
    ["flow", "flow"],
    ["cộng dồn", "flow"],
    ["Cong don", "flow"],
    ["index", "index"],
    ["bình quân", "index"],
    ["binh quan", "index"],
    ["level", "level"],
    ["cuối kỳ", "level"],
    ["CUOI KY", "level"],
  ])("reads %p as %p", (text, kind) => {
    expect(parseKind(text)).toBe(kind);
  });

  it("returns #VALUE! quoting the word when the kind is unknown", () => {
    const r = parseKind("tổng hợp lạ");
    expect(r).toMatchObject({ kind: "value", code: "unknown-kind" });
    expect(typeof r === "object" && r.message.vi).toContain("tổng hợp lạ");
  });
});

describe("parseMethod, parseLang, parseStyle", () => {
  it.each([
    [null, "seasonal"],
    ["runrate", "runrate"],
    ["mùa vụ", "seasonal"],
    ["recent", "recent"],
    ["manual", "manual"],
  ])("reads the method %p as %p", (text, m) => {
    expect(parseMethod(text, "seasonal")).toBe(m);
  });

  it("refuses an unknown method with #VALUE!", () => {
    expect(parseMethod("guess", "runrate")).toMatchObject({
      kind: "value",
      code: "unknown-method",
    });
  });

  it.each([
    [null, "vi"],
    ["en", "en"],
    ["VI", "vi"],
    ["tiếng Việt", "vi"],
  ])("reads the language %p as %p", (text, lang) => {
    expect(parseLang(text)).toBe(lang);
  });

  it.each([
    [null, "exact"],
    ["approx", "approx"],
    ["làm tròn", "approx"],
  ])("reads the style %p as %p", (text, style) => {
    expect(parseStyle(text)).toBe(style);
  });

  it("refuses an unknown language and style", () => {
    expect(parseLang("fr")).toMatchObject({ kind: "value" });
    expect(parseStyle("loud")).toMatchObject({ kind: "value" });
  });
});

describe("one catalogue of kind words for the reader and the CT functions", () => {
  it.each(Object.entries(KIND_WORDS).flatMap(([kind, w]) => [w.vi, w.en, ...w.aliases].map((a) => [a, kind])))(
    "reads %p as %p in both",
    (word, kind) => {
      expect(parseKind(word)).toBe(kind);
      expect(kindFromWord(word)).toBe(kind);
    },
  );

  it("reads 'trung bình' as an index in CT.YTD as the reader does (they used to disagree)", () => {
    expect(parseKind("trung bình")).toBe("index");
  });

  it.each([["run-rate"], ["Run_Rate"], ["mùa vụ"], ["THỦ CÔNG"]])("reads the method %p", (word) => {
    expect(typeof parseMethod(word, "seasonal")).toBe("string");
  });
});
