#!/usr/bin/env node
/*
 * ct-report: the provincial indicator report from an .xlsx file, without Excel (docs/cli.md).
 * The code is TypeScript compiled into out/ by `npm run build` (one build for everything that ships).
 * Nothing builds itself here: a missing build, or one older than the sources beside it (after a
 * `git pull`), is refused with what to run, so the command never runs old code.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const root = path.join(__dirname, "..");
const entry = path.join(root, "out", "cli", "main.js");
/** EX_SOFTWARE: ct-report itself failed (src/cli/exitCodes.ts EXIT.internal), never "an input failed" (1). */
const EXIT_INTERNAL = 70;

/** The newest modification time of a .ts file under dir (0 when dir is absent: an installed copy has no src/). */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function refuse(vi, en) {
  process.stderr.write(`ct-report: ${vi} / ${en}\n`);
  process.exit(EXIT_INTERNAL);
}

if (!fs.existsSync(entry)) {
  refuse("chưa biên dịch, hãy chạy `npm run build`", "not built: run `npm run build`");
}
if (newestSource(path.join(root, "src")) > fs.statSync(entry).mtimeMs) {
  refuse(
    "bản biên dịch cũ hơn mã nguồn, hãy chạy `npm run build`",
    "the build is older than the sources: run `npm run build`",
  );
}
let running;
try {
  running = require(entry).main(process.argv.slice(2));
} catch (e) {
  running = Promise.reject(e); // a broken build: out/ present but not loadable
}
Promise.resolve(running).catch((e) => {
  process.stderr.write(`ct-report: lỗi nội bộ / internal error: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = EXIT_INTERNAL;
});
