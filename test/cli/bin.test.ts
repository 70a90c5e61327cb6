/**
 * The real command: bin/ct-report.js in its own process after the command's part of `npm run build`
 * (tsc -p tsconfig.cli.json, run here only when out/ is missing or older than src/),
 * with the exit codes scripts rely on, and `npm run demo`'s program.
 */
import { spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "fs";
import * as path from "path";
import { sha256, tempDir, writeSample } from "./helpers";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "ct-report.js");

/** The newest modification time of a .ts file under dir. */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return Math.max(newest, newestSource(p));
    return e.name.endsWith(".ts") ? Math.max(newest, statSync(p).mtimeMs) : newest;
  }, 0);
}

/**
 * True when out/ holds the command and the demo, newer than every source: the rule bin/ct-report.js
 * itself applies. `npm test` has just built them (`npm run build`), so jest does not compile again.
 */
function cliBuildIsFresh(): boolean {
  const built = ["main.js", "demo.js"].map((f) => path.join(ROOT, "out", "cli", f));
  if (!built.every((f) => existsSync(f))) return false;
  const sources = newestSource(path.join(ROOT, "src"));
  return built.every((f) => statSync(f).mtimeMs >= sources);
}

function ct(args: string[], cwd = ROOT): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("bin/ct-report.js", () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    if (!cliBuildIsFresh()) {
      const tsc = require.resolve("typescript/bin/tsc");
      const build = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], {
        encoding: "utf8",
      });
      if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
    }
    dir = tempDir("bin");
    data = await writeSample(dir, "data.xlsx");
  });

  it("exits 0 and writes the report; the input's checksum is unchanged", () => {
    const before = sha256(data);
    const out = path.join(dir, "report.xlsx");
    const r = ct([data, "--year", "2013", "--month", "9", "-o", out]);
    expect(r).toMatchObject({ code: 0, out: `${out}\n` });
    expect(existsSync(out)).toBe(true);
    expect(sha256(data)).toBe(before);
  });

  it.each([
    [["--month", "13"], 2],
    [["--nope"], 2],
  ])("exits with the usage code for the arguments %j", (args, code) => {
    expect(ct([data, ...args]).code).toBe(code);
  });

  it("exits 1 naming a file that is not a workbook", () => {
    const bad = path.join(dir, "bad.xlsx");
    writeFileSync(bad, "hello");
    const r = ct([bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.xlsx");
  });

  it("exits 3 when there is nothing to do", () => {
    expect(ct([tempDir("empty")]).code).toBe(3);
  });

  it("prints the help and the version", () => {
    expect(ct(["--help"]).out).toMatch(/Cách dùng[\s\S]*Usage/);
    expect(ct(["--version"]).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  describe("when ct-report itself fails, exits 70 (EX_SOFTWARE), not 1 (an input failed)", () => {
    /** A copy of bin/ct-report.js in a fresh folder, with out/cli/main.js as given (or none), and a source newer or older. */
    function copyWith(main: string | null, source: "older" | "newer" = "older"): string {
      const root = tempDir("bin-internal");
      mkdirSync(path.join(root, "bin"));
      mkdirSync(path.join(root, "src", "cli"), { recursive: true });
      copyFileSync(BIN, path.join(root, "bin", "ct-report.js"));
      const src = path.join(root, "src", "cli", "main.ts");
      writeFileSync(src, "export {};\n");
      if (main !== null) {
        mkdirSync(path.join(root, "out", "cli"), { recursive: true });
        const built = path.join(root, "out", "cli", "main.js");
        writeFileSync(built, main);
        const t = Date.now() / 1000;
        utimesSync(src, t - (source === "older" ? 60 : -60), t - (source === "older" ? 60 : -60));
        utimesSync(built, t, t);
      }
      return path.join(root, "bin", "ct-report.js");
    }
    const runCopy = (bin: string): { code: number | null; err: string } => {
      const r = spawnSync(process.execPath, [bin, "--help"], { cwd: path.dirname(bin), encoding: "utf8" });
      return { code: r.status, err: r.stderr };
    };

    it.each([
      ["out/ was never built (it is not built on first use)", null, /not built: run `npm run build`/],
      ["main() rejects", 'exports.main = async () => { throw new Error("boom"); };', /internal error: Error: boom/],
      ["out/cli/main.js cannot even be loaded", "this is not javascript (", /internal error:[\s\S]*SyntaxError/],
    ])("%s", (_case, main, message) => {
      const r = runCopy(copyWith(main));
      expect(r.code).toBe(70);
      expect(r.err).toMatch(message);
    });

    it("refuses a build older than the sources beside it (after a pull), saying what to run", () => {
      const main = 'exports.main = async () => { process.stdout.write("old code ran"); };';
      const stale = runCopy(copyWith(main, "newer"));
      expect(stale.code).toBe(70);
      expect(stale.err).toMatch(/older than the sources: run `npm run build`/);
      const fresh = spawnSync(process.execPath, [copyWith(main, "older")], { encoding: "utf8" });
      expect(fresh.stdout).toBe("old code ran");
    });
  });

  it("exits quietly when the reader of its output goes away (`ct-report folder | head -1`)", async () => {
    const folder = path.join(dir, "piped");
    mkdirSync(folder, { recursive: true });
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx"]) copyFileSync(data, path.join(folder, name));
    const child = spawn(process.execPath, [BIN, folder, "--year", "2013", "--month", "9", "--quiet"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (err += t));
    // Like `head -1`: read the first line, then close the pipe while the command still writes.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|Error|internal/);
    expect(code).toBe(0);
    expect(readdirSync(folder).filter((f) => f.includes("BC")).length).toBe(3);
  });

  it("npm run demo's program writes the sample data and its reports into the folder given and says where", () => {
    const out = tempDir("demo");
    const r = spawnSync(process.execPath, [path.join(ROOT, "out", "cli", "demo.js"), out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "du-lieu-mau.BC-9T-2013.docx",
      "du-lieu-mau.BC-9T-2013.xlsx",
      "du-lieu-mau.Report-9M-2013.docx",
      "du-lieu-mau.Report-9M-2013.xlsx",
      "du-lieu-mau.xlsx",
    ]);
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(/du-lieu-mau\.BC-9T-2013\.xlsx/);
  });
});
