/** ct-report run in-process: exit codes, outputs, messages, and the input never written. */
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { EXIT } from "../../src/cli/exitCodes";
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import { runCli } from "../../src/cli/run";
import { formulas, headerCol, load, run, sha256, tempDir, writeData, writeSample } from "./helpers";
import { FIRST_DATA_ROW } from "../../src/report/make/model";

/** The sheet row (1-based) of the first indicator: under the first group's heading row. */
const FIRST_INDICATOR_ROW = FIRST_DATA_ROW + 2;

describe("ct-report", () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    dir = tempDir("run");
    sample = await writeSample(dir);
  });

  it("writes the report of the sample to -o and prints its path on stdout", async () => {
    const out = path.join(dir, "report.xlsx");
    const r = await run([sample, "--year", "2013", "--month", "9", "-o", out]);
    expect(r).toMatchObject({ code: EXIT.ok });
    expect(r.out.trim()).toBe(out);
    const ws = (await load(out)).getWorksheet("BC 9T-2013");
    expect(ws).toBeDefined();
    expect(formulas(ws!).size).toBeGreaterThan(20);
  });

  it("infers the period when --year and --month are not given", async () => {
    const out = path.join(dir, "inferred.xlsx");
    const r = await run([sample, "-o", out]);
    expect(r.code).toBe(EXIT.ok);
    expect((await load(out)).worksheets[0]!.name).toBe("BC 9T-2013");
  });

  it("takes the latest month of the year asked for when only --year is given", async () => {
    const out = path.join(dir, "y2012.xlsx");
    const r = await run([sample, "--year", "2012", "-o", out]);
    expect(r.code).toBe(EXIT.ok);
    expect((await load(out)).worksheets[0]!.name).toBe("BC năm 2012");
  });

  it("never writes the input file", async () => {
    const before = sha256(sample);
    await run([sample, "--out-dir", path.join(dir, "o1")]);
    await run([sample, "--values", "--lang", "en", "--out-dir", path.join(dir, "o1")]);
    expect(sha256(sample)).toBe(before);
  });

  it("refuses -o naming the input itself with exit 2 and leaves it unchanged", async () => {
    const before = sha256(sample);
    const r = await run([sample, "-o", sample]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/never overwritten/);
    expect(sha256(sample)).toBe(before);
  });

  it.each([
    ["a symbolic link to it", (input: string, link: string) => symlinkSync(input, link)],
    ["a hard link to it", (input: string, link: string) => linkSync(input, link)],
  ])("refuses -o naming the input through %s with exit 2 and leaves it unchanged", async (_how, makeLink) => {
    const d = tempDir("link");
    const input = await writeSample(d, "data.xlsx");
    const link = path.join(d, "report.xlsx");
    makeLink(input, link);
    const before = sha256(input);
    const r = await run([input, "-o", link, "--force"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/never overwritten/);
    expect(sha256(input)).toBe(before);
    expect(sha256(link)).toBe(before);
  });

  it("refuses -o naming the input by another spelling (a link to its folder)", async () => {
    const d = tempDir("spell");
    mkdirSync(path.join(d, "real"));
    const input = await writeSample(path.join(d, "real"), "data.xlsx");
    symlinkSync(path.join(d, "real"), path.join(d, "alias"));
    const r = await run([input, "-o", path.join(d, "alias", ".", "data.xlsx")]);
    expect(r.code).toBe(EXIT.usage);
    expect(lstatSync(input).isFile()).toBe(true);
  });

  it("fails a report that would land on another input through a symbolic link, naming it", async () => {
    const d = tempDir("linkdir");
    const a = await writeSample(d, "a.xlsx");
    mkdirSync(path.join(d, "out"));
    // The English report of a.xlsx in out/ is out/a.Report-9M-2013.xlsx: make that a link to the input b.xlsx.
    const b = await writeSample(d, "b.xlsx");
    symlinkSync(b, path.join(d, "out", "a.Report-9M-2013.xlsx"));
    const before = sha256(b);
    const r = await run([a, b, "--out-dir", path.join(d, "out"), "--lang", "en", "--force"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toMatch(/a\.Report-9M-2013\.xlsx \(the data file is never overwritten\)/);
    expect(sha256(b)).toBe(before);
  });

  describe("an existing file where the report goes", () => {
    it.each([
      ["-o", (d: string) => ["-o", path.join(d, "notes.xlsx")], "notes.xlsx"],
      ["--out-dir", (d: string) => ["--out-dir", d], "data.Report-9M-2013.xlsx"],
    ])("is not replaced with %s unless it is ct-report's own report: exit 1 naming it", async (_opt, outArgs, name) => {
      const d = tempDir("exists");
      const input = await writeSample(tempDir("exists-in"), "data.xlsx");
      const target = path.join(d, name);
      writeFileSync(target, "the officer's own notes");
      const r = await run([input, ...outArgs(d), "--lang", "en"]);
      expect(r.code).toBe(EXIT.someFailed);
      expect(r.err).toContain(`${target}: the file exists and is not a report written by ct-report`);
      expect(r.err).toMatch(/--force/);
      expect(readFileSync(target, "utf8")).toBe("the officer's own notes");
      expect(r.out).toBe("");
    });

    it("is replaced with --force", async () => {
      const d = tempDir("force");
      const input = await writeSample(d, "data.xlsx");
      const target = path.join(d, "notes.xlsx");
      writeFileSync(target, "old notes");
      const r = await run([input, "-o", target, "--force"]);
      expect(r.code).toBe(EXIT.ok);
      expect((await load(target)).worksheets[0]!.name).toBe("BC 9T-2013");
    });

    it("is replaced without --force when it is an earlier report of ct-report", async () => {
      const d = tempDir("again");
      const input = await writeSample(d, "data.xlsx");
      const target = path.join(d, "report.xlsx");
      expect((await run([input, "-o", target])).code).toBe(EXIT.ok);
      const r = await run([input, "-o", target, "--lang", "en"]);
      expect(r.code).toBe(EXIT.ok);
      expect((await load(target)).worksheets[0]!.name).toBe("Report 9M-2013");
    });
  });

  it("exits 70, not 1, on an unexpected internal error, saying so in both languages", async () => {
    let err = "";
    const code = await runCli(["--help"], {
      stdout: () => {
        throw new Error("stdout closed");
      },
      stderr: (t) => (err += t),
      isTTY: false,
    });
    expect(code).toBe(EXIT.internal);
    expect(EXIT.internal).toBe(70);
    expect(err).toMatch(
      /Lỗi không lường trước: stdout closed[^\n]* \/ Unexpected error: stdout closed[^\n]*\n[\s\S]*Error: stdout closed/,
    );
  });

  it("writes values and no formula with --values", async () => {
    const out = path.join(dir, "values.xlsx");
    expect((await run([sample, "--values", "-o", out])).code).toBe(EXIT.ok);
    const ws = (await load(out)).worksheets[0]!;
    expect(formulas(ws).size).toBe(0);
    expect(ws.getCell(FIRST_INDICATOR_ROW, headerCol(ws, "9 tháng so với cùng kỳ")).value).toBeCloseTo(105.2, 1);
  });

  it("caches each formula's computed result, so viewers without recalculation show numbers", async () => {
    const out = path.join(dir, "cached.xlsx");
    await run([sample, "-o", out]);
    const ws = (await load(out)).worksheets[0]!;
    const cell = ws.getCell(FIRST_INDICATOR_ROW, headerCol(ws, "9 tháng so với cùng kỳ"));
    const r = FIRST_INDICATOR_ROW;
    // The 9 months over the same period, wherever the layout puts the two columns.
    const letter = (head: string): string => String.fromCharCode(64 + headerCol(ws, head));
    expect(cell.formula).toContain(`${letter("Ước TH 9 tháng năm 2013")}${r}/${letter("TH 9 tháng năm 2012")}${r}*100`);
    expect(cell.result as number).toBeCloseTo(105.2, 1);
  });

  it.each([
    [["--year", "abc"], /--year/],
    [["--month", "13"], /--month/],
    [["--method", "guess"], /runrate\|seasonal\|recent\|manual/],
    [["--compare", "ratio"], /index\|growth/],
    [["--period", "half"], /month\|quarter\|cumulative/],
    [["--lang", "fr"], /vi\|en/],
    [["--frobnicate"], /unknown option: --frobnicate/],
    [["--year"], /missing value after --year/],
    [[], /no input file/],
  ])("exits 2 with a message for the arguments %j", async (args, message) => {
    const r = await run(args.length === 0 ? [] : [sample, ...args]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/ct-report --help/);
  });

  it("exits 2 for -o with several inputs", async () => {
    const r = await run([sample, sample, "-o", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/--out-dir/);
  });

  it("exits 2 for -o with a folder", async () => {
    const r = await run([dir, "-o", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(EXIT.usage);
  });

  it("prints help in Vietnamese and English and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/Cách dùng/);
    expect(r.out).toMatch(/Usage/);
    expect(r.out).toMatch(/Mã thoát/);
    expect(r.out).toMatch(/Exit codes/);
    expect(r.out).toMatch(/70 lỗi nội bộ/);
    expect(r.out).toMatch(/70 internal error/);
    expect(r.out).toMatch(/--force {2,}ghi đè/);
    expect(r.out).toMatch(/--force {2,}replace/);
  });

  it("exits 1 naming a file that is not an .xlsx workbook, and still writes the good one", async () => {
    const d = tempDir("bad");
    const bad = path.join(d, "notes.xlsx");
    writeFileSync(bad, "this is not a workbook");
    const good = await writeSample(d, "good.xlsx");
    const r = await run([bad, good, "--out-dir", path.join(d, "out")]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain("notes.xlsx");
    expect(r.err).toMatch(/không phải tệp Excel/);
    expect(readdirSync(path.join(d, "out"))).toEqual(["good.BC-9T-2013.xlsx"]);
  });

  it("names the old .xls format in English with --lang en", async () => {
    const d = tempDir("xls");
    const xls = path.join(d, "old.xlsx");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = await run([xls, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toMatch(/old\.xlsx: old \.xls format/);
  });

  it("exits 1 for a path that does not exist", async () => {
    const r = await run([path.join(dir, "nope.xlsx")]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toMatch(/nope\.xlsx/);
  });

  it("writes the kind asked with --period: the quarter's sheet and file name, and the month's", async () => {
    const out = path.join(dir, "quarter.xlsx");
    const r = await run([sample, "--period", "quarter", "-o", out]);
    expect(r.code).toBe(EXIT.ok);
    const ws = (await load(out)).worksheets[0]!;
    expect(ws.name).toBe("BC Q3-2013");
    expect(headerCol(ws, "Quý III so với quý trước")).toBeGreaterThan(0);
    const d = tempDir("kinds");
    const f = await writeSample(d, "data.xlsx");
    expect((await run([f, "--period", "month"])).code).toBe(EXIT.ok);
    expect(readdirSync(d)).toContain("data.BC-T9-2013.xlsx");
  });

  it("exits 1 saying in both languages that a quarter needs a month ending one", async () => {
    const vi = await run([sample, "--period", "quarter", "--month", "8", "-o", path.join(dir, "q8.xlsx")]);
    expect(vi.code).toBe(EXIT.someFailed);
    expect(vi.err).toMatch(/[Bb]áo cáo quý chỉ lập được ở tháng 3, 6, 9 hoặc 12/);
    const en = await run([
      sample,
      "--period",
      "quarter",
      "--month",
      "8",
      "--lang",
      "en",
      "-o",
      path.join(dir, "q8.xlsx"),
    ]);
    expect(en.err).toMatch(/[Aa] quarter report is made at month 3, 6, 9 or 12 only/);
  });

  it("exits 1 naming the file when a workbook holds no indicator data", async () => {
    const d = tempDir("empty");
    const f = await writeData(d, "blank.xlsx", [["Hello"], ["world"]]);
    const r = await run([f, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toMatch(/blank\.xlsx: No data found: no sheet or table has a header row/);
  });

  it("makes one report per workbook of a folder, named after each, skipping its own reports on a second run", async () => {
    const d = tempDir("folder");
    await writeSample(d, "huyen-a.xlsx", 0.3);
    await writeSample(d, "huyen-b.xlsx", 0.5);
    writeFileSync(path.join(d, "~$huyen-a.xlsx"), "lock file");
    writeFileSync(path.join(d, "ghi-chu.txt"), "not a workbook");
    const first = await run([d]);
    expect(first.code).toBe(EXIT.ok);
    expect(
      readdirSync(d)
        .filter((n) => n.includes(".BC-"))
        .sort(),
    ).toEqual(["huyen-a.BC-9T-2013.xlsx", "huyen-b.BC-9T-2013.xlsx"]);
    const second = await run([d]);
    expect(second.code).toBe(EXIT.ok);
    expect(second.err).toMatch(/bỏ qua/);
    expect(readdirSync(d).filter((n) => n.includes(".BC-")).length).toBe(2);
  });

  it("exits 1 naming the folder when --out-dir cannot be made", async () => {
    const d = tempDir("outdir");
    const blocker = path.join(d, "taken");
    writeFileSync(blocker, "a file where the folder should be");
    const r = await run([sample, "--out-dir", blocker, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toMatch(/cannot write .*taken/);
  });

  it("exits 3 when a folder holds no .xlsx file", async () => {
    const d = tempDir("none");
    mkdirSync(path.join(d, "sub"));
    const r = await run([d]);
    expect(r.code).toBe(EXIT.nothingToDo);
    expect(r.err).toMatch(/không có tệp \.xlsx/);
  });

  it("prints one progress line per file on a terminal, and none when not a terminal or with --quiet", async () => {
    const d = tempDir("tty");
    await writeSample(d, "a.xlsx");
    await writeSample(d, "b.xlsx");
    const tty = await run([d, "--out-dir", path.join(d, "o")], true);
    expect(tty.err.split("\n").filter((l) => /^\[\d\/2\]/.test(l))).toHaveLength(2);
    const pipe = await run([d, "--out-dir", path.join(d, "o")], false);
    expect(pipe.err).not.toMatch(/^\[\d\/2\]/m);
    const quiet = await run([d, "--out-dir", path.join(d, "o"), "--quiet"], true);
    expect(quiet.err).toBe("");
  });

  describe("with doubtful data", () => {
    let bad: string;
    beforeAll(async () => {
      const values = sampleValues();
      const row = values.findIndex((r) => r[0] === "XK" && r[5] === 2013);
      const monthCol = SAMPLE_HEADER.indexOf("T2");
      values[row]![monthCol] = "mười"; // text where a number belongs
      bad = await writeData(tempDir("doubt"), "doubt.xlsx", values, "Số liệu");
    });

    it("prints the problem as a warning naming the file, sheet and cell, and still writes the report", async () => {
      const r = await run([bad, "--lang", "en"]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.err).toMatch(/doubt\.xlsx: 'Số liệu'!I\d+ error: /);
      expect(existsSync(path.join(path.dirname(bad), "doubt.Report-9M-2013.xlsx"))).toBe(true);
    });

    it("fails the file with exit 1 under --strict and writes nothing for it", async () => {
      const out = path.join(path.dirname(bad), "strict.xlsx");
      const r = await run([bad, "--strict", "-o", out]);
      expect(r.code).toBe(EXIT.someFailed);
      expect(r.err).toMatch(/--strict/);
      expect(existsSync(out)).toBe(false);
    });
  });
});
