/**
 * A report's fingerprint is stamped as it is written: it must equal the fingerprint of the file read
 * back, or a fresh report would be called edited. Checked on reports of every layout, both languages,
 * live and values, with blank figures (notes on blank cells) and plans that cannot be read; and the
 * dates the writer sets at each run (docProps/core.xml) are no part of it.
 */
import { unzipSync } from "fflate";
import { CLI_LIMITS } from "../../src/cli/limits";
import {
  carriedFingerprint,
  packageFingerprint,
  partText,
  readPackage,
  setPartText,
  writePackage,
} from "../../src/core/package";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { reportProvenance } from "../../src/writers/provenance";
import { reportXlsxBytes } from "../../src/writers/xlsx";
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

const provenance = (b: Uint8Array) => reportProvenance(b, CLI_LIMITS.maxInflatedBytes);

describe("the fingerprint stamped is the fingerprint of the file read back", () => {
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
    const parts = readPackage(bytes);
    expect(carriedFingerprint(parts)).toBe(packageFingerprint(parts));
    expect(await provenance(bytes)).toBe("unedited");
  });

  it("leaves out the dates the writer sets at each run, and nothing else of docProps/core.xml", async () => {
    const parts = readPackage(await reportXlsxBytes(buildReport(plain, opts())));
    const core = partText(parts, "docProps/core.xml");
    expect(core).toMatch(/<dcterms:created\b/);
    setPartText(
      parts,
      "docProps/core.xml",
      core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$11999-01-01T00:00:00Z"),
    );
    expect(await provenance(writePackage(parts))).toBe("unedited");
    setPartText(parts, "docProps/core.xml", core.replace(/<dc:title>[^<]*/, "<dc:title>Báo cáo đã sửa"));
    expect(await provenance(writePackage(parts))).toBe("edited");
  });

  it("deflates the package once (the parts are compressed in the file)", async () => {
    const bytes = await reportXlsxBytes(buildReport(plain, opts()));
    const parts = unzipSync(bytes);
    const inflated = Object.values(parts).reduce((n, p) => n + p.length, 0);
    expect(bytes.length).toBeLessThan(inflated / 2);
  });
});
