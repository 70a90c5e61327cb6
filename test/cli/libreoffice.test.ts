/**
 * Proof outside our own code: headless LibreOffice opens the written report, recalculates every formula
 * (its profile is set to recalculate on load, and the proof file carries no cached result at all), and
 * the values it computes must equal the core's own numbers (the same report built with live:false)
 * within 1e-9. The report is also rendered to PDF and PNG in test-artifacts/cli/ with its Vietnamese
 * intact. Skipped with a loud message when soffice is absent, except in CI (CI=true), where it fails.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { makeReport, type ReportRequest } from "../../src/report/make/request";
import { readXlsx } from "../../src/cli/readXlsx";
import { reportWorkbook } from "../../src/writers/xlsx";
import type { Grid } from "../../src/report/table/grid";
import { load, run, tempDir, writeSample } from "./helpers";
import { convert, findSoffice, freshProfile } from "./soffice";

jest.setTimeout(240_000);

const soffice = findSoffice();
const inCI = process.env.CI === "true";
if (!soffice && !inCI) {
  console.warn(
    "\n*** SKIPPED test/cli/libreoffice.test.ts: soffice (LibreOffice) is not installed. ***\n" +
      "*** Install libreoffice-calc-nogui to prove the report's formulas in a real spreadsheet. ***\n",
  );
}
const describeLO = soffice || inCI ? describe : describe.skip;

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "cli");

/** The option sets proved: the default report, and English with growth columns and another estimate. */
const CASES: { name: string; req: ReportRequest }[] = [
  {
    name: "vi-index-seasonal",
    req: { lang: "vi", values: false, year: 2013, month: 9, method: "seasonal", compare: "index" },
  },
  {
    name: "en-growth-recent",
    req: { lang: "en", values: false, year: 2013, month: 9, method: "recent", compare: "growth" },
  },
  {
    name: "vi-index-june",
    req: { lang: "vi", values: false, year: 2013, month: 6, method: "runrate", compare: "index" },
  },
];

interface Proved {
  name: string;
  formulas: { address: string; formula: string; expected: number | string | null; got: unknown }[];
}

