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
const { rewriteManifest, prodUrl, DEFAULT_PROD_URL } = require(path.join(ROOT, "scripts", "manifest-url.js")) as {
  rewriteManifest(xml: string, base?: string): string;
  prodUrl(env?: Record<string, string | undefined>): string;
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
    userOptions?: { chunks?: string[] };
  }[];
  devServer: { port: number; server: unknown; headers: Record<string, string> };
}
interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

describe("webpack.config.js", () => {
  const prod = factory({}, { mode: "production" });
  const dev = factory({}, { mode: "development" });

  it("bundles functions, commands, taskpane and the browser page from their agreed entry files", () => {
    expect(prod.entry).toEqual({
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      report: "./src/page/report.ts",
    });
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
    const html = prod.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
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

  it("rewrites every localhost URL and the app domain, and nothing else", () => {
    const out = rewriteManifest(xml, "https://sct.example.vn/addin/");
    expect(out).not.toMatch(/localhost/);
    const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;
    expect(count(out, /https:\/\/sct\.example\.vn\/addin\//g)).toBe(count(xml, /https:\/\/localhost:3000\//g));
    expect(out).toContain("<AppDomain>https://sct.example.vn</AppDomain>");
    expect(out.replace(/https:\/\/sct\.example\.vn(\/addin\/)?/g, "")).toBe(
      xml.replace(/https:\/\/localhost:3000\/?/g, ""),
    );
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

  it("replaces descriptions only, keeping ids, names and order", () => {
    const { json, missing } = overlay(metadata, {
      GROWTH: { description: "Tốc độ tăng", parameters: { current: "Kỳ này" } },
      CAGR: { description: "Tăng bình quân", parameters: { start: "Năm gốc" } },
    });
    expect(missing).toEqual([]);
    expect(json.functions.map((f) => [f.id, f.name, f.description, f.parameters[0]?.description])).toEqual([
      ["GROWTH", "GROWTH", "Tốc độ tăng", "Kỳ này"],
      ["CAGR", "CAGR", "Tăng bình quân", "Năm gốc"],
    ]);
    expect(metadata.functions[0]?.description).toBe("Growth"); // the input is not changed
  });

  it("keeps the English and lists what has no Vietnamese help", () => {
    const { json, missing } = overlay(metadata, { GROWTH: { description: "Tốc độ tăng", parameters: {} } });
    expect(missing).toEqual(["GROWTH.current", "CAGR", "CAGR.start"]);
    expect(json.functions[1]?.description).toBe("Yearly growth");
  });
});
