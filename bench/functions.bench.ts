/**
 * The CT wrappers from source (bundle.bench.ts measures CT.GROWTH through the built bundle): over a
 * 100,000-cell column, one array call vs the bare arithmetic loop vs 100,000 single calls, median of
 * 7 runs after a warm-up; the general path (a column with blanks and text, every cell coerced, some
 * errors); and CT.YTD / CT.PROJECTM over 10,000 rows of twelve months.
 */
import { GROWTH } from "../src/functions/growth";
import { INDEX } from "../src/functions/indexOf";
import { PLANPCT } from "../src/functions/planPct";
import { PROJECTM } from "../src/functions/projectM";
import { YTD } from "../src/functions/ytd";

const N = 100_000;
const RUNS = 7;

class BenchError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

function installCustomFunctions(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = {
    Error: BenchError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
}

function ms(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function median(f: () => unknown): number {
  f();
  const xs = Array.from({ length: RUNS }, () => ms(f)).sort((a, b) => a - b);
  return xs[Math.floor(RUNS / 2)] as number;
}

type Fn = (a: unknown[][], b: unknown[][]) => unknown[][];

export async function run(): Promise<void> {
  installCustomFunctions();
  const a = Array.from({ length: N }, (_, i) => [1000 + (i % 977) * 3.5]);
  const b = Array.from({ length: N }, (_, i) => [900 + (i % 613) * 2.25]);
  const mixed = a.map((r, i) => (i % 50 === 0 ? [null] : i % 101 === 0 ? ["n/a"] : r));

  const cases: {
    name: string;
    fn: Fn;
    bare: (x: number, y: number) => number;
  }[] = [
    { name: "CT.GROWTH", fn: GROWTH, bare: (x, y) => (x - y) / Math.abs(y) },
    { name: "CT.INDEX", fn: INDEX, bare: (x, y) => (x / y) * 100 },
    { name: "CT.PLANPCT", fn: PLANPCT, bare: (x, y) => x / y },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    const arrayCall = median(() => c.fn(a, b));
    const bareLoop = median(() => {
      const out: number[][] = new Array(N);
      for (let i = 0; i < N; i++) out[i] = [c.bare((a[i] as number[])[0] as number, (b[i] as number[])[0] as number)];
      return out;
    });
    const single = median(() => {
      for (let i = 0; i < N; i++) c.fn([a[i] as number[]], [b[i] as number[]]);
    });
    const general = median(() => c.fn(mixed, b));
    rows.push([
      c.name,
      arrayCall.toFixed(1),
      bareLoop.toFixed(1),
      (arrayCall / bareLoop).toFixed(2) + "x",
      single.toFixed(1),
      (single / arrayCall).toFixed(1) + "x",
      general.toFixed(1),
    ]);
  }
  const head = [
    "function (100,000 cells)",
    "array ms",
    "bare ms",
    "array/bare",
    "single calls ms",
    "single/array",
    "mixed column ms",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]): string => r.map((x, i) => x.padStart(widths[i] as number)).join("  ");
  console.log(
    "CT functions: array call vs bare arithmetic vs single calls (targets: array/bare <= 1.5x, single/array >= 10x)",
  );
  console.log(line(head));
  for (const r of rows) console.log(line(r));

  const R = 10_000;
  const months = Array.from({ length: R }, (_, i) =>
    Array.from({ length: 12 }, (_, m) => (m < 9 ? 100 + ((i * 7 + m * 13) % 50) : null)),
  );
  const last = Array.from({ length: R }, (_, i) => Array.from({ length: 12 }, (_, m) => 90 + ((i * 5 + m * 11) % 40)));
  const ytd = median(() => YTD(months));
  const seasonal = median(() => PROJECTM(months, last));
  const recent = median(() =>
    PROJECTM(months, null as unknown as unknown[][], null as unknown as unknown[][], [["recent"]]),
  );
  console.log("");
  console.log("rows of 12 months (10,000 rows)  ms");
  console.log(`CT.YTD flow                      ${ytd.toFixed(1).padStart(5)}`);
  console.log(`CT.PROJECTM seasonal             ${seasonal.toFixed(1).padStart(5)}`);
  console.log(`CT.PROJECTM recent               ${recent.toFixed(1).padStart(5)}`);
}
