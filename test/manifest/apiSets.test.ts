/**
 * The requirement sets, derived from the code (issue 12, point 2): scripts/api-sets.js finds every
 * Office API the code under src/ reaches and its "[Api set: …]" with TypeScript's checker. The
 * manifest's <Requirements> must cover every unguarded call and ask for no more than the calls need,
 * and the README's table of Excel versions must name the same sets.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = process.cwd();
/* eslint-disable @typescript-eslint/no-require-imports */
const { scan, highest, isGuarded, compare } = require(path.join(ROOT, "scripts", "api-sets.js")) as {
  scan(files?: string[]): Use[];
  highest(uses: Use[], all?: boolean): Record<string, string>;
  isGuarded(use: Use): boolean;
  compare(a: string, b: string): number;
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Use {
  set: string;
  version: string;
  member: string;
  file: string;
  line: number;
  guard: string | null;
}

jest.setTimeout(120000);

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
const declared: Record<string, string> = Object.fromEntries(
  [...manifest.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"/g)].map((m) => [m[1], m[2]]),
);
let uses: Use[] = [];

beforeAll(() => {
  uses = scan();
});

describe("the Office APIs the code calls", () => {
  it("are found: the Excel adapter's calls and the custom functions' errors", () => {
    const members = new Set(uses.map((u) => u.member));
    expect(members).toContain("Worksheet.getRangeByIndexes");
    expect(members).toContain("Worksheet.getUsedRangeOrNullObject");
    expect(uses.some((u) => u.set === "CustomFunctionsRuntime")).toBe(true);
  });

  it('finds an option set in an object literal: Excel.run\'s mergeUndoGroup (1.20), guarded by supports("1.20")', () => {
    const merge = uses.filter((u) => u.member === "RunOptions.mergeUndoGroup");
    expect(merge.map((u) => [u.set, u.version, u.guard, u.file])).toEqual([
      ["ExcelApi", "1.20", "1.20", "src/excel/runReport.ts"],
    ]);
  });

  it("each unguarded call belongs to a set the manifest asks for, at a version it asks for", () => {
    const missing = uses
      .filter((u) => !isGuarded(u))
      .filter((u) => !declared[u.set] || compare(u.version, declared[u.set] as string) > 0)
      .map((u) => `${u.set} ${u.version} ${u.member} (${u.file}:${u.line})`);
    expect(missing).toEqual([]);
  });

  it("the manifest asks for ExcelApi and CustomFunctionsRuntime exactly as high as the unguarded calls need", () => {
    const needed = highest(uses);
    expect(declared.ExcelApi).toBe(needed.ExcelApi);
    expect(declared.CustomFunctionsRuntime).toBe(needed.CustomFunctionsRuntime);
    // SharedRuntime comes from the manifest's long-lived <Runtime>, not from a call.
    expect(declared.SharedRuntime).toBe("1.1");
  });

  it("every guarded call is guarded by a version at least its own", () => {
    for (const u of uses.filter((x) => x.guard !== null && x.set === "ExcelApi" && isGuarded(x)))
      expect(compare(u.guard as string, u.version)).toBeGreaterThanOrEqual(0);
    expect(uses.some((u) => u.member === "PageLayout.setPrintTitleRows" && isGuarded(u))).toBe(true);
  });

  it("catches a newer call: a file calling an ExcelApi 1.13 method unguarded, and guarded", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "test", "manifest", ".apiset-"));
    try {
      const file = path.join(dir, "probe.ts");
      fs.writeFileSync(
        file,
        [
          "declare function supports(v: string): boolean;",
          "export function plain(r: Excel.Range): void {",
          "  r.getMergedAreasOrNullObject();",
          "}",
          "export function guarded(r: Excel.Range): void {",
          '  if (!supports("1.13")) return;',
          "  r.getMergedAreasOrNullObject();",
          "}",
        ].join("\n"),
      );
      const found = scan([file]).filter((u) => u.member === "Range.getMergedAreasOrNullObject");
      expect(found.map((u) => [u.set, u.version, isGuarded(u)])).toEqual([
        ["ExcelApi", "1.13", false],
        ["ExcelApi", "1.13", true],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a call guarded by a mode a function of the file chooses by requirement set", () => {
  it("is guarded where every mode that reaches it was chosen under a high enough set, and not otherwise", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "test", "manifest", ".apiset-"));
    try {
      const file = path.join(dir, "mode.ts");
      fs.writeFileSync(
        file,
        [
          "declare function supports(v: string): boolean;",
          'function mode(): "a" | "b" | "none" {',
          '  if (supports("1.18")) return "a";',
          '  if (supports("1.10")) return "b";',
          '  return "none";',
          "}",
          "export function guarded(r: Excel.Range): void {",
          "  const how = mode();",
          '  if (how === "none") return;',
          '  if (how === "a") r.getMergedAreasOrNullObject();',
          "  else r.getMergedAreasOrNullObject();",
          "}",
          "export function leaky(r: Excel.Range): void {",
          "  const how = mode();",
          '  if (how === "a") r.getMergedAreasOrNullObject();',
          "  else r.getMergedAreasOrNullObject();",
          "}",
        ].join("\n"),
      );
      const found = scan([file]).filter((u) => u.member === "Range.getMergedAreasOrNullObject");
      // getMergedAreasOrNullObject is ExcelApi 1.13: mode "a" (1.18) covers it, mode "b" (1.10) does not,
      // and where "none" can reach it nothing does.
      expect(found.map((u) => [u.line, u.guard, isGuarded(u)])).toEqual([
        [10, "1.18", true],
        [11, "1.10", false],
        [15, "1.18", true],
        [16, null, false],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the README's table of Excel versions", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("names the requirement sets the manifest asks for, each at its version", () => {
    const line = readme.split("\n").find((l) => l.startsWith("Requirement sets the manifest asks for:"));
    expect(line).toBeDefined();
    const named = Object.fromEntries(
      [...(line as string).matchAll(/`(\w+) (\d+\.\d+)`/g)].map((m) => [m[1] as string, m[2] as string]),
    );
    expect(named).toEqual(declared);
  });

  it("says when Microsoft ended support for Office 2016 and 2019, and what their officers use instead", () => {
    expect(readme).toMatch(/14 October 2025/);
    expect(readme).toMatch(/ct-report/);
    expect(readme).toMatch(/dist\/report\.html/);
  });
});
