/**
 * The one fingerprint (src/core/package): SHA-256 over every part of a package but docProps/core.xml's
 * dates and the property holding it. Any byte changed, any part added or removed, counts as an edit; a
 * signed package is never ours to replace; the previous version's fingerprints are verified by their
 * own schemes (test/fixtures/oldScheme, written by that version).
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { CLI_LIMITS } from "../../../src/cli/limits";
import {
  carriedFingerprint,
  legacyTextFingerprint,
  packageFingerprint,
  packageProvenance,
  readPackage,
  stampFingerprint,
  withFingerprint,
  writePackage,
  type PackageParts,
} from "../../../src/core/package";
import { reportProvenance } from "../../../src/writers/provenance";

const MAX = CLI_LIMITS.maxInflatedBytes;

const TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const CORE =
  '<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t"><dc:creator>ct-report</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>';

/** Part names as packages hold them: folders and file names of letters, digits and dots. */
const partName = fc
  .array(fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((segs) => `${segs.join("/")}.xml`);
const extraParts = fc.dictionary(partName, fc.uint8Array({ maxLength: 64 }), { maxKeys: 6 });

/** A package we wrote: the base parts, `extra`, and its fingerprint stamped. */
function written(extra: Record<string, Uint8Array>): Uint8Array {
  return withFingerprint(
    zipSync({
      "[Content_Types].xml": strToU8(TYPES),
      "_rels/.rels": strToU8(RELS),
      "docProps/core.xml": strToU8(CORE),
      ...extra,
    }),
  );
}

/** The parts of `bytes` changed by `edit`, zipped again. */
function edited(bytes: Uint8Array, edit: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(bytes);
  edit(parts);
  return zipSync(parts);
}

describe("the package fingerprint", () => {
  it("is SHA-256 over each part's name, length and bytes in name order (checked with Node's own SHA-256)", () => {
    const parts: PackageParts = new Map([
      ["b.xml", strToU8("<b/>")],
      ["a.xml", strToU8("<a>ă</a>")],
    ]);
    const h = createHash("sha256");
    h.update('"a.xml" 9\n').update(Buffer.from("<a>ă</a>")); // "ă" is two bytes in UTF-8
    h.update('"b.xml" 4\n').update("<b/>");
    expect(packageFingerprint(parts)).toBe(`v2:sha256:${h.digest("hex")}`);
  });

  it("gives back the fingerprint it stamped, whatever the parts and their order in the zip", () => {
    fc.assert(
      fc.property(extraParts, (extra) => {
        const bytes = written(extra);
        const reordered = zipSync(Object.fromEntries(Object.entries(unzipSync(bytes)).reverse()));
        const parts = readPackage(reordered);
        expect(carriedFingerprint(parts)).toBe(packageFingerprint(parts));
      }),
      runs(60),
    );
  });

  it("changes with any byte changed in any part, any part added, any part removed", async () => {
    await fc.assert(
      fc.asyncProperty(extraParts, fc.nat(), fc.integer({ min: 1, max: 255 }), async (extra, pick, delta) => {
        const bytes = written({ ...extra, "xl/workbook.xml": strToU8("<workbook/>") });
        const names = Object.keys(unzipSync(bytes)).filter((n) => !n.startsWith("docProps/")); // custom.xml: its own test; core.xml: its dates may change
        const name = names[pick % names.length] as string;
        const changed = edited(bytes, (p) => {
          const part = (p[name] as Uint8Array).slice();
          if (part.length === 0) p[name] = new Uint8Array([delta]);
          else part[pick % part.length] = ((part[pick % part.length] as number) + delta) % 256;
          if (part.length > 0) p[name] = part;
        });
        expect(await packageProvenance(changed, MAX)).toBe("edited");
        const added = edited(bytes, (p) => (p["xl/media/image1.png"] = new Uint8Array([delta])));
        expect(await packageProvenance(added, MAX)).toBe("edited");
        const removed = edited(bytes, (p) => delete p[name]);
        expect(await packageProvenance(removed, MAX)).toBe("edited");
      }),
      runs(60),
    );
  });

  it("leaves out core.xml's dates and its own property, but not the officer's own properties", async () => {
    const bytes = written({});
    const redated = edited(bytes, (p) => {
      p["docProps/core.xml"] = strToU8(CORE.replace(/2026-01-01/g, "2030-12-31"));
    });
    expect(await packageProvenance(redated, MAX)).toBe("unedited");
    const parts = readPackage(bytes);
    const carried = carriedFingerprint(parts);
    stampFingerprint(parts); // stamping again gives the same
    expect(carriedFingerprint(parts)).toBe(carried);
    const custom = new TextDecoder().decode(parts.get("docProps/custom.xml"));
    parts.set(
      "docProps/custom.xml",
      strToU8(
        custom.replace(
          "</Properties>",
          '<property fmtid="{x}" pid="9" name="Người duyệt"><vt:lpwstr>A</vt:lpwstr></property></Properties>',
        ),
      ),
    );
    expect(await packageProvenance(writePackage(parts), MAX)).toBe("edited");
  });

  it("reads a package with a part under _xmlsignatures/ as signed, whoever wrote it", async () => {
    await fc.assert(
      fc.asyncProperty(
        extraParts,
        fc.constantFrom("_xmlsignatures/sig1.xml", "_xmlsignatures/origin.sigs"),
        async (extra, sig) => {
          const bytes = written(extra);
          expect(
            await packageProvenance(
              edited(bytes, (p) => (p[sig] = strToU8("<Signature/>"))),
              MAX,
            ),
          ).toBe("signed");
        },
      ),
      runs(60),
    );
  });

  it("reads a package without a fingerprint, or no package at all, as not ours", async () => {
    expect(await packageProvenance(zipSync({ "_rels/.rels": strToU8(RELS) }), MAX)).toBe("not-ours");
    expect(await packageProvenance(new Uint8Array([1, 2, 3]), MAX)).toBe("not-ours");
  });
});

describe("the previous version's fingerprints", () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(path.join(__dirname, "../../fixtures/oldScheme", name)));

  it("FNV-1a as published: the 32-bit hash of 'a' is e40c292c (FNV test vectors, offset basis 811c9dc5)", () => {
    expect(legacyTextFingerprint("a").slice(0, 11)).toBe("v1:e40c292c");
  });

  it.each(["data.BC-9T-2013.xlsx", "data.BC-9T-2013.docx"])(
    "verifies %s as written by that version: unedited",
    async (name) => {
      expect(carriedFingerprint(readPackage(fixture(name)))).toMatch(/^v1:/);
      expect(await reportProvenance(fixture(name), MAX)).toBe("unedited");
    },
  );

  it("sees an edit to that version's reports: a figure in the workbook, a word in the Word report", async () => {
    const xlsx = edited(fixture("data.BC-9T-2013.xlsx"), (p) => {
      const sheet = new TextDecoder().decode(p["xl/worksheets/sheet1.xml"]);
      const changed = sheet.replace(/<v>([0-9.]+)<\/v>/, (_m, v: string) => `<v>${Number(v) + 1}</v>`);
      expect(changed).not.toBe(sheet);
      p["xl/worksheets/sheet1.xml"] = strToU8(changed);
    });
    expect(await reportProvenance(xlsx, MAX)).toBe("edited");
    const docx = edited(fixture("data.BC-9T-2013.docx"), (p) => {
      const body = new TextDecoder().decode(p["word/document.xml"]);
      p["word/document.xml"] = strToU8(body.replace("BÁO CÁO", "BÁO CÁO (sửa)"));
    });
    expect(await reportProvenance(docx, MAX)).toBe("edited");
  });
});
