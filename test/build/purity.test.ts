/**
 * src/core and src/report are pure by construction: tsconfig.core.json gives them no DOM, Node or
 * Office types, so a reference to one is a type error in `npm run lint`, not only a lint warning.
 * The compiler runs here in memory, on the real tree plus one snippet placed beside it.
 */
import * as path from "path";
import ts from "typescript";

const ROOT = path.join(__dirname, "../..");

function errorsWith(snippet: string | null): string[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.core.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const extra = path.join(ROOT, "src/core/__purity_probe__.ts");
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (snippet !== null && path.resolve(f) === extra ? snippet : read(f));
  host.fileExists = (
    (exists) => (f: string) =>
      (snippet !== null && path.resolve(f) === extra) || exists(f)
  )(host.fileExists.bind(host));
  const files = snippet === null ? parsed.fileNames : [...parsed.fileNames, extra];
  const program = ts.createProgram(files, parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("tsconfig.core.json keeps the core pure", () => {
  it("compiles src/core and src/report as they are", () => {
    expect(errorsWith(null)).toEqual([]);
  });

  it.each([
    ["the DOM", "export const x = (): unknown => document.title;\n", /document/],
    ["Node", 'export const x = (): unknown => Buffer.from("a");\n', /Buffer/],
    ["Office.js", "export const x = (): unknown => Office.context;\n", /Office/],
    ["Excel", "export const x = (): unknown => Excel.run;\n", /Excel/],
  ])("rejects a reference to %s", (_what, code, name) => {
    const errors = errorsWith(code);
    expect(errors.some((e) => name.test(e))).toBe(true);
  });
});
