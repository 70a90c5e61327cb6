#!/usr/bin/env node
/**
 * `npm stop`: end the development server `npm start` left running (its process id is in
 * .ct-dev-server.pid). Sends SIGTERM, so the server closes its port first (scripts/start.js), and waits
 * up to ten seconds for it to go. Says so plainly when nothing is running.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".ct-dev-server.pid");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** On Linux, true when the process is our start script (a recycled pid must not be killed). */
function isOurs(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync("/proc")) return true;
  try {
    return fs.readFileSync(cmdline, "utf8").includes("start.js");
  } catch {
    return false;
  }
}

async function main() {
  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  } catch {
    console.log("No development server is running (no .ct-dev-server.pid). / Không có máy chủ nào đang chạy.");
    return 0;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !isOurs(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log(
      "No development server is running (a stale .ct-dev-server.pid was removed). / Không có máy chủ nào đang chạy.",
    );
    return 0;
  }
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10000; waited += 100) {
    if (!alive(pid)) {
      console.log(`Stopped the development server (process ${pid}). / Đã dừng máy chủ.`);
      return 0;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error(`The development server (process ${pid}) did not stop within 10 s: kill ${pid}`);
  return 1;
}

main().then((code) => (process.exitCode = code));
