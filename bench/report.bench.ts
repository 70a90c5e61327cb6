/**
 * Report compute time: readDataset + buildReport for 500 indicators × 3 years (and 10, 100 for scale),
 * values and live modes. Prints a small table; no Excel involved.
 */
import { buildReport } from "../src/report/make/model";
import { readDataset } from "../src/report/read/reader";
import { SAMPLE_HEADER } from "../src/report/read/sample";
import type { ReportOptions } from "../src/report/period/options";

const KINDS = ["cộng dồn", "bình quân", "cuối kỳ"];

/** A raw-data sheet of `n` indicators × 2012..2014 (2014: plans only), a few months typed as text. */
export function syntheticSheet(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [SAMPLE_HEADER.slice()];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % 3] as string;
    for (const year of [2012, 2013, 2014]) {
      const months: (string | number | null)[] = [];
      for (let m = 1; m <= 12; m++) {
        if (year === 2014 || (year === 2013 && m > 9)) months.push(null);
        else {
          const v = 100 + i + m * 3 + (year - 2012) * 7;
          months.push(m === 5 && i % 10 === 0 ? String(v).replace(".", ",") : v);
        }
      }
      const plan = i % 7 === 0 ? "tăng 10%" : 1500 + i;
      rows.push([`CT${i}`, `Nhóm ${1 + (i % 5)}`, `Chỉ tiêu ${i}`, "tỷ đồng", kind, year, plan, ...months, null]);
    }
  }
  return rows;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

export async function run(): Promise<void> {
  const base: ReportOptions = { year: 2013, month: 9, method: "seasonal", comparison: "index", lang: "vi", live: true };
  const lines: string[] = [];
  lines.push("report compute (median of 7 runs)");
  lines.push("indicators × years | rows | read ms | build live ms | build values ms | grid cells | formulas");
  for (const n of [10, 100, 500]) {
    const sheet = syntheticSheet(n);
    const src = [{ sheet: "Dữ liệu", values: sheet }];
    const data = readDataset(src);
    const read = time(() => readDataset(src), 7);
    const live = time(() => buildReport(data, base), 7);
    const values = time(() => buildReport(data, { ...base, live: false }), 7);
    const report = buildReport(data, base);
    const formulas = report.grid.cells.reduce((a, row) => a + row.filter((c) => c?.formula).length, 0);
    lines.push(
      `${String(n).padStart(5)} × 3 | ${String(sheet.length - 1).padStart(5)} | ${read.toFixed(1).padStart(7)} | ${live.toFixed(1).padStart(13)} | ${values
        .toFixed(1)
        .padStart(15)} | ${String(report.grid.rows * report.grid.cols).padStart(10)} | ${formulas}`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
}
