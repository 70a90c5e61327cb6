/**
 * The built add-in for the build tests and the benches: dist/ as `npm run build` leaves it. When
 * dist/functions.js or functions.json is missing, or older than a file under src/, the project's
 * webpack.config.js is run in production mode with webpack's node API (one build at a time, guarded
 * by a lock directory, since jest runs test files in parallel); a failed build fails with webpack's
 * own errors. CT_USE_DIST=1 uses dist/ as it is whenever its files exist. Paths come from the working
 * directory (the repository root), so the same code runs from test/ under jest and from build-ts/ under
 * the bench.
 */
import * as fs from "fs";
import * as path from "path";

export const ROOT = process.cwd();
export const DIST = path.join(ROOT, "dist");
const LOCK = path.join(ROOT, ".dist-build.lock");
const NEEDED = ["functions.js", "functions.json", "functions.vi.json", "commands.js", "taskpane.html"];

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** True when dist/ holds every file the tests read, each newer than everything under src/ and manifest.xml. */
export function distIsFresh(): boolean {
  if (process.env.CT_USE_DIST === "1") return NEEDED.every((f) => fs.existsSync(path.join(DIST, f)));
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "manifest.xml")).mtimeMs);
  return NEEDED.every((f) => {
    const p = path.join(DIST, f);
    return fs.existsSync(p) && fs.statSync(p).mtimeMs >= sources;
  });
}

type Stats = { hasErrors(): boolean; toString(o: unknown): string };
type Compiler = { run(cb: (err: Error | null, stats?: Stats) => void): void; close(cb: () => void): void };

/** Run the project's webpack configuration in a mode; rejects with webpack's errors. */
export async function webpackBuild(mode: "production" | "development"): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(path.join(ROOT, "node_modules", "webpack")) as (c: unknown) => Compiler;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: unknown) => unknown;
  const compiler = webpack(factory({}, { mode }));
  await new Promise<void>((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors())
        reject(
          new Error(
            "The add-in does not build (run `npm run build` to see it):\n" +
              stats.toString({ all: false, errors: true, errorDetails: false }),
          ),
        );
      else resolve();
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** dist/, built in production mode first when missing or stale. */
export async function ensureDist(): Promise<string> {
  if (distIsFresh()) return DIST;
  for (let waited = 0; ; waited += 250) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building: wait for it, then use its result.
      if (waited > 180_000) throw new Error(`Waited 3 minutes for another build; remove ${LOCK} if it is stale.`);
      await sleep(250);
      if (!fs.existsSync(LOCK) && distIsFresh()) return DIST;
    }
  }
  try {
    if (!distIsFresh()) await webpackBuild("production");
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}
