#!/usr/bin/env node
/**
 * `npm start`: serve the add-in over https on localhost:3000, bound to localhost only (webpack-dev-server with its own
 * self-signed certificate; office-addin-dev-certs and office-addin-debugging do not run on Linux) and
 * print how to sideload manifest.xml into Excel on the web, Windows and Mac. When the project has
 * `npm run demo` (the command-line report), it runs first, so a machine without Excel still gets the
 * sample report as a file; `npm start -- --no-demo` skips it.
 *
 * The server runs inside this process (webpack-dev-server's Node API), not as a child: whatever ends
 * npm ends the server, and SIGINT (Ctrl+C) or SIGTERM (an IDE's stop button, `timeout`, `npm stop`)
 * closes it cleanly first. A busy port is answered in one line. The process id is written to
 * .ct-dev-server.pid for `npm stop` (scripts/stop.js).
 * CT_DEV_PORT overrides the port (tests use a free one); the manifest the server serves
 * (https://localhost:PORT/manifest.xml) then names that port, and the steps below say to sideload that one.
 */
"use strict";
const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".ct-dev-server.pid");
const { devPort, DEFAULT_DEV_PORT } = require("./manifest-url");

const PORT = devPort();
const ADDIN_URL = `https://localhost:${PORT}`;
const args = process.argv.slice(2);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Resolves true when something already listens on the port. */
function portBusy(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES"));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

function runDemo() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  if (args.includes("--no-demo") || !pkg.scripts || !pkg.scripts.demo) return;
  console.log("== npm run demo: báo cáo mẫu không cần Excel / the sample report without Excel ==");
  const r = spawnSync(npm, ["run", "--silent", "demo"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) console.warn("(demo failed; the add-in is served anyway / demo lỗi, vẫn chạy add-in)");
  console.log("");
}

function instructions() {
  // On another port the repository's manifest.xml (localhost:3000) would send Excel nowhere: the served one names PORT.
  const manifest =
    PORT === DEFAULT_DEV_PORT
      ? path.join(ROOT, "manifest.xml")
      : `${ADDIN_URL}/manifest.xml (save it as manifest.xml / lưu thành tệp manifest.xml)`;
  console.log(`== Công Thương add-in: ${ADDIN_URL}/taskpane.html ==

Nạp add-in vào Excel / Sideload the add-in (manifest: ${manifest})
The server answers on this machine only (localhost): sideload in Excel on this same computer.
Máy chủ chỉ trả lời trên máy này: nạp add-in vào Excel trên chính máy này.

 1. Trust the development certificate on this machine (not only in one browser): Excel's web view checks
    the machine's certificate store. Open ${ADDIN_URL}/taskpane.html, export the certificate, and add it to
    the trusted root certificates (Windows: certmgr.msc; Mac: Keychain Access, "Always Trust").
    Tin cậy chứng chỉ tự ký trên máy (kho chứng chỉ của hệ điều hành), không chỉ trong trình duyệt.

 2. Excel on the web / Excel trên web (same computer): open a workbook, Home > Add-ins > More Settings >
    Upload My Add-in (Tải lên bổ trợ của tôi) > Browse > manifest.xml > Upload.

 3. Excel on Windows: share the folder holding manifest.xml (e.g. \\\\PC\\ct-manifest); in Excel:
    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the share's
    path, tick "Show in Menu", restart Excel; then Home > Add-ins > Advanced > SHARED FOLDER > Công Thương.

 4. Excel on Mac: copy manifest.xml into
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create "wef" if missing),
    restart Excel; then Home > Add-ins > My Add-ins (developer add-ins) > Công Thương.

The "Công Thương" / "Industry & Trade" tab then shows Tạo báo cáo, Dữ liệu mẫu, Bảng điều khiển;
type =CT.GROWTH( in a cell for the functions. Ctrl+C or \`npm stop\` stops the server / Ctrl+C hoặc \`npm stop\` để dừng.
Without Excel / Không cần Excel: ${ADDIN_URL}/report.html makes the report in any browser, nothing uploaded.
`);
}

function removePidFile() {
  try {
    if (fs.readFileSync(PID_FILE, "utf8").trim() === String(process.pid)) fs.unlinkSync(PID_FILE);
  } catch {
    // Already gone.
  }
}

async function serve() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  // Our own signal handling below, not webpack-dev-server's "press ^C again".
  const server = new WebpackDevServer({ ...config.devServer, port: PORT, setupExitSignals: false }, compiler);
  fs.writeFileSync(PID_FILE, `${process.pid}\n`);
  process.on("exit", removePidFile);
  let stopping = false;
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping the development server on port ${PORT} / đang dừng máy chủ…`);
    // A compilation in progress can hold server.stop() for long: the port goes with the process anyway.
    setTimeout(() => process.exit(0), 1500).unref();
    server.stop().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => stop(sig));
  // npm runs this script through a shell that does not pass SIGTERM on: when that shell (our parent)
  // ends, npm has ended, and the server ends with it instead of living on as an orphan.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("npm ended");
  }, 300);
  await server.start();
}

async function main() {
  if (await portBusy(PORT)) {
    console.error(
      `Port ${PORT} is busy: the add-in's server is already running (run \`npm stop\`) or another program uses it (find it with \`lsof -i :${PORT}\`). / Cổng ${PORT} đang bận: chạy \`npm stop\`.`,
    );
    process.exitCode = 1;
    return;
  }
  runDemo();
  instructions();
  await serve();
}

main().catch((e) => {
  console.error(`npm start: ${e && e.message ? e.message : e}`);
  removePidFile();
  process.exit(1);
});
