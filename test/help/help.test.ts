/** help.html's language choice (src/help/help.ts): the manifest's ?lang= first, then the browser's. */
import { helpLang } from "../../src/help/help";

describe("the help page's language", () => {
  it.each([
    ["?lang=vi", "en-US", "vi"],
    ["?lang=en", "vi-VN", "en"],
    ["", "vi-VN", "vi"],
    ["", "vi", "vi"],
    ["", "en-GB", "en"],
    ["?lang=fr", "vi-VN", "vi"],
    ["?lang=fr", undefined, "en"],
    ["", "video", "en"],
  ])("reads %p with a browser in %p as %p", (search, browser, lang) => {
    expect(helpLang(search, browser)).toBe(lang);
  });
});
