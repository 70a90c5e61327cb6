#!/usr/bin/env node
/*
 * ct-report: the provincial indicator report from an .xlsx file, without Excel (docs/cli.md).
 * The code is TypeScript compiled by `npm run build:cli` into out/; on a fresh clone where out/ is
 * missing, this builds it once with the project's own TypeScript.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const root = path.join(__dirname, "..");
const entry = path.join(root, "out", "cli", "main.js");
/** EX_SOFTWARE: ct-report itself failed (src/cli/exitCodes.ts EXIT.internal), never "an input failed" (1). */
const EXIT_INTERNAL = 70;
if (!fs.existsSync(entry)) {
  process.stderr.write("ct-report: đang biên dịch lần đầu / building once (npm run build:cli)…\n");
  const { spawnSync } = require("child_process");
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch (e) {
    tsc = null;
  }
  const r = tsc
    ? spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit" })
    : { status: 1 };
  if (r.status !== 0 || !fs.existsSync(entry)) {
    process.stderr.write(
      "ct-report: chưa biên dịch được, hãy chạy `npm run build:cli` / not built: run `npm run build:cli`\n",
    );
    process.exit(EXIT_INTERNAL);
  }
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
