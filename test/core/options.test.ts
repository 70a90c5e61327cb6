import { parseKind, parseLang, parseMethod, parseStyle } from "../../src/core/options";

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
    const r = parseKind("tổng");
    expect(r).toMatchObject({ kind: "value", code: "unknown-kind" });
    expect(typeof r === "object" && r.message.vi).toContain("tổng");
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
