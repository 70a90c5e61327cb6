#!/usr/bin/env node
/**
 * `npm start`: serve the add-in over https on localhost:3000 (webpack-dev-server with its own
 * self-signed certificate; office-addin-dev-certs and office-addin-debugging do not run on Linux) and
 * print how to sideload manifest.xml into Excel on the web, Windows and Mac. When the project has
 * `npm run demo` (the command-line report), it runs first, so a machine without Excel still gets the
 * sample report as a file; `npm start -- --no-demo` skips it.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const ADDIN_URL = "https://localhost:3000";
const args = process.argv.slice(2);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function runDemo() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  if (args.includes("--no-demo") || !pkg.scripts || !pkg.scripts.demo) return;
  console.log("== npm run demo: báo cáo mẫu không cần Excel / the sample report without Excel ==");
  const r = spawnSync(npm, ["run", "--silent", "demo"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) console.warn("(demo failed; the add-in is served anyway / demo lỗi, vẫn chạy add-in)");
  console.log("");
}

function instructions() {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`== Công Thương add-in: ${ADDIN_URL}/taskpane.html ==

Nạp add-in vào Excel / Sideload the add-in (manifest: ${manifest})

 1. Trust the development certificate once: open ${ADDIN_URL}/taskpane.html in the browser that Excel uses
    and accept the warning (webpack-dev-server's self-signed certificate).
    Mở ${ADDIN_URL}/taskpane.html một lần và chấp nhận chứng chỉ tự ký.

 2. Excel on the web / Excel trên web: Home > Add-ins > More Add-ins > My Add-ins >
    Upload My Add-in (Tải lên bổ trợ của tôi) > choose manifest.xml.

 3. Excel on Windows: share the folder holding manifest.xml (e.g. \\\\PC\\ct-manifest); in Excel:
    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the share's
    path, tick "Show in Menu", restart Excel; then Home > Add-ins > Advanced > SHARED FOLDER > Công Thương.

 4. Excel on Mac: copy manifest.xml into
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create "wef" if missing),
    restart Excel; then Home > Add-ins > My Add-ins (developer add-ins) > Công Thương.

The "Công Thương" / "Industry & Trade" tab then shows Tạo báo cáo, Dữ liệu mẫu, Bảng điều khiển;
type =CT.GROWTH( in a cell for the functions. Ctrl+C stops the server / Ctrl+C để dừng.
Without Excel / Không cần Excel: ${ADDIN_URL}/report.html makes the report in any browser, nothing uploaded.
`);
}

function serve() {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

runDemo();
instructions();
serve();
