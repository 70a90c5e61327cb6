/**
 * `npm run bench -- estimate`: the year-end estimate of September (months 1–9) on the statistics office's
 * monthly tables (test/fixtures/published/gso-monthly.json), every year with at least 3 past years in the
 * fixture, against the year as first published: each method's mean absolute error per series and pooled,
 * beside `auto` (bench/estimateEval.ts says how the months are rebuilt from the releases).
 */
import * as fs from "fs";
import * as path from "path";
import { backTestFixture, meanErrors } from "./estimateEval";
import type { Fixture, YearResult } from "./estimateEval";
import { CANDIDATES } from "../src/core/estimateCandidates";

const FLOWS = ["retail", "exports", "imports", "budgetInvestment"];

const LABELS: Record<string, string> = {
  seasonal: "seas",
  seasonal3: "seas3",
  recent: "recent",
  runrate: "runrt",
  holtWinters: "hwAdd",
  holtWintersMul: "hwMul",
  latest: "latest",
  soFar: "soFar",
  auto: "AUTO",
};

function pct(x: number | undefined): string {
  return x === undefined ? "     –" : (x * 100).toFixed(2).padStart(6);
}

function row(label: string, results: readonly YearResult[], methods: readonly string[]): string {
  const me = meanErrors(results) as Record<string, number | undefined>;
  const years = results.map((r) => r.year);
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  return `${label.padEnd(22)} ${String(results.length).padStart(3)} ${span.padEnd(9)} ${methods.map((m) => pct(me[m])).join(" ")}`;
}

function table(results: readonly YearResult[], kind: "flow" | "index", series: string[]): void {
  const methods = [...CANDIDATES[kind], "auto"];
  console.log(
    `${"series".padEnd(22)} ${"n".padStart(3)} ${"years".padEnd(9)} ${methods.map((m) => (LABELS[m] ?? m).padStart(6)).join(" ")}`,
  );
  for (const s of series)
    console.log(
      row(
        s,
        results.filter((r) => r.series === s),
        methods,
      ),
    );
  const pooled = results.filter((r) => series.includes(r.series));
  console.log(row(`pooled (${series.length})`, pooled, methods));
}

export async function run(): Promise<void> {
  const file = path.join(process.cwd(), "test", "fixtures", "published", "gso-monthly.json");
  const fixture = JSON.parse(fs.readFileSync(file, "utf8")) as Fixture;
  const t = Date.now();
  const results = backTestFixture(fixture, 9, 3);
  const ms = Date.now() - t;
  console.log("September estimate, mean absolute error in % of the year as first published");
  table(results, "flow", FLOWS);
  console.log("");
  table(results, "index", ["iip", "cpi"]);
  console.log("\nauto's choice per year (fallback: fewer than 3 testable years, seasonal as without auto):");
  for (const s of Object.keys(fixture.series)) {
    const line = results.filter((r) => r.series === s).map((r) => `${r.year} ${r.autoMethod}`);
    console.log(`  ${s}: ${line.join(", ")}`);
  }
  console.log(`\n${results.length} estimates, every method and auto, in ${ms} ms`);
}
