/**
 * An officer's work is never lost: a report edited after ct-report wrote it (cells typed, notes, sheets
 * added) is never replaced without --force; an unedited one is, so runs can be repeated. Edits are made
 * with ExcelJS and saved for real; ExcelJS drops custom document properties when it saves, while Excel
 * and LibreOffice keep them, so each edited file gets back the fingerprint it carried (as Excel would).
 */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/exitCodes";
import { FINGERPRINT_PROPERTY } from "../../src/core/package";
import { REPORT_CREATOR } from "../../src/writers/xlsx";
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import { carriedOf, load, provenanceOf, run, sha256, tempDir, withProperty, writeData, writeSample } from "./helpers";

/** Open `file` with ExcelJS, apply `edit`, save it, and give it back the fingerprint it carried. */
async function editAsExcelWould(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const carried = carriedOf(file);
  expect(carried).toBeDefined();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file));
  edit(wb);
  const saved = new Uint8Array(await wb.xlsx.writeBuffer());
  writeFileSync(file, withProperty(saved, FINGERPRINT_PROPERTY, carried as string));
}

/** A data file and its report next to it (the Vietnamese report's name, whatever --lang a later run gives). */
async function freshReport(tag: string): Promise<{ dir: string; input: string; report: string; again: string[] }> {
  const dir = tempDir(tag);
  const input = await writeSample(dir, "data.xlsx");
  const report = path.join(dir, "data.BC-9T-2013.xlsx");
  const r = await run([input]);
  expect(r.code).toBe(EXIT.ok);
  expect(r.out.trim()).toBe(report);
  return { dir, input, report, again: [input, "-o", report] };
}

