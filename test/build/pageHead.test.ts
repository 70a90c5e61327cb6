/**
 * The pages' shared head (src/pageHead.js): every page template asks for it, none writes its own
 * policy, and every page's Content-Security-Policy keeps everything on the page's own origin; only the
 * task pane adds office.js's origin and its telemetry frame. The built pages are checked too
 * (test/page/dist.test.ts, test/taskpane/taskpane.browser.test.ts, test/build/dist.test.ts).
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pageHead = require("../../src/pageHead.js") as ((page: string) => string) & {
  contentSecurityPolicy(page: string): string;
  PAGES: string[];
};

const TEMPLATES: Record<string, string> = {
  taskpane: "src/taskpane/taskpane.html",
  help: "src/help/help.html",
  report: "src/page/report.html",
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)] as const),
  );
}

describe("the pages' shared head", () => {
  it("knows every page the build makes", () => {
    expect([...pageHead.PAGES].sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  it.each(Object.entries(TEMPLATES))(
    "is the one head of %s's template, which writes no policy of its own",
    (page, file) => {
      const html = fs.readFileSync(path.join(__dirname, "../..", file), "utf8");
      const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? "";
      expect(head).toContain(`<%= require("../pageHead.js")("${page}") %>`);
      expect(head).not.toMatch(/Content-Security-Policy|charset|viewport/i);
    },
  );

  it.each(pageHead.PAGES)("gives %s a policy on its own origin, with no inline script or eval", (page) => {
    const csp = pageHead.contentSecurityPolicy(page);
    const d = directives(csp);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("style-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    const html = pageHead(page);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    expect(html).toContain('<meta charset="UTF-8" />');
  });

  it("lets only the task pane load office.js and its telemetry frame", () => {
    for (const page of pageHead.PAGES) {
      const d = directives(pageHead.contentSecurityPolicy(page));
      if (page === "taskpane") {
        expect(d.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
        expect(d.get("frame-src")).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com"]);
      } else {
        expect(d.get("script-src")).toEqual(["'self'"]);
        expect(pageHead.contentSecurityPolicy(page)).not.toMatch(/https?:/);
      }
    }
  });
});
