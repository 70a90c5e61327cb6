/**
 * A folder run always finishes: broken links, loops of links, FIFOs, devices, unreadable folders, corrupt
 * or too-large files and even a bug in ct-report stop only their own input; the summary lists every
 * input with its outcome. Every input here is made for real (mkfifo, symlinks, /dev/zero, a sparse file);
 * only an unreadable folder is simulated, through the injectable fs layer, since the tests run as root
 * (for whom chmod 000 blocks nothing).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "fs";
import * as path from "path";
import { unzipSync, zipSync } from "fflate";
import * as request from "../../src/report/make/request";
import { EXIT } from "../../src/cli/exitCodes";
import { nodeFs, type FsLayer } from "../../src/cli/fileAccess";
import { fromRefusal } from "../../src/cli/inputError";
import type { ReadRefusalCode } from "../../src/cli/readRefusal";
import { readXlsx } from "../../src/cli/readXlsx";
import { runCli } from "../../src/cli/run";
import { sampleWorkbook } from "../../src/cli/sampleWorkbook";
import { carriedOf, run, tempDir, writeSample, type Ran } from "./helpers";

/** Run, failing the test (instead of hanging it) when the run takes more than `ms`. */
async function runWithin(argv: string[], ms = 20_000, fs?: FsLayer): Promise<Ran> {
  let out = "";
  let err = "";
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), isTTY: false };
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`ct-report ${argv.join(" ")} hung for ${ms} ms`)), ms);
  });
  try {
    const code = await Promise.race([runCli(argv, io, fs ? { fs } : {}), hung]);
    return { code, out, err };
  } finally {
    clearTimeout(timer);
  }
}

