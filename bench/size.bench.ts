/**
 * The gzipped size of each bundle of the production build in dist/ (office.js, loaded from Microsoft's
 * CDN, is not part of them). Target: functions + commands <= 40 KB gzipped, since both load into the
 * shared runtime before Excel can calculate a CT function or run a ribbon command.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = path.join(process.cwd(), "dist");
const BUNDLES = ["functions.js", "commands.js", "taskpane.js"];
const TARGET_KB = 40;

const kb = (n: number): string => (n / 1024).toFixed(1).padStart(9);

export async function run(): Promise<void> {
  const sizes = BUNDLES.map((name) => {
    const file = path.join(DIST, name);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
    const raw = fs.readFileSync(file);
    return { name, raw: raw.length, gz: zlib.gzipSync(raw, { level: 9 }).length };
  });
  const mapFiles = fs.readdirSync(DIST).filter((f) => f.endsWith(".map"));
  console.log("bundle (dist/, production)      raw KB    gzip KB");
  for (const s of sizes) console.log(`${s.name.padEnd(28)}${kb(s.raw)}  ${kb(s.gz)}`);
  const total = sizes.reduce((a, s) => a + s.gz, 0);
  const startup = sizes.filter((s) => s.name !== "taskpane.js").reduce((a, s) => a + s.gz, 0);
  console.log(`${"all three".padEnd(28)}${" ".repeat(9)}  ${kb(total)}`);
  console.log(
    `${"functions + commands".padEnd(28)}${" ".repeat(9)}  ${kb(startup)}   target <= ${TARGET_KB} KB: ${
      startup <= TARGET_KB * 1024 ? "met" : "NOT MET"
    }`,
  );
  // The docx library loads only when the pane's officer asks for the Word file: lazy chunks, no initial script.
  const initial = new Set([...BUNDLES, "office.js"]);
  const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !initial.has(f));
  const lazyGz = lazy.reduce((a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const eager = lazy.filter((f) => html.includes(f));
  console.log(
    `${"lazy chunks (Word report)".padEnd(28)}${" ".repeat(9)}  ${kb(lazyGz)}   ${lazy.join(", ")}: ${
      eager.length === 0 ? "loaded only when asked" : `LOADED AT START: ${eager.join(", ")}`
    }`,
  );
  if (eager.length > 0) throw new Error(`lazy chunks loaded by taskpane.html: ${eager.join(", ")}`);
  if (mapFiles.length) console.log(`note: source maps present (${mapFiles.join(", ")}): not a production build?`);
}
