import fc from "fast-check";
import { effectiveLang, langFromOffice } from "../../src/taskpane/lang";

describe("the task pane's language", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["VI-vn", "vi"],
    ["vi_VN", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["video", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("reads Office's display language %p as %p", (display, lang) => {
    expect(langFromOffice(display)).toBe(lang);
  });

  it("keeps the officer's choice over Office's language", () => {
    expect(effectiveLang("en", "vi-VN")).toBe("en");
    expect(effectiveLang("vi", "en-US")).toBe("vi");
    expect(effectiveLang(null, "vi-VN")).toBe("vi");
  });

  it("answers vi for every vi-* tag and en for every tag of another language", () => {
    const region = fc.stringMatching(/^[A-Za-z]{2,4}$/);
    fc.assert(fc.property(region, (r) => langFromOffice(`vi-${r}`) === "vi"));
    const other = fc.stringMatching(/^[a-z]{2,3}$/).filter((l) => l !== "vi");
    fc.assert(fc.property(other, region, (l, r) => langFromOffice(`${l}-${r}`) === "en"));
  });
});
