/**
 * The built page as a browser receives it: a Content-Security-Policy that keeps everything on the
 * page's own origin with no inline code or style, the heavy libraries outside the first script, and
 * every script of the page within the browser floor (Chrome/Edge 109, current Firefox: ES2020 parses).
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";
import { ensurePage } from "./harness";

let dist = "";
let html = "";

beforeAll(async () => {
  dist = await ensurePage();
  html = fs.readFileSync(path.join(dist, "report.html"), "utf8");
}, 900_000);

/** Every script in dist/: the page's entry and the chunks it loads are among them. */
function scripts(): string[] {
  return fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
}

describe("dist/report.html", () => {
  it("has a CSP meta with default-src and connect-src 'self' and nothing unsafe", () => {
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
  });

  it("has no inline script, inline style or style attribute, and names only its own files", () => {
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect([...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/gi)].map((m) => m[2])).toEqual([""]);
    const refs = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(["report.css", "report.js"]);
  });

  it("keeps ExcelJS and docx out of the first script", () => {
    const entry = fs.readFileSync(path.join(dist, "report.js"), "utf8");
    expect(entry).not.toMatch(/spreadsheetml\/2006\/main/);
    expect(entry).not.toMatch(/wordprocessingml\/2006\/main/);
    expect(scripts()).toContain("report-engine.js");
  });

  it("paints from a first script that holds only the static page: the runs, results and data check come after", () => {
    const entry = fs.readFileSync(path.join(dist, "report.js"), "utf8");
    expect(scripts()).toContain("report-ui.js");
    // The results' refusal line and the data check's cell addresses are the working half's (src/page/ui.ts).
    expect(entry).not.toMatch(/"refusal"|data-address/);
    expect(fs.readFileSync(path.join(dist, "report-ui.js"), "utf8")).toMatch(/data-address/);
  });

  it("parses, every script of dist/ with it, as ES2020 (Chrome/Edge 109 and Firefox run it)", () => {
    for (const f of scripts()) {
      const code = fs.readFileSync(path.join(dist, f), "utf8");
      expect(() => parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    }
  });
});