function mkfifo(p: string): void {
  const r = spawnSync("mkfifo", [p]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe("a folder run", () => {
  it("does every good workbook despite a broken link, a loop of links, a FIFO and a corrupt file, and lists each", async () => {
    const d = tempDir("mixed");
    await writeSample(d, "a-good.xlsx", 0.3);
    symlinkSync(path.join(d, "nowhere.xlsx"), path.join(d, "b-broken.xlsx"));
    symlinkSync(path.join(d, "c-loop.xlsx"), path.join(d, "c-loop.xlsx"));
    mkfifo(path.join(d, "d-fifo.xlsx"));
    writeFileSync(path.join(d, "e-corrupt.xlsx"), Buffer.from("PK\u0003\u0004 this zip stops here"));
    await writeSample(d, "f-good.xlsx", 0.5);
    const r = await runWithin([d, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.out.trim().split("\n")).toEqual([
      path.join(d, "a-good.Report-9M-2013.xlsx"),
      path.join(d, "f-good.Report-9M-2013.xlsx"),
    ]);
    const at = (n: string): string => path.join(d, n);
    expect(r.err).toContain("summary of 6 input(s):");
    expect(r.err).toContain(`written  ${at("a-good.xlsx")} → ${at("a-good.Report-9M-2013.xlsx")}`);
    expect(r.err).toContain(`refused  ${at("b-broken.xlsx")}: a broken symbolic link`);
    expect(r.err).toMatch(new RegExp(`(refused|failed) +${at("c-loop.xlsx")}: a loop of symbolic links`));
    expect(r.err).toContain(`refused  ${at("d-fifo.xlsx")}: not a regular file (a FIFO): not read`);
    expect(r.err).toContain(`refused  ${at("e-corrupt.xlsx")}: cannot read the .xlsx: the file is damaged`);
    expect(r.err).toContain(`written  ${at("f-good.xlsx")} → ${at("f-good.Report-9M-2013.xlsx")}`);
    expect(r.err).toMatch(/2 written, \d refused, 0 skipped, \d failed/);
  });

  it("refuses a FIFO given as an input at once (it never waits for a writer)", async () => {
    const d = tempDir("fifo");
    const fifo = path.join(d, "pipe.xlsx");
    mkfifo(fifo);
    const good = await writeSample(d, "good.xlsx");
    const r = await runWithin([fifo, good, "--lang", "en"], 10_000);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${fifo}: not a regular file (a FIFO): not read`);
    expect(existsSync(path.join(d, "good.Report-9M-2013.xlsx"))).toBe(true);
  });

  it("refuses /dev/zero at once (it never reads without end)", async () => {
    const r = await runWithin(["/dev/zero"], 10_000);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain("/dev/zero: không phải tệp thường (thiết bị): không đọc");
  });

  it("refuses a file over the size limit by its size on disk, naming the file and the limit, and goes on", async () => {
    const d = tempDir("big");
    const big = path.join(d, "a-big.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 101 * 1024 * 1024); // sparse: no disk used, but stat says 101 MB
    await writeSample(d, "b-good.xlsx");
    const r = await runWithin([d, "--lang", "en"], 10_000);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${big}: file too large (101 MB; the limit is 100 MB): not read`);
    expect(existsSync(path.join(d, "b-good.Report-9M-2013.xlsx"))).toBe(true);
  });

  it("goes on past a folder it cannot read (EACCES, simulated), naming it", async () => {
    const d = tempDir("locked");
    mkdirSync(path.join(d, "locked"));
    await writeSample(path.join(d, "locked"), "hidden.xlsx");
    const good = await writeSample(d, "good.xlsx");
    const locked = path.join(d, "locked");
    const fs: FsLayer = {
      ...nodeFs,
      readdir: async (p, o) => {
        if (path.resolve(p) === locked) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return nodeFs.readdir(p, o);
      },
    };
    const r = await runWithin([locked, good, "--lang", "en"], 20_000, fs);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${locked}: cannot read the folder (EACCES)`);
    expect(r.out.trim()).toBe(path.join(d, "good.Report-9M-2013.xlsx"));
    expect(r.err).toContain("summary of 2 input(s):");
  });

  it("goes on past a file whose stat fails (EACCES on the path, simulated)", async () => {
    const d = tempDir("eacces");
    const a = await writeSample(d, "a.xlsx");
    const b = await writeSample(d, "b.xlsx");
    const fs: FsLayer = {
      ...nodeFs,
      stat: async (p) => {
        if (path.resolve(p) === a) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return nodeFs.stat(p);
      },
    };
    const r = await runWithin([d, "--lang", "en"], 20_000, fs);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${a}: cannot read the file (EACCES)`);
    expect(r.out.trim()).toBe(path.join(d, "b.Report-9M-2013.xlsx"));
    expect(existsSync(b)).toBe(true);
  });

  it("exits 70 for a bug in ct-report on one input, and still does the others", async () => {
    const d = tempDir("bug");
    await writeSample(d, "a.xlsx");
    await writeSample(d, "b.xlsx");
    await writeSample(d, "c.xlsx");
    const real = request.makeReport;
    let calls = 0;
    // The folder's files are done in name order: the second call is b.xlsx's.
    const spy = jest.spyOn(request, "makeReport").mockImplementation((...args) => {
      if (++calls === 2) throw new TypeError("Cannot read properties of undefined (reading 'months')");
      return real(...args);
    });
    try {
      const r = await runWithin([d, "--lang", "en"]);
      expect(r.code).toBe(EXIT.internal);
      expect(r.out.trim().split("\n")).toEqual([
        path.join(d, "a.Report-9M-2013.xlsx"),
        path.join(d, "c.Report-9M-2013.xlsx"),
      ]);
      expect(r.err).toContain(
        `${path.join(d, "b.xlsx")}: Unexpected error: Cannot read properties of undefined (reading 'months'). If it happens again, please report it`,
      );
      expect(r.err).toMatch(/TypeError: Cannot read properties of undefined/);
      expect(r.err).toMatch(/failed +.*b\.xlsx: Unexpected error/);
      expect(r.err).toMatch(/2 written, 0 refused, 0 skipped, 1 failed/);
    } finally {
      spy.mockRestore();
    }
  });

  it("exits 3 when the folder holds only ct-report's own reports: nothing to do", async () => {
    const d = tempDir("only-reports");
    const data = await writeSample(tempDir("only-reports-data"), "data.xlsx");
    expect((await run([data, "--out-dir", d])).code).toBe(EXIT.ok);
    const r = await run([d, "--lang", "en"]);
    expect(r.code).toBe(EXIT.nothingToDo);
    expect(r.err).toMatch(/no \.xlsx file to make a report from/);
    expect(readdirSync(d)).toEqual(["data.BC-9T-2013.xlsx"]);
  });

  it("prints the summary in Vietnamese by default", async () => {
    const d = tempDir("vi-summary");
    await writeSample(d, "a.xlsx");
    symlinkSync(path.join(d, "nowhere.xlsx"), path.join(d, "b.xlsx"));
    const r = await runWithin([d]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain("ct-report: tóm tắt, 2 tệp vào:");
    expect(r.err).toContain(`từ chối  ${path.join(d, "b.xlsx")}: liên kết tượng trưng hỏng`);
    expect(r.err).toContain("1 đã ghi, 1 từ chối, 0 bỏ qua, 0 lỗi");
  });
});

describe("-o naming something that is not a file", () => {
  it("refuses a folder with exit 2, saying to use --out-dir", async () => {
    const d = tempDir("o-folder");
    const input = await writeSample(d, "data.xlsx");
    mkdirSync(path.join(d, "reports"));
    const r = await run([input, "-o", path.join(d, "reports")]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(`-o chỉ tới một thư mục: ${path.join(d, "reports")}`);
    expect(r.err).toContain(
      `-o names a folder: ${path.join(d, "reports")}; -o is the report's file name, use --out-dir`,
    );
    expect(readdirSync(path.join(d, "reports"))).toEqual([]);
  });

  it("refuses a FIFO with exit 2 at once", async () => {
    const d = tempDir("o-fifo");
    const input = await writeSample(d, "data.xlsx");
    mkfifo(path.join(d, "out.xlsx"));
    const r = await runWithin([input, "-o", path.join(d, "out.xlsx")], 10_000);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/-o names something that is not a regular file \(a FIFO\)/);
  });
});

describe("the bounded reader's refusals (src/xlsx ReadRefusalCode)", () => {
  const codes: ReadRefusalCode[] = [
    "encrypted",
    "xls",
    "ods",
    "csv",
    "not-xlsx",
    "corrupt",
    "too-large",
    "too-many-cells",
  ];
  it.each(codes)("%s: exit 1 with the refusal's own message, the other inputs still done", async (code) => {
    const d = tempDir(`refusal-${code}`);
    const a = await writeSample(d, "a.xlsx");
    const b = await writeSample(d, "b.xlsx");
    const message = { vi: `${a}: từ chối (${code}), giới hạn 1000`, en: `${a}: refused (${code}), the limit is 1000` };
    let out = "";
    let err = "";
    const code_ = await runCli(
      [d, "--lang", "en"],
      { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false },
      {
        read: async (file, shown, maxBytes, fs) => {
          if (file === a) throw fromRefusal({ code, message });
          return readXlsx(file, shown, maxBytes, fs);
        },
      },
    );
    expect(code_).toBe(EXIT.someFailed);
    expect(err).toContain(`ct-report: ${message.en}\n`);
    expect(err).toContain(`refused  ${a}: refused (${code}), the limit is 1000`);
    expect(out.trim()).toBe(path.join(d, "b.Report-9M-2013.xlsx"));
    expect(existsSync(b)).toBe(true);
  });
});

describe("a stray cell far away (XFD1048576)", () => {
  it("gives the same report as the workbook without it, and the folder run goes on", async () => {
    const d = tempDir("stray");
    const plain = await writeSample(d, "a-plain.xlsx");
    const wb = sampleWorkbook();
    wb.worksheets[0]!.getCell("XFD1048576").value = "x";
    await wb.xlsx.writeFile(path.join(d, "b-stray.xlsx"));
    const r = await runWithin([d, "--lang", "en"], 60_000);
    expect(r.code).toBe(EXIT.ok);
    const [a, b] = r.out.trim().split("\n");
    expect(a).toBe(path.join(d, "a-plain.Report-9M-2013.xlsx"));
    expect(b).toBe(path.join(d, "b-stray.Report-9M-2013.xlsx"));
    // The same content gives the same fingerprint: the stray cell changed no figure of the report.
    expect(carriedOf(b!)).toBe(carriedOf(a!));
    expect(existsSync(plain)).toBe(true);
  });
});

describe("a zip bomb (in miniature: a real .xlsx carrying 3 MB of zeros that pack to a few KB)", () => {
  it("is refused by the unpacked size its zip declares, naming the file and the limit, and the run goes on", async () => {
    const d = tempDir("bomb");
    const sample = await writeSample(d, "a-bomb.xlsx");
    const parts = unzipSync(readFileSync(sample));
    parts["xl/media/padding.bin"] = new Uint8Array(3 * 1024 * 1024);
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    writeFileSync(sample, bomb);
    await writeSample(d, "b-good.xlsx");
    let out = "";
    let err = "";
    const code = await runCli(
      [d, "--lang", "en"],
      { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false },
      { limits: { maxFileBytes: 100 * 1024 * 1024, maxInflatedBytes: 2 * 1024 * 1024 } },
    );
    expect(code).toBe(EXIT.someFailed);
    expect(err).toMatch(
      new RegExp(
        `${sample.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: unpacked content too large \\(the zip declares 3(\\.\\d)? MB; the limit is 2 MB\\): not read`,
      ),
    );
    expect(out.trim()).toBe(path.join(d, "b-good.Report-9M-2013.xlsx"));
  });
});
