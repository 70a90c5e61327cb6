/**
 * A report's fingerprint is taken from the workbook in memory (not by reading the written file back):
 * it must equal the fingerprint of the file as ExcelJS reads it later, or a fresh report would be called
 * edited. Checked on reports of every layout, both languages, live and values, with blank figures (notes
 * on blank cells) and plans that cannot be read.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { FINGERPRINT_PROPERTY } from "../../src/writers/fingerprint";
import { reportXlsxBytes } from "../../src/writers/xlsx";
import {
  carriedFingerprint,
  workbookFingerprint,
  xlsxProvenance,
  xlsxWithFingerprint,
} from "../../src/writers/xlsxFingerprint";
import { opts } from "../report/options";

jest.setTimeout(60_000);

function sampleWith(edit: (values: unknown[][]) => void) {
  const values = sampleValues() as unknown[][];
  edit(values);
  return readDataset([{ sheet: SAMPLE_SHEET_NAME, values }]);
}

const plain = sampleWith(() => undefined);
// A plan typed as words the reader cannot read, and a blank month inside the period (a hole).
const rough = sampleWith((v) => {
  const header = v[0] as unknown[];
  const plan = header.findIndex((h) => typeof h === "string" && /^(KH|Kế hoạch)/i.test(h));
  const t5 = header.indexOf("T5");
  for (const row of v.slice(1)) {
    if ((row as unknown[])[4] === 2013) {
      if (plan >= 0) (row as unknown[])[plan] = "theo NQ";
      if (t5 >= 0) (row as unknown[])[t5] = "";
    }
  }
});

describe("the fingerprint taken in memory is the fingerprint of the file read back", () => {
  it.each([
    ["vi, 9 months, live", plain, opts()],
    ["en, 9 months, values", plain, opts({ lang: "en", live: false })],
    ["vi, month 1", plain, opts({ month: 1 })],
    ["vi, 6 months", plain, opts({ month: 6 })],
    ["vi, December (blank figures)", plain, opts({ month: 12 })],
    ["vi, holes and unread plans, live", rough, opts({ live: true })],
    ["en, holes and unread plans, values", rough, opts({ lang: "en" })],
  ])("%s", async (_name, data, o) => {
    const bytes = await reportXlsxBytes(buildReport(data, o));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(carriedFingerprint(bytes)).toBe(workbookFingerprint(back));
    expect(await xlsxProvenance(bytes)).toBe("unedited");
  });

  it("leaves out a note on a blank unstyled cell, which ExcelJS does not read back", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("C3").note = "why this cell is blank";
    const bytes = await xlsxWithFingerprint(wb);
    expect(await xlsxProvenance(bytes)).toBe("unedited");
  });

  it("deflates the package once (the parts are compressed in the file)", async () => {
    const bytes = await reportXlsxBytes(buildReport(plain, opts()));
    const parts = unzipSync(bytes);
    const inflated = Object.values(parts).reduce((n, p) => n + p.length, 0);
    expect(bytes.length).toBeLessThan(inflated / 2);
    expect(carriedFingerprint(bytes)).toMatch(/sha256/);
    expect(FINGERPRINT_PROPERTY.length).toBeGreaterThan(0);
  });
});
