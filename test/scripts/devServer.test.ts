/**
 * `npm start` and `npm stop` as a developer uses them (scripts/start.js, scripts/stop.js): the server
 * ends with npm on SIGTERM (an IDE's stop button, `timeout`) and SIGINT (Ctrl+C), `npm stop` ends it,
 * and a busy port is answered in one line. Each server runs on a free port (CT_DEV_PORT), in its own
 * process group so a failing test still cleans up what it started.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";

jest.setTimeout(180000);

const ROOT = process.cwd();
const PID_FILE = path.join(ROOT, ".ct-dev-server.pid");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 200) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `npm start -- --no-demo` on a free port, once it listens; with the server's own pid. */
async function start(): Promise<{ npmProcess: ChildProcess; port: number; serverPid: number; output: () => string }> {
  const port = await freePort();
  let out = "";
  const npmProcess = spawn(npm, ["start", "--", "--no-demo"], {
    cwd: ROOT,
    env: { ...process.env, CT_DEV_PORT: String(port) },
    detached: true,
  });
  started.push(npmProcess);
  npmProcess.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  npmProcess.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  await until(`the server on port ${port}`, () => listening(port));
  const pidNow = (): number => {
    try {
      return Number(fs.readFileSync(PID_FILE, "utf8").trim());
    } catch {
      return 0;
    }
  };
  await until("the server's pid file", () => pidNow() > 0 && alive(pidNow()));
  const serverPid = pidNow();
  return { npmProcess, port, serverPid, output: () => out };
}

afterEach(() => {
  // Only what this file started: its own process groups.
  for (const child of started.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already ended.
    }
  }
});

describe("npm start", () => {
  it.each([
    ["SIGTERM sent to npm alone (an IDE's stop button, `timeout`)", "SIGTERM", "npm"],
    ["SIGINT sent to npm's process group (Ctrl+C in a terminal)", "SIGINT", "group"],
    ["SIGTERM sent to npm's process group", "SIGTERM", "group"],
  ] as const)("ends the server on %s: the port closes and no process is left behind", async (_what, signal, target) => {
    const { npmProcess, port, serverPid } = await start();
    expect(alive(serverPid)).toBe(true);
    if (target === "npm") npmProcess.kill(signal);
    else process.kill(-(npmProcess.pid as number), signal);
    await until("the server process to end", () => !alive(serverPid), 15000);
    expect(await listening(port)).toBe(false);
    expect(fs.existsSync(PID_FILE)).toBe(false);
  });

  it("answers a busy port in one line that says what to do, and serves nothing", async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--no-demo"], {
        cwd: ROOT,
        env: { ...process.env, CT_DEV_PORT: String(port) },
        encoding: "utf8",
        timeout: 30000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`Port ${port} is busy.*npm stop.*lsof -i :${port}`));
      expect(r.stderr).not.toMatch(/EADDRINUSE|at .*\.js:\d+/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});

describe("npm stop", () => {
  it("stops the server npm start left running", async () => {
    const { port, serverPid, npmProcess } = await start();
    const ended = new Promise<number | null>((resolve) => npmProcess.once("exit", (code) => resolve(code)));
    const r = spawnSync(npm, ["stop"], { cwd: ROOT, encoding: "utf8", timeout: 30000 });
    expect(r.stdout).toContain(`Stopped the development server (process ${serverPid})`);
    expect(r.status).toBe(0);
    expect(alive(serverPid)).toBe(false);
    expect(await listening(port)).toBe(false);
    await ended;
  });

  it("says plainly that nothing runs when no server was started", () => {
    fs.rmSync(PID_FILE, { force: true });
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No development server is running/);
  });
});
