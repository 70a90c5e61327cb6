/**
 * ct-report's time and peak memory (max RSS of the process) for 1, 10 and 100 district files made from
 * the sample with scaled figures, each run a fresh `node` process on a folder, reports to --out-dir.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { sampleWorkbook } from "../src/cli/sampleWorkbook";

const COUNTS = [1, 10, 100];

/** Run the compiled CLI (next to this file after the harness's tsc build) in its own process. */
function timed(args: string[]): { ms: number; rssMb: number; code: number | null; err: string } {
  const main = path.join(__dirname, "..", "src", "cli", "main.js");
  const script =
    `require(${JSON.stringify(main)}).main(process.argv.slice(1)).then(() => ` +
    `process.stderr.write("\\nCT_MAX_RSS_KB " + process.resourceUsage().maxRSS + "\\n"))`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", script, ...args], { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /CT_MAX_RSS_KB (\d+)/.exec(r.stderr);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, code: r.status, err: r.stderr };
}

export async function run(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "ct-cli-bench-"));
  try {
    const rows: string[][] = [];
    for (const n of COUNTS) {
      const dir = path.join(root, `in-${n}`);
      mkdirSync(dir);
      for (let i = 0; i < n; i++) {
        await sampleWorkbook(0.05 + (i % 20) * 0.05).xlsx.writeFile(
          path.join(dir, `huyen-${String(i + 1).padStart(3, "0")}.xlsx`),
        );
      }
      const r = timed([dir, "--out-dir", path.join(root, `out-${n}`), "--quiet"]);
      if (r.code !== 0) throw new Error(`ct-report exited ${r.code}: ${r.err}`);
      rows.push([String(n), (r.ms / 1000).toFixed(2), (r.ms / n).toFixed(0), r.rssMb.toFixed(0)]);
    }
    const head = ["district files", "wall time (s)", "per file (ms)", "peak RSS (MB)"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] as number)).join("  ");
    console.log("ct-report (one process per run, node startup included)");
    console.log(line(head));
    for (const r of rows) console.log(line(r));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
