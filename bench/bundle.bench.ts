/**
 * CT.GROWTH through the built bundle, as Excel calls it: dist/functions.js run with a CustomFunctions
 * global whose associate() captured the GROWTH entry (test/build/bundleLoader.ts, same realm as the
 * arguments, as in Excel's runtime). Over one
 * 100,000-cell column: one array call vs the bare arithmetic loop (same input and output shape, plain
 * JavaScript) vs 100,000 single-cell calls through the same entry. Median of 11 timed runs after a
 * warm-up, a garbage collection before each run. Targets: the array call within 1.5x of bare; at least
 * 10x ahead of the single calls. In Node a call costs nanoseconds; in Excel each single-cell call also
 * pays the host's marshalling and batching, which this bench cannot see, so the singles' figure here is
 * a lower bound of their real cost.
 */
import { loadBundle } from "../test/build/bundleLoader";

const N = 100_000;
const RUNS = 11;
/** A collection before each timed run (when node runs with --expose-gc, as npm run bench does). */
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function timeMs(f: () => unknown): number {
  gc();
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Median time of each path, the paths interleaved run by run so GC and JIT drift hit them alike. */
function medians(paths: (() => unknown)[]): number[] {
  for (const f of paths) f(); // warm-up
  const times = paths.map(() => [] as number[]);
  for (let k = 0; k < RUNS; k++) paths.forEach((f, j) => (times[j] as number[]).push(timeMs(f)));
  return times.map((xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number);
}

export async function run(): Promise<void> {
  const bundle = loadBundle(undefined, { sameRealm: true });
  const growth = bundle.functions.get("GROWTH");
  if (!growth) throw new Error("dist/functions.js does not associate GROWTH");
  const cur: number[][] = Array.from({ length: N }, (_, i) => [1000 + (i % 977) * 3.5]);
  const prev: number[][] = Array.from({ length: N }, (_, i) => [900 + (i % 613) * 2.25]);

  // The same results three ways; checked equal before timing, so no path is measured doing less.
  const bare = (): number[][] => {
    const out: number[][] = new Array(N);
    for (let i = 0; i < N; i++) {
      const c = (cur[i] as number[])[0] as number;
      const p = (prev[i] as number[])[0] as number;
      out[i] = [(c - p) / Math.abs(p)];
    }
    return out;
  };
  const array = (): unknown[][] => growth(cur, prev) as unknown[][];
  const singles = (): unknown[][] => {
    const out: unknown[][] = new Array(N);
    for (let i = 0; i < N; i++) out[i] = (growth([cur[i]], [prev[i]]) as unknown[][])[0] as unknown[];
    return out;
  };
  const expected = bare();
  for (const [name, f] of [
    ["array", array],
    ["single calls", singles],
  ] as const) {
    const got = f();
    for (let i = 0; i < N; i += 997) {
      const a = (got[i] as unknown[])[0] as number;
      const b = (expected[i] as number[])[0] as number;
      if (Math.abs(a - b) > 1e-12) throw new Error(`${name}: row ${i} gives ${a}, bare arithmetic ${b}`);
    }
  }

  const [tBare, tArray, tSingles] = medians([bare, array, singles]) as [number, number, number];
  const f = (x: number): string => x.toFixed(2).padStart(10);
  const r = (x: number): string => (x.toFixed(2) + "x").padStart(9);
  console.log(
    `CT.GROWTH over ${N.toLocaleString("en")} cells, dist/functions.js via its associate entry (median of ${RUNS})`,
  );
  console.log("path                               ms   vs bare  target");
  console.log(`bare arithmetic loop       ${f(tBare)}${r(1)}`);
  console.log(
    `one array call             ${f(tArray)}${r(tArray / tBare)}  <= 1.50x bare: ${tArray <= 1.5 * tBare ? "met" : "NOT MET"}`,
  );
  console.log(
    `${N.toLocaleString("en")} single calls     ${f(tSingles)}${r(tSingles / tBare)}  array >= 10x ahead: ${(
      tSingles / tArray
    ).toFixed(1)}x, ${tSingles >= 10 * tArray ? "met" : "NOT MET"}`,
  );
  console.log("(single calls in Node exclude Excel's per-call marshalling: a lower bound of their cost in Excel)");
}