/** Within 1e-9, absolutely: |a - b| <= 1e-9 whatever the size of the numbers. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9;
}

describe("the comparison of LibreOffice's numbers with the core's", () => {
  it.each([
    [105.2, 105.2 + 5e-10, true],
    [0, 1e-9, true],
    [21000, 21000 + 1e-6, false],
    [1.5e6, 1.5e6 + 1e-4, false],
    [105.2, 105.3, false],
  ])("takes %d and %d as equal: %s (an absolute tolerance of 1e-9, whatever the size)", (a, b, same) => {
    expect(close(a, b)).toBe(same);
  });
});

describeLO("the report in LibreOffice", () => {
  let dir: string;
  const proved: Proved[] = [];
  let controlResult: unknown;

  beforeAll(async () => {
    if (!soffice) throw new Error("CI=true but soffice (LibreOffice) is not installed: install libreoffice-calc-nogui");
    dir = tempDir("lo");
    const sample = await writeSample(dir, "sample.xlsx");
    const data = await readXlsx(sample);
    const files: string[] = [];
    const expected = new Map<string, Grid>();
    for (const c of CASES) {
      const made = makeReport(data.sources, data.problems, c.req);
      const values = makeReport(data.sources, data.problems, { ...c.req, values: true });
      if (!made.ok || !values.ok) throw new Error(`no report for ${c.name}`);
      expected.set(c.name, values.report.grid);
      // No cached result anywhere: every number LibreOffice shows, it computed.
      const file = path.join(dir, `${c.name}.xlsx`);
      await reportWorkbook(made.report, { cacheResults: false }).xlsx.writeFile(file);
      files.push(file);
    }
    // A control: a formula whose cached result is wrong on purpose. LibreOffice must show 2, not 99.
    const control = new ExcelJS.Workbook();
    control.addWorksheet("c").getCell("A1").value = { formula: "1+1", result: 99 };
    const controlFile = path.join(dir, "control.xlsx");
    await control.xlsx.writeFile(controlFile);
    files.push(controlFile);

    const outs = convert(soffice, freshProfile(), files, "xlsx", path.join(dir, "lo"));
    controlResult = (await load(outs[outs.length - 1] as string)).worksheets[0]!.getCell("A1").result;

    for (let i = 0; i < CASES.length; i++) {
      const c = CASES[i]!;
      const mine = (await load(files[i] as string)).worksheets[0]!;
      const theirs = (await load(outs[i] as string)).worksheets[0]!;
      const grid = expected.get(c.name)!;
      const p: Proved = { name: c.name, formulas: [] };
      mine.eachRow((row, r) =>
        row.eachCell((cell, col) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const back = theirs.getCell(r, col);
          p.formulas.push({
            address: cell.address,
            formula: cell.formula,
            expected: grid.cells[r - 1]?.[col - 1]?.value ?? null,
            got: back.type === ExcelJS.ValueType.Formula ? back.result : back.value,
          });
        }),
      );
      proved.push(p);
    }
  });

  it("recalculates a control formula whose cached result is wrong (so the proof is not an echo)", () => {
    expect(controlResult).toBe(2);
    expect(proved.length).toBe(CASES.length);
  });

  it.each(CASES.map((c) => c.name))("computes every formula of the %s report as the core does, within 1e-9", (name) => {
    const p = proved.find((x) => x.name === name)!;
    expect(p.formulas.length).toBeGreaterThan(20);
    const wrong = p.formulas.filter((f) => {
      if (typeof f.expected === "number") return typeof f.got !== "number" || !close(f.got, f.expected);
      if (f.expected === null || f.expected === "") return !(f.got === "" || f.got === null || f.got === undefined);
      return f.got !== f.expected;
    });
    expect(wrong).toEqual([]);
  });

  it("proves number and text results alike (index ratios and Vượt / Đạt / Không đạt)", () => {
    const all = proved.flatMap((p) => p.formulas);
    expect(all.some((f) => typeof f.expected === "number")).toBe(true);
    expect(all.some((f) => typeof f.expected === "string" && /Đạt|Vượt|Met|Above|Missed/.test(f.expected))).toBe(true);
  });

  it("renders the report to PDF and PNG with the Vietnamese diacritics intact", async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const sample = await writeSample(dir, "du-lieu-mau.xlsx");
    const report = path.join(ARTIFACTS, "bao-cao-9T-2013.xlsx");
    expect((await run([sample, "--year", "2013", "--month", "9", "-o", report])).code).toBe(0);
    const [pdf] = convert(soffice as string, freshProfile(), [report], "pdf", ARTIFACTS);
    const text = spawnSync("pdftotext", ["-layout", pdf as string, "-"], { encoding: "utf8" }).stdout;
    // The title is printed in capitals; lower-casing keeps every diacritic, so this still proves them.
    expect(text.toLocaleLowerCase("vi")).toContain("kết quả thực hiện");
    expect(text).toContain("Chỉ tiêu");
    expect(text).toContain("Giá trị sản xuất công nghiệp");
    // The print area is the table and its notes (issue 19, point 6): the summary paragraph is not printed.
    expect(text).not.toMatch(/tăng 5,2% so với cùng kỳ/);
    expect(text).toMatch(/Ghi chú/);
    const png = spawnSync("pdftoppm", ["-png", "-r", "110", pdf as string, path.join(ARTIFACTS, "bao-cao-9T-2013")]);
    expect(png.status).toBe(0);
    expect(readdirSync(ARTIFACTS).filter((n) => n.endsWith(".png")).length).toBeGreaterThan(0);
    expect(existsSync(pdf as string)).toBe(true);
  });
});
