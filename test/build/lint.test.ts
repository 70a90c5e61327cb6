/**
 * The house rules in eslint.config.mjs fire where STYLE.md says: eslint lints small snippets under
 * virtual file names (nothing is written into the tree) and reports their rule ids. All snippets go
 * through one eslint process, started once (ESLint's API loads the flat config, which jest's module
 * system cannot).
 */
import { spawnSync } from "child_process";

const ROOT = process.cwd();

/** Lints each { file, code } read as JSON on stdin with ESLint's API; prints each one's rule ids. */
const LINTER = `
const { ESLint } = require("eslint");
(async () => {
  const snippets = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const s of snippets) {
    const [report] = await eslint.lintText(s.code, { filePath: s.file });
    out.push((report ? report.messages : []).map((m) => m.ruleId || "fatal: " + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

const FLAGGED: [what: string, rule: string, file: string, code: string][] = [
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
  ...["src/cli/bad.ts", "src/page/bad.ts", "src/writers/bad.ts", "src/xlsx/bad.ts", "src/report/read/bad.ts"].map(
    (file): [string, string, string, string] => [
      `a zip opened outside the package module (${file})`,
      "no-restricted-imports",
      file,
      'import { unzipSync } from "fflate";\nexport const x = unzipSync;\n',
    ],
  ),
  [
    "an import of the reader in the package module",
    "no-restricted-imports",
    "src/core/package/bad.ts",
    'import { readWorkbookBytes } from "../../xlsx";\nexport const x = readWorkbookBytes;\n',
  ],
];

const ALLOWED: [file: string, code: string][] = [
  ["src/excel/ok.ts", "export const x = (): unknown => [Office.context, Excel.run];\n"],
  ["src/functions/ok.ts", "export function F(a: any[][]): any[][] {\n  return a;\n}\n"],
  // The package module opens zips; src/xlsx reads them through it.
  ["src/core/package/ok.ts", 'import { unzipSync } from "fflate";\nexport const x = unzipSync;\n'],
  ["src/xlsx/ok.ts", 'import { listEntries } from "../core/package";\nexport const x = listEntries;\n'],
];

const SYNC_IN_LOOP: [file: string, code: string] = [
  "src/excel/loop.ts",
  "export async function f(context: Excel.RequestContext, n: number): Promise<void> {\n" +
    "  for (let i = 0; i < n; i++) {\n    await context.sync();\n  }\n}\n",
];

/** The rule ids eslint reports for each snippet, in order, from one eslint process. */
function rulesFor(snippets: [file: string, code: string][]): string[][] {
  const input = JSON.stringify(snippets.map(([file, code]) => ({ file, code })));
  const r = spawnSync(process.execPath, ["-e", LINTER], { cwd: ROOT, input, encoding: "utf8" });
  if (r.status !== 0 || !r.stdout) throw new Error(`eslint gave no report: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

describe("eslint.config.mjs", () => {
  let flagged: string[][] = [];
  let allowed: string[][] = [];
  let syncInLoop: string[] = [];
  beforeAll(() => {
    const all = rulesFor([
      ...FLAGGED.map(([, , file, code]) => [file, code] as [string, string]),
      ...ALLOWED,
      SYNC_IN_LOOP,
    ]);
    flagged = all.slice(0, FLAGGED.length);
    allowed = all.slice(FLAGGED.length, FLAGGED.length + ALLOWED.length);
    syncInLoop = all[all.length - 1] ?? [];
  });

  it.each(FLAGGED.map(([what, rule], i) => [what, rule, i] as const))("flags %s with %s", (_what, rule, i) => {
    expect(flagged[i]).toContain(rule);
  });

  it("lets src/excel use Office and Excel, src/functions take any[][], the package module open zips", () => {
    expect(allowed).toEqual([[], [], [], []]);
  });

  it("applies office-addins' rules to the Office.js code: no context.sync() in a loop", () => {
    expect(syncInLoop).toContain("office-addins/no-context-sync-in-loop");
  });
});
