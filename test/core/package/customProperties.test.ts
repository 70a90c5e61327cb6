/** Custom document properties through the package module: read, set, declared once, others kept. */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { strFromU8, unzipSync, zipSync, strToU8 } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import {
  customXml,
  parseCustomXml,
  readCustomProperties,
  readPackage,
  setCustomProperties,
  writePackage,
} from "../../../src/core/package";

/** The package with one property set, as bytes (read, set, written: what the writers do). */
function setCustomProperty(pkg: Uint8Array, name: string, value: string): Uint8Array {
  const parts = readPackage(pkg);
  setCustomProperties(parts, { [name]: value });
  return writePackage(parts);
}

/** The custom properties of a package's bytes. */
function propertiesOf(pkg: Uint8Array): Record<string, string> {
  return readCustomProperties(readPackage(pkg));
}

/** A minimal OPC package like the ones ExcelJS writes. */
function miniPackage(extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

/** Whether XML 1.0 can hold the text: no control character but tab and line ends, no lone surrogate. */
function xmlText(t: string): boolean {
  return [...t].every((ch) => {
    const c = ch.codePointAt(0) as number;
    return (c >= 0x20 || c === 9 || c === 10 || c === 13) && c !== 0xfffe && c !== 0xffff && (c < 0xd800 || c > 0xdfff);
  });
}

describe("custom document properties", () => {
  it("sets a property and reads it back, whatever its text", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ maxLength: 80 }), (name, value) => {
        // XML 1.0 cannot hold most control characters: names and values are printable text here.
        fc.pre(xmlText(name + value));
        expect(propertiesOf(setCustomProperty(miniPackage(), name, value))[name]).toBe(value.replace(/\r\n?/g, "\n"));
      }),
      runs(200),
    );
  });

  it("declares the part in [Content_Types].xml and _rels/.rels, once, as an independent XML reading sees it", () => {
    const twice = setCustomProperty(setCustomProperty(miniPackage(), "a", "1"), "b", "2");
    const files = unzipSync(twice);
    const types = new DOMParser().parseFromString(strFromU8(files["[Content_Types].xml"]!), "text/xml");
    const overrides = Array.from({ length: types.getElementsByTagName("Override").length }, (_, i) =>
      types.getElementsByTagName("Override").item(i)!.getAttribute("PartName"),
    );
    expect(overrides.filter((p) => p === "/docProps/custom.xml")).toHaveLength(1);
    const rels = new DOMParser().parseFromString(strFromU8(files["_rels/.rels"]!), "text/xml");
    const targets = Array.from({ length: rels.getElementsByTagName("Relationship").length }, (_, i) =>
      rels.getElementsByTagName("Relationship").item(i)!.getAttribute("Target"),
    );
    expect(targets.filter((t) => t === "docProps/custom.xml")).toHaveLength(1);
    expect(propertiesOf(twice)).toEqual({ a: "1", b: "2" });
  });

  it("keeps the custom properties a package already had", () => {
    const pkg = miniPackage({ "docProps/custom.xml": customXml({ "Người lập": "Phòng KH" }) });
    expect(propertiesOf(setCustomProperty(pkg, "x", "y"))).toEqual({ "Người lập": "Phòng KH", x: "y" });
  });

  it("reads the custom.xml LibreOffice writes (another prefix, other value types)", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="n"><vt:i4>42</vt:i4></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="t"><vt:lpwstr>a &amp; b</vt:lpwstr></property></Properties>';
    expect(parseCustomXml(xml)).toEqual({ n: "42", t: "a & b" });
  });

  it("reads nothing from a package without the part", () => {
    expect(propertiesOf(miniPackage())).toEqual({});
  });
});
