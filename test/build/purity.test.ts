/**
 * src/core and src/report are pure by construction: tsconfig.core.json gives them no DOM, Node or
 * Office types, so a reference to one is a type error in `npm run lint` (`tsc -p tsconfig.core.json`
 * compiles the real tree there), not only a lint warning. Here the compiler runs in memory with that
 * configuration's options on snippets placed in src/core, all in one program.
 */
import * as path from "path";
import ts from "typescript";

const ROOT = path.join(__dirname, "../..");

const SNIPPETS: Record<string, string> = {
  pure: "export const x = (): number => Math.max(1, [2].length) + Number('3');\n",
  dom: "export const x = (): unknown => document.title;\n",
  node: 'export const x = (): unknown => Buffer.from("a");\n',
  office: "export const x = (): unknown => Office.context;\n",
  excel: "export const x = (): unknown => Excel.run;\n",
};

/** The compiler's messages for each snippet, compiled with tsconfig.core.json's options. */
function errorsBySnippet(): Record<string, string[]> {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.core.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const fileOf = (name: string): string => path.join(ROOT, "src", "core", `__purity_probe_${name}__.ts`);
  const byFile = new Map(Object.entries(SNIPPETS).map(([name, code]) => [fileOf(name), code]));
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => byFile.get(path.resolve(f)) ?? read(f);
  host.fileExists = (f) => byFile.has(path.resolve(f)) || exists(f);
  const program = ts.createProgram([...byFile.keys()], parsed.options, host);
  return Object.fromEntries(
    Object.keys(SNIPPETS).map((name) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(fileOf(name)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    ]),
  );
}

describe("tsconfig.core.json keeps the core pure", () => {
  let errors: Record<string, string[]> = {};
  beforeAll(() => {
    errors = errorsBySnippet();
  });

  it("compiles a pure snippet without a message (the options themselves are sound)", () => {
    expect(errors.pure).toEqual([]);
  });

  it.each([
    ["the DOM", "dom", /document/],
    ["Node", "node", /Buffer/],
    ["Office.js", "office", /Office/],
    ["Excel", "excel", /Excel/],
  ])("rejects a reference to %s", (_what, snippet, name) => {
    expect((errors[snippet] ?? []).some((e) => name.test(e))).toBe(true);
  });
});
