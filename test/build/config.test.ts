/**
 * The build's configuration, without building: webpack.config.js in both modes, the production URL
 * rewrite of the manifest (scripts/manifest-url.js) and the Vietnamese overlay of functions.json
 * (scripts/vi-functions-plugin.js).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = process.cwd();
/* eslint-disable @typescript-eslint/no-require-imports */
const factory = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: unknown) => Config;
const { rewriteManifest, prodUrl, placeholderWarning, DEFAULT_PROD_URL } = require(
  path.join(ROOT, "scripts", "manifest-url.js"),
) as {
  rewriteManifest(xml: string, base?: string): string;
  prodUrl(env?: Record<string, string | undefined>): string;
  placeholderWarning(env?: Record<string, string | undefined>): string | null;
  DEFAULT_PROD_URL: string;
};
const { overlay } = require(path.join(ROOT, "scripts", "vi-functions-plugin.js")) as {
  overlay(metadata: unknown, help: unknown): { json: Metadata; missing: string[] };
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Config {
  mode: string;
  devtool: unknown;
  entry: Record<string, string>;
  performance: { hints: unknown };
  plugins: {
    constructor: { name: string };
    options?: { input?: string[]; output?: string };
    userOptions?: { chunks?: string[]; filename?: string };
  }[];
  devServer: { port: number; server: unknown; headers: Record<string, string> };
}
interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

describe("webpack.config.js", () => {
  const prod = factory({}, { mode: "production" });
  const dev = factory({}, { mode: "development" });

  it("bundles functions, commands and taskpane from their agreed entry files, the help page and the browser page", () => {
    expect(prod.entry).toMatchObject({
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      help: "./src/help/help.ts",
      report: "./src/page/report.ts",
    });
  });

  it("makes help.html from its own bundle alone", () => {
    const help = prod.plugins.find(
      (p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "help.html",
    );
    expect(help?.userOptions?.chunks).toEqual(["help"]);
  });

  it("warns about the placeholder host after a production build only", () => {
    const names = (c: Config): string[] => c.plugins.map((p) => p.constructor.name);
    expect(names(prod)).toContain("PlaceholderHostWarning");
    expect(names(dev)).not.toContain("PlaceholderHostWarning");
  });

  it("prints the warning on stderr when the build is done without ADDIN_HOST, and nothing with it", () => {
    const plugin = prod.plugins.find((p) => p.constructor.name === "PlaceholderHostWarning") as unknown as {
      apply(compiler: unknown): void;
    };
    let done: () => void = () => undefined;
    plugin.apply({ hooks: { done: { tap: (_name: string, f: () => void) => (done = f) } } });
    const saved = process.env.ADDIN_HOST;
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      delete process.env.ADDIN_HOST;
      done();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toContain(
        `ADDIN_HOST is not set: dist/manifest.xml points at ${DEFAULT_PROD_URL}`,
      );
      errors.mockClear();
      process.env.ADDIN_HOST = "https://sct.example.vn/";
      done();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      if (saved === undefined) delete process.env.ADDIN_HOST;
      else process.env.ADDIN_HOST = saved;
    }
  });

  it("makes no source maps and no size hints in production, source maps in development", () => {
    expect(prod.devtool).toBe(false);
    expect(prod.performance.hints).toBe(false);
    expect(dev.devtool).toBe("source-map");
  });

  it("feeds the metadata generator every src/functions/*.ts except index.ts", () => {
    const plugin = prod.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin");
    const expected = fs
      .readdirSync(path.join(ROOT, "src", "functions"))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => path.join(ROOT, "src", "functions", f))
      .sort();
    expect(plugin?.options?.output).toBe("functions.json");
    expect([...(plugin?.options?.input ?? [])].sort()).toEqual(expected);
  });

  it("loads all three bundles on the one shared-runtime page, functions first", () => {
    const html = prod.plugins.find(
      (p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html",
    );
    expect(html?.userOptions?.chunks).toEqual(["functions", "commands", "taskpane"]);
  });

  it("serves over https on port 3000 with CORS headers", () => {
    expect(dev.devServer.port).toBe(3000);
    expect(dev.devServer.server).toBe("https");
    expect(dev.devServer.headers["Access-Control-Allow-Origin"]).toBe("*");
  });
});

describe("the production manifest's host", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it.each([
    ["https://addin.example.gov.vn", "https://addin.example.gov.vn/"],
    ["https://addin.example.gov.vn/ct", "https://addin.example.gov.vn/ct/"],
    [" https://x.vn/ ", "https://x.vn/"],
  ])("reads ADDIN_HOST %p as %p", (raw, expected) => {
    expect(prodUrl({ ADDIN_HOST: raw })).toBe(expected);
  });

  it("falls back to the configured default when ADDIN_HOST is unset", () => {
    expect(prodUrl({})).toBe(DEFAULT_PROD_URL);
  });

  it.each(["http://insecure.vn/", "not a url"])("refuses ADDIN_HOST %p", (raw) => {
    expect(() => prodUrl({ ADDIN_HOST: raw })).toThrow(/ADDIN_HOST/);
  });

  /** The manifest's comments, in order. */
  const comments = (s: string): string[] => s.match(/<!--[\s\S]*?-->/g) ?? [];
  const withoutComments = (s: string): string => s.replace(/<!--[\s\S]*?-->/g, "");

  it("rewrites every localhost URL and the app domain outside comments, and nothing else", () => {
    const out = rewriteManifest(xml, "https://sct.example.vn/addin/");
    const code = withoutComments(out.replace(/<!-- Built by[^\n]*\n/, ""));
    expect(code).not.toMatch(/localhost/);
    const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;
    expect(count(code, /https:\/\/sct\.example\.vn\/addin\//g)).toBe(
      count(withoutComments(xml), /https:\/\/localhost:3000\//g),
    );
    expect(code).toContain("<AppDomain>https://sct.example.vn</AppDomain>");
    expect(code.replace(/https:\/\/sct\.example\.vn(\/addin\/)?/g, "")).toBe(
      withoutComments(xml).replace(/https:\/\/localhost:3000\/?/g, ""),
    );
  });

  it("keeps every comment of the source manifest word for word and says which host the copy is for", () => {
    const out = rewriteManifest(xml, "https://sct.example.vn/addin/");
    const source = comments(xml);
    expect(source.length).toBeGreaterThan(3);
    expect(source.some((c) => c.includes("https://localhost:3000 (npm start)"))).toBe(true);
    const built = comments(out);
    expect(built.slice(1)).toEqual(source);
    expect(built[0]).toBe(
      "<!-- Built by `npm run build` for https://sct.example.vn/addin/ (ADDIN_HOST); the source is manifest.xml. -->",
    );
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Built by')).toBe(true);
  });

  it("warns loudly, naming the placeholder host, when ADDIN_HOST is unset, and not when it is set", () => {
    const warning = placeholderWarning({});
    expect(warning).toContain(`ADDIN_HOST is not set: dist/manifest.xml points at ${DEFAULT_PROD_URL}`);
    expect(warning).toContain("docs/deploy.md");
    expect(placeholderWarning({ ADDIN_HOST: " " })).not.toBeNull();
    expect(placeholderWarning({ ADDIN_HOST: "https://sct.example.vn/" })).toBeNull();
  });
});

describe("the Vietnamese overlay of functions.json", () => {
  const metadata = {
    functions: [
      {
        id: "GROWTH",
        name: "GROWTH",
        description: "Growth",
        parameters: [{ name: "current", description: "This period" }],
      },
      { id: "CAGR", name: "CAGR", description: "Yearly growth", parameters: [{ name: "start", description: "Start" }] },
    ],
  };

  it("replaces descriptions and parameter display names, keeping ids, function names and order", () => {
    const { json, missing } = overlay(metadata, {
      GROWTH: { description: "Tốc độ tăng", names: { current: "kỳ_này" }, parameters: { current: "Kỳ này" } },
      CAGR: { description: "Tăng bình quân", names: { start: "đầu_kỳ" }, parameters: { start: "Năm gốc" } },
    });
    expect(missing).toEqual([]);
    expect(
      json.functions.map((f) => [f.id, f.name, f.description, f.parameters[0]?.name, f.parameters[0]?.description]),
    ).toEqual([
      ["GROWTH", "GROWTH", "Tốc độ tăng", "kỳ_này", "Kỳ này"],
      ["CAGR", "CAGR", "Tăng bình quân", "đầu_kỳ", "Năm gốc"],
    ]);
    expect(metadata.functions[0]?.description).toBe("Growth"); // the input is not changed
  });

  it("refuses a parameter name Excel could not show (a space, a leading digit) and keeps the English one", () => {
    const { json, missing } = overlay(metadata, {
      GROWTH: { description: "Tốc độ tăng", names: { current: "kỳ này" }, parameters: { current: "Kỳ này" } },
      CAGR: { description: "Tăng bình quân", names: { start: "1st" }, parameters: { start: "Năm gốc" } },
    });
    expect(missing).toEqual(["GROWTH.current (name)", "CAGR.start (name)"]);
    expect(json.functions.map((f) => f.parameters[0]?.name)).toEqual(["current", "start"]);
  });

  it("keeps the English and lists what has no Vietnamese help", () => {
    const { json, missing } = overlay(metadata, { GROWTH: { description: "Tốc độ tăng", parameters: {} } });
    expect(missing).toEqual(["GROWTH.current", "GROWTH.current (name)", "CAGR", "CAGR.start", "CAGR.start (name)"]);
    expect(json.functions[0]?.parameters[0]?.name).toBe("current");
    expect(json.functions[1]?.description).toBe("Yearly growth");
  });
});