describe("a report edited after ct-report wrote it", () => {
  it("carries a fingerprint that its own content gives back", async () => {
    const { report } = await freshReport("fp");
    expect(carriedOf(report)).toMatch(/^v2:sha256:[0-9a-f]{64}$/);
    expect(await provenanceOf(report)).toBe("unedited");
  });

  it("is replaced when nobody touched it", async () => {
    const { report, again } = await freshReport("same");
    const r = await run([...again, "--lang", "en"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim()).toBe(report);
    expect((await load(report)).worksheets[0]!.name).toBe("Report 9M-2013");
  });

  it("is kept after a save that changed no cell: the save rewrote its parts, and what else it holds is not known", async () => {
    const { report, again } = await freshReport("resaved");
    await editAsExcelWould(report, () => undefined);
    const before = sha256(report);
    const r = await run([...again, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${report}: this report was edited after ct-report wrote it`);
    expect(sha256(report)).toBe(before);
  });

  it.each<[string, (wb: ExcelJS.Workbook) => void]>([
    ["an estimate typed into a cell", (wb) => (wb.worksheets[0]!.getCell("J7").value = 98765)],
    ["a changed title", (wb) => (wb.worksheets[0]!.getCell("A1").value = "BÁO CÁO ĐÃ SỬA")],
    ["a note added", (wb) => (wb.worksheets[0]!.getCell("C7").note = "Số liệu ước của phòng Kế hoạch")],
    ["a sheet added", (wb) => (wb.addWorksheet("Ghi chú").getCell("A1").value = "giải trình")],
    ["a cell cleared", (wb) => (wb.worksheets[0]!.getCell("F7").value = null)],
  ])("is kept byte for byte after %s: exit 1 naming it, in both languages", async (_what, edit) => {
    const { input, report, again } = await freshReport("edit");
    await editAsExcelWould(report, edit);
    const before = sha256(report);
    const vi = await run([input]);
    expect(vi.code).toBe(EXIT.someFailed);
    expect(vi.err).toContain(`${report}: báo cáo này đã được sửa sau khi ct-report ghi`);
    expect(vi.out).toBe("");
    const en = await run([...again, "--lang", "en"]);
    expect(en.code).toBe(EXIT.someFailed);
    expect(en.err).toContain(`${report}: this report was edited after ct-report wrote it`);
    expect(en.err).toMatch(/--beside[\s\S]*--force/);
    expect(sha256(report)).toBe(before);
  });

  it.each([[[]], [["--values"]]])(
    "with a hole (a blank figure and its note) counts as unedited right after it is written (%j)",
    async (extra) => {
      const d = tempDir("hole");
      const values = sampleValues();
      const row = values.findIndex((r) => r[0] === "GTSX" && r[5] === 2013);
      values[row]![SAMPLE_HEADER.indexOf("T5")] = null;
      const input = await writeData(d, "data.xlsx", values, "Số liệu");
      const out = path.join(d, "bao-cao.xlsx");
      expect((await run([input, "-o", out, ...extra])).code).toBe(EXIT.ok);
      expect(await provenanceOf(out)).toBe("unedited");
      expect((await run([input, "-o", out, ...extra])).code).toBe(EXIT.ok);
    },
  );

  it("is kept with -o too", async () => {
    const d = tempDir("edit-o");
    const input = await writeSample(d, "data.xlsx");
    const out = path.join(d, "bao-cao.xlsx");
    expect((await run([input, "-o", out])).code).toBe(EXIT.ok);
    await editAsExcelWould(out, (wb) => (wb.worksheets[0]!.getCell("J8").value = 1));
    const before = sha256(out);
    const r = await run([input, "-o", out]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(sha256(out)).toBe(before);
  });

  it("gets the new report beside it with --beside: name (2).xlsx, then (3)", async () => {
    const { dir, input, report, again } = await freshReport("beside");
    await editAsExcelWould(report, (wb) => (wb.worksheets[0]!.getCell("J7").value = 98765));
    const before = sha256(report);
    const second = await run([...again, "--beside", "--lang", "en"]);
    expect(second.code).toBe(EXIT.ok);
    const beside = path.join(dir, "data.BC-9T-2013 (2).xlsx");
    expect(second.out.trim()).toBe(beside);
    expect(second.err).toContain(`written beside the edited report ${report}`);
    expect(sha256(report)).toBe(before);
    expect(await provenanceOf(beside)).toBe("unedited");
    // The (2) report is unedited: a third run replaces it rather than piling up copies…
    expect((await run([input, "--beside"])).out.trim()).toBe(beside);
    // …until it is edited too.
    await editAsExcelWould(beside, (wb) => (wb.worksheets[0]!.getCell("J8").value = 1));
    expect((await run([input, "--beside"])).out.trim()).toBe(path.join(dir, "data.BC-9T-2013 (3).xlsx"));
    expect(sha256(report)).toBe(before);
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith("data.BC-"))
        .sort(),
    ).toEqual(["data.BC-9T-2013 (2).xlsx", "data.BC-9T-2013 (3).xlsx", "data.BC-9T-2013.xlsx"]);
  });

  it("is replaced with --force", async () => {
    const { input, report } = await freshReport("force");
    await editAsExcelWould(report, (wb) => (wb.worksheets[0]!.getCell("J7").value = 98765));
    const r = await run([input, "--force"]);
    expect(r.code).toBe(EXIT.ok);
    expect(await provenanceOf(report)).toBe("unedited");
  });

  it("counts as not ours when its fingerprint is gone (a save by a program that drops it): --force needed", async () => {
    const { report, again } = await freshReport("nofp");
    const wb = await load(report);
    await wb.xlsx.writeFile(report); // ExcelJS drops docProps/custom.xml
    const before = sha256(report);
    const r = await run([...again, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${report}: the file exists and is not a report written by ct-report`);
    expect(sha256(report)).toBe(before);
  });

  it("treats an older report with ct-report as creator but no fingerprint as not ours", async () => {
    const d = tempDir("legacy");
    const input = await writeSample(d, "data.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.creator = REPORT_CREATOR;
    wb.addWorksheet("BC 9T-2013").getCell("A1").value = "an older report the officer may have edited";
    const out = path.join(d, "data.BC-9T-2013.xlsx");
    await wb.xlsx.writeFile(out);
    const before = sha256(out);
    expect((await run([input])).code).toBe(EXIT.someFailed);
    expect(sha256(out)).toBe(before);
  });

  it("is skipped (not read as data) in a folder run, while the other inputs are done and the run says why", async () => {
    const d = tempDir("folder-edit");
    await writeSample(d, "huyen-a.xlsx", 0.3);
    await writeSample(d, "huyen-b.xlsx", 0.5);
    expect((await run([d, "--lang", "en"])).code).toBe(EXIT.ok);
    const editedA = path.join(d, "huyen-a.Report-9M-2013.xlsx");
    await editAsExcelWould(editedA, (wb) => (wb.worksheets[0]!.getCell("J7").value = 1));
    const before = sha256(editedA);
    const r = await run([d, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.out.trim()).toBe(path.join(d, "huyen-b.Report-9M-2013.xlsx"));
    expect(r.err).toContain(`summary of 4 input(s):`);
    expect(r.err).toContain(`refused  ${path.join(d, "huyen-a.xlsx")}: ${editedA}: this report was edited`);
    expect(r.err).toMatch(/written +.*huyen-b\.xlsx → .*huyen-b\.Report-9M-2013\.xlsx/);
    expect(r.err).toMatch(/skipped +.*huyen-a\.Report-9M-2013\.xlsx: a report written by ct-report/);
    expect(r.err).toMatch(/1 written, 1 refused, 2 skipped, 0 failed/);
    expect(sha256(editedA)).toBe(before);
  });
});
