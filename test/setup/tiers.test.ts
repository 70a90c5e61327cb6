/**
 * The tiers hold their rule (test/setup/tiers.js): every slow suite is listed and exists, a unit-tier
 * suite cannot reach a module that leaves the process, and every property's count goes through the one
 * setting (FC_NUM_RUNS, via runs()) with the run's one seed (FC_SEED).
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { runs } from "./runs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SLOW, LEAVING } = require("./tiers") as { SLOW: Record<string, string>; LEAVING: string[] };

const ROOT = path.join(__dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(rel) : [rel];
  });
}

const TEST_FILES = filesUnder("test").filter((f) => f.endsWith(".test.ts"));

describe("the test tiers", () => {
  it("lists only test files that exist, each with what makes it slow", () => {
    for (const [file, why] of Object.entries(SLOW)) {
      expect({ file, exists: TEST_FILES.includes(file), why: why.length > 0 }).toEqual({
        file,
        exists: true,
        why: true,
      });
    }
  });

  it("lists every browser and LibreOffice suite as slow", () => {
    const named = TEST_FILES.filter((f) => /\.(browser|libreoffice)\.test\.ts$/.test(f));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((f) => !(f in SLOW))).toEqual([]);
  });

  it("makes every module that leaves the process throw in the unit tier", () => {
    expect(LEAVING).toEqual(expect.arrayContaining(["child_process", "net", "http", "playwright-core", "webpack"]));
    for (const name of LEAVING.filter((n) => n !== "webpack")) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(() => require(name)).toThrow(/test\/setup\/tiers\.js/);
    }
  });

  it("lets a unit test read webpack's configuration, not build with it", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require("webpack") as ((config: unknown) => unknown) & { version: string };
    expect(webpack.version).toMatch(/^5\./);
    expect(() => webpack({})).toThrow(/webpack\(\) builds.*test\/setup\/tiers\.js/);
  });

  it("has no property count written outside runs(), so FC_NUM_RUNS reaches every property", () => {
    const own = (f: string): boolean => f.startsWith("test/setup/");
    const files = filesUnder("test").filter((f) => f.endsWith(".ts") && !own(f));
    const writing = files.filter((f) => /numRuns\s*:/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(writing).toEqual([]);
  });
});

describe("runs() and the run's seed", () => {
  const before = fc.readConfigureGlobal();
  afterEach(() => fc.configureGlobal(before));

  it("gives the count as written when FC_NUM_RUNS is not set, else at most FC_NUM_RUNS", () => {
    fc.configureGlobal({ ...before, numRuns: undefined });
    expect(runs(10000)).toEqual({ numRuns: 10000 });
    fc.configureGlobal({ ...before, numRuns: 7 });
    expect(runs(10000)).toEqual({ numRuns: 7 });
    expect(runs(3)).toEqual({ numRuns: 3 });
  });

  it("hands every property the seed printed at the start (FC_SEED)", () => {
    expect(process.env.FC_SEED).toMatch(/^-?\d+$/);
    expect(before.seed).toBe(Number(process.env.FC_SEED));
  });
});
