/**
 * One settings store: the report options the officer saved in the task pane (Office document settings,
 * "ct.settings", kept by Office in xl/webextensions) are read by the command from the file; a flag given
 * on the command line overrides the saved value.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { sampleValues } from "../../src/report/read/sample";
import { buildXlsx, cellsFrom } from "../xlsx/build";
import { load, run, tempDir, writeSample } from "./helpers";

/** Save the task pane's settings into a workbook as Office stores them. */
async function withSavedSettings(file: string, settings: Record<string, unknown>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const value = JSON.stringify(settings).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="ct" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="ct.settings" value="${value}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function sheetOf(out: string): Promise<string> {
  return (await load(out)).worksheets[0]?.name ?? "";
}

describe("ct-report reads the settings saved in the workbook", () => {
  it("makes the six-month report the officer chose in the task pane, with no flag", async () => {
    const dir = tempDir("saved");
    const input = await writeSample(dir, "data.xlsx");
    await withSavedSettings(input, { year: 2013, month: 6, comparison: "growth" });
    const out = path.join(dir, "r.xlsx");
    const r = await run([input, "-o", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(await sheetOf(out)).toBe("BC 6T-2013");
  });

  it("lets a flag override the saved month", async () => {
    const dir = tempDir("saved-flag");
    const input = await writeSample(dir, "data.xlsx");
    await withSavedSettings(input, { year: 2013, month: 6 });
    const out = path.join(dir, "r.xlsx");
    const r = await run([input, "-o", out, "--month", "9", "--quiet"]);
    expect(r.code).toBe(0);
    expect(await sheetOf(out)).toBe("BC 9T-2013");
  });

  it("prints percent of plan and growth with the saved 2 decimals, and --decimals 1 overrides it", async () => {
    const dir = tempDir("saved-decimals");
    const input = await writeSample(dir, "data.xlsx");
    await withSavedSettings(input, { year: 2013, month: 9, percentDecimals: 2 });
    const formats = async (out: string): Promise<string[]> => {
      const found: string[] = [];
      (await load(out)).worksheets[0]?.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.numFmt === "0.0" || cell.numFmt === "0.00") found.push(cell.numFmt);
        }),
      );
      return found;
    };
    const two = path.join(dir, "two.xlsx");
    expect((await run([input, "-o", two, "--quiet"])).code).toBe(0);
    expect(await formats(two)).not.toContain("0.0");
    const one = path.join(dir, "one.xlsx");
    expect((await run([input, "-o", one, "--decimals", "1", "--quiet"])).code).toBe(0);
    expect(await formats(one)).toContain("0.0");
  });

  it("ignores saved settings it cannot read and infers the period as usual", async () => {
    const dir = tempDir("saved-broken");
    const input = await writeSample(dir, "data.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:properties><we:property name="ct.settings" value="{not json"/></we:properties></we:webextension>`,
    );
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const out = path.join(dir, "r.xlsx");
    const r = await run([input, "-o", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(await sheetOf(out)).toBe("BC 9T-2013");
  });
});

describe("a saved source naming a hidden sheet (issue 17, point 6)", () => {
  it("is read, said in its problem line and in the summary line of the run", async () => {
    const dir = tempDir("saved-hidden");
    const rows = sampleValues().map((line) => line.map((v) => (v === null ? "" : v)));
    const draft = rows.map((line, r) =>
      r === 0 ? line : line.map((v, c) => (c >= 7 && typeof v === "number" ? v * 2 : v)),
    );
    const input = path.join(dir, "nhap.xlsx");
    writeFileSync(
      input,
      buildXlsx({
        sheets: [
          { name: "Dữ liệu", cells: cellsFrom(rows) },
          { name: "Nháp", state: "hidden", cells: cellsFrom(draft) },
        ],
      }),
    );
    await withSavedSettings(input, { source: "sheet:Nháp" });
    const other = await writeSample(dir, "other.xlsx");
    const r = await run([input, other, "--out-dir", dir]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Số liệu đọc từ sheet ẩn "Nháp"');
    const summary = r.err.split("\n").find((l) => l.includes("nhap.xlsx →")) ?? "";
    expect(summary).toContain('(số liệu từ sheet ẩn "Nháp")');
    expect(r.err.split("\n").find((l) => l.includes("other.xlsx →"))).not.toContain("sheet ẩn");
  });
});
