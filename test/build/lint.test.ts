/**
 * The house rules in eslint.config.mjs fire where STYLE.md says: run eslint on small snippets given
 * on stdin under a virtual file name (nothing is written into the tree) and read its JSON report.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = process.cwd();
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

/** The rule ids eslint reports for a snippet placed at a file path. */
function rulesFor(file: string, code: string): string[] {
  const r = spawnSync(process.execPath, [ESLINT, "--stdin", "--stdin-filename", file, "--format", "json"], {
    cwd: ROOT,
    input: code,
    encoding: "utf8",
  });
  if (!r.stdout) throw new Error(`eslint gave no report: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (report[0]?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("eslint.config.mjs", () => {
  it.each([
    [
      "Office in src/core",
      "no-restricted-globals",
      "src/core/bad.ts",
      "export const x = (): unknown => Office.context;\n",
    ],
    [
      "document in src/report",
      "no-restricted-globals",
      "src/report/bad.ts",
      "export const x = (): unknown => document.title;\n",
    ],
    [
      "an import of the Excel adapter in src/core",
      "no-restricted-imports",
      "src/core/bad.ts",
      'import { runReport } from "../excel/runReport";\nexport const x = runReport;\n',
    ],
    [
      "innerHTML in the task pane",
      "no-restricted-properties",
      "src/taskpane/bad.ts",
      "export function show(el: HTMLElement, t: string): void {\n  el.innerHTML = t;\n}\n",
    ],
    ["eval in the Excel adapter", "no-eval", "src/excel/bad.ts", 'export const x = (): unknown => eval("1");\n'],
    ...["src/cli/bad.ts", "src/xlsx/bad.ts", "src/report/read/bad.ts"].map(
      (file) =>
        [
          `a zip opened outside the package module (${file})`,
          "no-restricted-imports",
          file,
          'import { unzipSync } from "fflate";\nexport const x = unzipSync;\n',
        ] as [string, string, string, string],
    ),
    [
      "an import of the reader in the package module",
      "no-restricted-imports",
      "src/core/package/bad.ts",
      'import { readWorkbookBytes } from "../../xlsx";\nexport const x = readWorkbookBytes;\n',
    ],
  ])("flags %s with %s", (_what, rule, file, code) => {
    expect(rulesFor(file, code)).toContain(rule);
  });

  it("lets src/excel use Office and Excel, and src/functions take any[][]", () => {
    expect(rulesFor("src/excel/ok.ts", "export const x = (): unknown => [Office.context, Excel.run];\n")).toEqual([]);
    expect(rulesFor("src/functions/ok.ts", "export function F(a: any[][]): any[][] {\n  return a;\n}\n")).toEqual([]);
  });

  it("lets the package module open zips, and src/xlsx read them through it", () => {
    expect(
      rulesFor("src/core/package/ok.ts", 'import { unzipSync } from "fflate";\nexport const x = unzipSync;\n'),
    ).toEqual([]);
    expect(
      rulesFor("src/xlsx/ok.ts", 'import { listEntries } from "../core/package";\nexport const x = listEntries;\n'),
    ).toEqual([]);
  });

  it("applies office-addins' rules to the Office.js code: no context.sync() in a loop", () => {
    const code =
      "export async function f(context: Excel.RequestContext, n: number): Promise<void> {\n" +
      "  for (let i = 0; i < n; i++) {\n    await context.sync();\n  }\n}\n";
    expect(rulesFor("src/excel/loop.ts", code)).toContain("office-addins/no-context-sync-in-loop");
  });
});
