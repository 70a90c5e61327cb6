/**
 * `npm run bench`: the benchmark harness. The npm script first compiles bench/ and src/ with tsc
 * (tsconfig.bench.json) into build-ts/; this file then makes a production build of the add-in into dist/
 * (the bundles the size and bundle sections measure; CT_BENCH_NO_BUILD=1 keeps dist/ as it is) and runs
 * every build-ts/bench/*.bench.js in turn: each exports `run(): Promise<void>` and prints its own table.
 * Arguments filter the sections by name: `npm run bench -- size bundle`.
 * A section that throws is reported and the others still run; the exit code is then 1.
 */
import * as fs from "fs";
import * as path from "path";
import { webpackBuild } from "../test/build/distBuild";

const BUDGET_MS = 60_000;

interface Section {
  name: string;
  file: string;
}

function sections(dir: string, filters: string[]): Section[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".bench.js"))
    .sort()
    .map((f) => ({ name: f.replace(/\.bench\.js$/, ""), file: path.join(dir, f) }))
    .filter((s) => filters.length === 0 || filters.some((q) => s.name.includes(q)));
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1) + " s";
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const list = sections(__dirname, filters);
  if (list.length === 0) {
    console.error(`bench: no section matches ${filters.join(", ")}`);
    return 1;
  }
  console.log(`CT benchmarks: ${list.map((s) => s.name).join(", ")} (Node ${process.version}, ${process.platform})`);
  if (process.env.CT_BENCH_NO_BUILD !== "1") {
    const t = Date.now();
    process.stdout.write("building the add-in (webpack, production mode)… ");
    await webpackBuild("production");
    console.log(seconds(Date.now() - t));
  }
  const results: { name: string; ms: number; error?: unknown }[] = [];
  for (const s of list) {
    console.log(`\n== ${s.name} ==`);
    const t = Date.now();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(s.file) as { run?: () => Promise<void> };
      if (typeof mod.run !== "function") throw new Error(`${s.file} exports no run()`);
      await mod.run();
      results.push({ name: s.name, ms: Date.now() - t });
    } catch (e) {
      results.push({ name: s.name, ms: Date.now() - t, error: e });
      console.error(`bench ${s.name} failed:`, e instanceof Error ? (e.stack ?? e.message) : e);
    }
  }
  console.log("\n== summary ==");
  console.log("section".padEnd(20) + "time".padStart(10) + "  result");
  for (const r of results) {
    const over = r.ms > BUDGET_MS ? `  over the ${seconds(BUDGET_MS)} budget` : "";
    console.log(r.name.padEnd(20) + seconds(r.ms).padStart(10) + "  " + (r.error ? "FAILED" : "ok") + over);
  }
  return results.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
