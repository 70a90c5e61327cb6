/**
 * The part of the runtime bench that runs inside the page (headless Chromium), next to Microsoft's
 * custom-functions-runtime.js and dist/functions.js. Both functions are handed to Playwright, which sends
 * their source text to the page: they must be self-contained (no imports, no outer variables).
 *
 * Why a browser and not a Node vm context: the runtime loads in a vm context, but there every global
 * lookup of the bundle (Math, Array, ...) goes through Node's context interceptor, which made the array
 * call ~40x slower than in a browser engine (Excel's runtime is one) and would have misstated the figures.
 */

/** Installed before any page script: catches Microsoft's CustomFunctionProxy instance as it is built. */
export function catchProxy(): void {
  const k = "_batchQuotaMillis"; // assigned once, in CustomFunctionProxy's constructor
  const w = window as unknown as { __ctProxy?: unknown };
  Object.defineProperty(Object.prototype, k, {
    configurable: true,
    set(this: Record<string, unknown>, v: unknown) {
      if (typeof this._handleMessage === "function" && !w.__ctProxy) w.__ctProxy = this;
      Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
}

export interface PageArgs {
  n: number;
  runs: number;
  flags: number;
  timeoutMs: number;
}

export interface PageResult {
  array: number[];
  singles: number[];
  associated: string[];
  error?: string;
}

/** Runs in the page: times both paths through the proxy's _handleMessage and checks every result. */
export async function pageBench(args: PageArgs): Promise<PageResult> {
  interface Result {
    id: number;
    value: unknown;
    failed?: boolean;
  }
  interface Proxy {
    _handleMessage(a: { entries: unknown[] }): unknown;
    _executeSetResultsTask(): void;
    _setResultWithOutboundData(id: number, result: unknown, outboundData: unknown): void;
    _setErrorWithOutboundData(id: number, error: unknown, errorCode: number, outboundData: unknown): void;
    _resultEntryBuffer: Record<string, { result: Result }>;
    _isSetResultsTaskScheduled: boolean;
    _setResultsTaskOverdueTime: number;
  }
  const w = window as unknown as {
    __ctProxy?: Proxy;
    gc?: () => void;
    CustomFunctions?: { _association?: { mappings: Record<string, unknown> } };
  };
  const associated = Object.keys(w.CustomFunctions?._association?.mappings ?? {});
  const proxy = w.__ctProxy;
  if (!proxy) return { array: [], singles: [], associated, error: "the CustomFunctionProxy instance was not caught" };
  const { n, runs, flags, timeoutMs } = args;

  // The flush to the host (request context + context.sync()), replaced: results move to `flushed`.
  let flushed: Result[] = [];
  proxy._executeSetResultsTask = function (this: Proxy): void {
    for (const key in this._resultEntryBuffer)
      flushed.push((this._resultEntryBuffer[key] as { result: Result }).result);
    this._resultEntryBuffer = {};
    this._isSetResultsTaskScheduled = false;
    this._setResultsTaskOverdueTime = 0;
  };
  // Every buffered result (or error) is counted, to know when a dispatch is complete.
  let count = 0;
  let target = 0;
  let done: (() => void) | undefined;
  const setResult = proxy._setResultWithOutboundData;
  const setError = proxy._setErrorWithOutboundData;
  proxy._setResultWithOutboundData = function (this: Proxy, id, result, outboundData): void {
    setResult.call(this, id, result, outboundData);
    if (++count === target && done) done();
  };
  proxy._setErrorWithOutboundData = function (this: Proxy, id, error, errorCode, outboundData): void {
    setError.call(this, id, error, errorCode, outboundData);
    if (++count === target && done) done();
  };
  const dispatch = (entries: unknown[], expected: number): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      count = 0;
      target = expected;
      let start = 0;
      const timer = setTimeout(() => {
        done = undefined;
        reject(new Error(`only ${count} of ${expected} results buffered after ${timeoutMs} ms`));
      }, timeoutMs);
      done = (): void => {
        const ms = performance.now() - start;
        clearTimeout(timer);
        done = undefined;
        resolve(ms);
      };
      start = performance.now();
      proxy._handleMessage({ entries });
    });
  const take = (): Result[] => {
    proxy._executeSetResultsTask();
    const out = flushed;
    flushed = [];
    return out;
  };

  const cur = Array.from({ length: n }, (_, i) => 1000 + (i % 977) * 3.5);
  const prev = Array.from({ length: n }, (_, i) => 900 + (i % 613) * 2.25);
  const want = (i: number): number => ((cur[i] as number) - (prev[i] as number)) / Math.abs(prev[i] as number);
  // The host's side, built once outside the timing: the messages as JSON text.
  const arrayMessage = JSON.stringify([
    1,
    "GROWTH",
    [cur.map((c) => [c]), prev.map((p) => [p])],
    `Sheet1!C1:C${n}`,
    flags,
  ]);
  const singleMessages = cur.map((c, i) =>
    JSON.stringify([i + 1, "GROWTH", [[[c]], [[prev[i]]]], `Sheet1!C${i + 1}`, flags]),
  );
  const entry = (message: string): unknown => ({ messageCategory: 1, messageType: 1000, message });

  const checkArray = (rs: Result[]): string | null => {
    const r = rs[0];
    if (rs.length !== 1 || !r) return `${rs.length} results instead of 1`;
    if (r.failed) return `the invocation failed: ${String(r.value)}`;
    const rows = r.value as unknown[][];
    if (!Array.isArray(rows) || rows.length !== n) return "the result is not one row per cell";
    for (let i = 0; i < n; i++) if ((rows[i] as unknown[])[0] !== want(i)) return `row ${i + 1} is wrong`;
    return null;
  };
  const checkSingles = (rs: Result[]): string | null => {
    if (rs.length !== n) return `${rs.length} results instead of ${n}`;
    const seen = new Set<number>();
    for (const r of rs) {
      if (r.failed) return `invocation ${r.id} failed: ${String(r.value)}`;
      if (((r.value as unknown[][])[0] as unknown[])[0] !== want(r.id - 1)) return `invocation ${r.id} is wrong`;
      seen.add(r.id);
    }
    return seen.size === n ? null : `${n - seen.size} invocations without a result`;
  };
  const timed = async (make: () => unknown[], expected: number, check: (rs: Result[]) => string | null) => {
    const times: number[] = [];
    for (let k = 0; k <= runs; k++) {
      const entries = make(); // _handleMessage parses each message in place: fresh entries every run
      w.gc?.();
      const ms = await dispatch(entries, expected);
      const wrong = check(take());
      if (wrong) throw new Error(`wrong result: ${wrong}`);
      if (k > 0) times.push(ms); // run 0 is the warm-up
    }
    return times.sort((a, b) => a - b);
  };
  try {
    const array = await timed(() => [entry(arrayMessage)], 1, checkArray);
    const singles = await timed(() => singleMessages.map(entry), n, checkSingles);
    return { array, singles, associated };
  } catch (e) {
    return { array: [], singles: [], associated, error: e instanceof Error ? e.message : String(e) };
  }
}
