/**
 * The result said plainly (issue 18 point 5): a report whose data check found errors (a row skipped, a
 * figure left blank) is said as "Đã tạo báo cáo, có N lỗi cần xem" / "Report made with N errors to check",
 * with the way to the list, on the pane's status line and result box, the page's status line and the
 * command's summary; never a plain "Xong." / "Done". Problem kinds and number styles are said in words.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/cli/readXlsx";
import { PROBLEM_KINDS, PROBLEM_MESSAGES, problemKind, type Problem } from "../../src/core/problem";
import { makeReport } from "../../src/report/make/request";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { resultLine } from "../../src/page/results";
import type { MadeFile } from "../../src/page/make";
import { doneMessage } from "../../src/taskpane/render";
import { STRINGS } from "../../src/ui/strings";
import { run } from "../cli/helpers";
import { tempDir, writeBadData } from "../page/harness";

/** The bad sample (a month typed "<b>abc</b>", the GTSX 2013 row repeated) and its report's problems. */
async function badReport(): Promise<{ file: string; problems: Problem[] }> {
  const file = await writeBadData(tempDir());
  const data = await readXlsx(file);
  const made = makeReport(data.sources, data.problems, { lang: "vi" });
  if (!made.ok) throw new Error("no report");
  return { file, problems: made.report.problems };
}

const errorsOf = (problems: readonly Problem[]): number => problems.filter((p) => p.severity === "error").length;

describe("a report with errors is said as such", () => {
  it("has errors in the bad sample: the repeated row and the text in a month, at least", async () => {
    const { problems } = await badReport();
    const codes = problems.filter((p) => p.severity === "error").map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["duplicate-row", "text-in-number"]));
  });

  it("the pane's status line: the count and the Check tab in the warning style, never 'Xong.'", async () => {
    const { problems } = await badReport();
    const n = errorsOf(problems);
    const m = doneMessage(problems);
    expect(m.tone).toBe("warning");
    expect(m.text?.vi).toBe(`Đã tạo báo cáo, có ${n} lỗi cần xem: ${STRINGS.vi["run.errorsWhere"]}.`);
    expect(m.text?.en).toBe(`Report made with ${n} errors to check: ${STRINGS.en["run.errorsWhere"]}.`);
    expect(m.text?.vi).not.toContain("Xong");
    expect(doneMessage([])).toEqual({ key: "run.step.done" });
  });

  it("the page's status line: the count and the list below, in the warning style", async () => {
    const { problems } = await badReport();
    const made = [{ ok: true, report: { problems } } as unknown as MadeFile];
    const line = resultLine(made, "vi");
    expect(line.tone).toBe("warning");
    expect(line.text).toMatch(new RegExp(`^Đã tạo báo cáo, có ${errorsOf(problems)} lỗi cần xem: xem danh sách`));
    expect(resultLine([{ ok: true, report: { problems: [] } } as unknown as MadeFile], "en").text).toMatch(/^Done/);
  });

  it("the command's summary: the count after the error lines it printed", async () => {
    const { file } = await badReport();
    const out = path.join(path.dirname(file), "r.xlsx");
    const r = await run([file, "-o", out]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    const printed = r.err.split("\n").filter((l) => / lỗi: /.test(l)).length;
    expect(printed).toBeGreaterThanOrEqual(2);
    expect(r.err).toContain(`Đã tạo báo cáo, có ${printed} lỗi cần xem: các dòng "lỗi" in ở trên`);
    const en = await run([file, "-o", out, "--lang", "en", "--force"]);
    expect(en.err).toContain(`Report made with ${printed} errors to check`);
  });

  it("the command's summary of several inputs marks the report with errors", async () => {
    const { file } = await badReport();
    const r = await run([file, file.replace(/\.xlsx$/, ".xlsx"), "--out-dir", path.join(path.dirname(file), "o")]);
    expect(r.err).toMatch(/đã ghi .* — Đã tạo báo cáo, có \d+ lỗi cần xem/);
  });
});

describe("problems in words", () => {
  it("names every kind of problem in both languages, never by its code", () => {
    for (const code of Object.keys(PROBLEM_MESSAGES) as (keyof typeof PROBLEM_KINDS)[]) {
      for (const lang of ["vi", "en"] as const) {
        expect(problemKind(code, lang)).not.toBe(code);
        expect(problemKind(code, lang)).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
      }
    }
    expect(problemKind("duplicate-row", "vi")).toBe("Dòng lặp lại, bị bỏ qua");
  });

  it('says "kiểu số Việt Nam" / "Vietnamese style", not "kiểu số vi"', () => {
    const rows = sampleValues();
    const t3 = SAMPLE_HEADER.indexOf("T3");
    (rows[1] as unknown[])[t3] = "1.234,5";
    const p = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: rows }]).problems.find(
      (x) => x.code === "text-number-converted",
    );
    expect(p?.message.vi).toContain("kiểu số Việt Nam");
    expect(p?.message.en).toContain("Vietnamese style");
    expect(p?.message.vi).not.toMatch(/kiểu số vi\b/);
  });
});
