/**
 * A file that is not a workbook is named as what it is, with what to do, in both languages, by the one
 * rule of src/xlsx/sniff.ts on both faces: the reader (the page and the add-in's import) and the command's
 * refusal (src/cli/fileKind.ts). Issue 18 point 6: a .docx was read as a workbook with no data table
 * ("no data table found"), and a .pdf was "not an .xlsx" without saying what it was.
 */
import { strToU8, zipSync } from "fflate";
import { readWorkbookBytes } from "../../src/xlsx";
import { refusalOf } from "../../src/cli/fileKind";

const RELS = (target: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** A minimal Word document as Word packages it: content types, the package relationship, the body. */
function docx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(RELS("word/document.xml")),
    "word/document.xml": strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

const PDF = strToU8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const CSV = strToU8("Mã,Chỉ tiêu,Năm,T1,T2\nGTSX,Giá trị sản xuất,2013,100,200\n");

function readerSays(bytes: Uint8Array, name: string): { code: string; vi: string; en: string } {
  const out = readWorkbookBytes(bytes, name);
  if (out.ok) throw new Error(`${name} was read as a workbook`);
  return { code: out.refusal.code, ...out.refusal.message };
}

describe("a file that is not a workbook, named as what it is", () => {
  it.each([
    ["bao-cao.docx", docx(), "docx", /tài liệu Word \(\.docx\)/, /a Word document \(\.docx\)/],
    ["bao-cao.pdf", PDF, "pdf", /tệp PDF/, /a PDF file/],
    ["so-lieu.csv", CSV, "csv", /CSV/, /CSV/],
  ])("%s: the reader and the command give one code and one message", (name, bytes, code, vi, en) => {
    const said = readerSays(bytes, name);
    expect(said.code).toBe(code);
    expect(said.vi).toMatch(vi);
    expect(said.en).toMatch(en);
    expect(said.vi).toContain(name);
    expect(said.en).toMatch(/choose|open it in Excel/); // what to do
    const cli = refusalOf(bytes, name);
    expect(cli?.code).toBe(code);
    expect(cli?.bilingual).toEqual({ vi: said.vi, en: said.en });
  });

  it("names a .docx whatever its name says (a renamed file)", () => {
    expect(readerSays(docx(), "so-lieu.xlsx").code).toBe("docx");
    expect(refusalOf(docx(), "so-lieu.xlsx")?.code).toBe("docx");
  });
});
