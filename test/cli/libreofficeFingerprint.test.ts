/**
 * A LibreOffice round trip (open, save as .xlsx): LibreOffice keeps the custom document property that
 * carries the fingerprint, but rewrites every part, and the fingerprint covers every part (what an
 * officer adds may be anywhere: a picture, a header line, a comment). So a report saved again counts as
 * edited and is kept (replaced only with --force), never lost. A report of the previous version
 * (test/fixtures/oldScheme, fingerprint over cell facts) is still verified by its own scheme: unedited
 * through the round trip. Skipped with a loud message when soffice is absent, except in CI (CI=true),
 * where it fails.
 */
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/exitCodes";
import { makeReport } from "../../src/report/make/request";
import { readXlsx } from "../../src/cli/readXlsx";
import { FINGERPRINT_PROPERTY } from "../../src/core/package";
import { reportWorkbook, workbookBytes } from "../../src/writers/xlsx";
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import { carriedOf, load, provenanceOf, run, sha256, tempDir, withProperty, writeData, writeSample } from "./helpers";
import { convert, findSoffice, freshProfile } from "./soffice";

jest.setTimeout(240_000);

const soffice = findSoffice();
const inCI = process.env.CI === "true";
if (!soffice && !inCI) {
  console.warn("\n*** SKIPPED test/cli/libreofficeFingerprint.test.ts: soffice (LibreOffice) is not installed. ***\n");
}
const describeLO = soffice || inCI ? describe : describe.skip;

describeLO("a report saved again by LibreOffice", () => {
  let dir: string;
  let input: string;
  const names = ["formulas", "values", "noted", "holes", "edited", "previous"] as const;
  const original: Record<string, string> = {};
  const roundTripped: Record<string, string> = {};

  beforeAll(async () => {
    if (!soffice) throw new Error("CI=true but soffice (LibreOffice) is not installed: install libreoffice-calc-nogui");
    dir = tempDir("lo-fp");
    input = await writeSample(dir, "data.xlsx");
    for (const [name, extra] of [
      ["formulas", []],
      ["values", ["--values"]],
    ] as const) {
      const out = path.join(dir, `${name}.xlsx`);
      expect((await run([input, "-o", out, ...extra])).code).toBe(EXIT.ok);
      original[name] = out;
    }
    // A report with notes in it (the writer's notes reach the fingerprint too).
    const data = await readXlsx(input);
    const made = makeReport(data.sources, data.problems, { lang: "vi", values: false });
    if (!made.ok) throw new Error("the sample must give a report");
    const wb = reportWorkbook(made.report);
    wb.worksheets[0]!.getCell("F7").note = "Số liệu tháng 5 còn thiếu: ô để trống";
    wb.worksheets[0]!.getCell("C8").note = "ghi chú thứ hai\ncó xuống dòng";
    original.noted = path.join(dir, "noted.xlsx");
    writeFileSync(original.noted, await workbookBytes(wb));
    // A report with a hole (T5 of GTSX 2013 blank): the writer's own note says why the figure is blank.
    const values = sampleValues();
    const row = values.findIndex((r) => r[0] === "GTSX" && r[5] === 2013);
    values[row]![SAMPLE_HEADER.indexOf("T5")] = null;
    const holed = await writeData(dir, "holed-data.xlsx", values, "Số liệu");
    original.holes = path.join(dir, "holes.xlsx");
    expect((await run([holed, "-o", original.holes])).code).toBe(EXIT.ok);
    let notes = 0;
    (await load(original.holes)).worksheets[0]!.eachRow({ includeEmpty: true }, (r) =>
      r.eachCell({ includeEmpty: true }, (c) => void (c.note ? notes++ : 0)),
    );
    expect(notes).toBeGreaterThan(0);
    // An edited report (an estimate typed), its fingerprint kept as Excel keeps it.
    original.edited = path.join(dir, "edited.xlsx");
    const carried = carriedOf(original.formulas!)!;
    const ed = new ExcelJS.Workbook();
    await ed.xlsx.load(readFileSync(original.formulas!));
    ed.worksheets[0]!.getCell("J7").value = 98765;
    writeFileSync(
      original.edited,
      withProperty(new Uint8Array(await ed.xlsx.writeBuffer()), FINGERPRINT_PROPERTY, carried),
    );

    // A report of the previous version, unedited.
    original.previous = path.join(dir, "previous.xlsx");
    copyFileSync(path.join(__dirname, "../fixtures/oldScheme/data.BC-9T-2013.xlsx"), original.previous);

    const outs = convert(
      soffice,
      freshProfile(),
      names.map((n) => original[n]!),
      "xlsx",
      path.join(dir, "lo"),
    );
    names.forEach((n, i) => (roundTripped[n] = outs[i]!));
  });

  it("keeps the fingerprint property (docProps/custom.xml)", () => {
    for (const n of names) {
      expect(carriedOf(roundTripped[n]!)).toBe(carriedOf(original[n]!));
    }
  });

  it.each(["formulas", "values", "noted", "holes", "edited"])(
    "counts the report (%s) saved again as edited: every part was rewritten",
    async (n) => {
      expect(sha256(roundTripped[n]!)).not.toBe(sha256(original[n]!)); // LibreOffice did rewrite the file
      expect(await provenanceOf(roundTripped[n]!)).toBe("edited");
    },
  );

  it("counts the previous version's unedited report as unedited still (its own scheme: cell facts)", async () => {
    expect(await provenanceOf(roundTripped.previous!)).toBe("unedited");
  });

  it("keeps a report saved again byte for byte, replaces it with --force, and replaces the previous version's", async () => {
    const target = path.join(dir, "again.xlsx");
    copyFileSync(roundTripped.previous!, target);
    expect((await run([input, "-o", target])).code).toBe(EXIT.ok);
    copyFileSync(roundTripped.formulas!, target);
    expect((await run([input, "-o", target, "--force"])).code).toBe(EXIT.ok);
    copyFileSync(roundTripped.formulas!, target);
    const before = sha256(target);
    const r = await run([input, "-o", target, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${target}: this report was edited after ct-report wrote it`);
    expect(sha256(target)).toBe(before);
  });
});
