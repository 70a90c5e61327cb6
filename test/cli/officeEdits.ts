/**
 * What officers add to a report after ct-report wrote it, made as Excel and Word store it (raw parts of
 * the package, ECMA-376 and Office's own part types): a picture (a seal), a line in a page header or
 * footer, a comment, a shape, another part, a digital signature. Each is a function over the package's
 * parts (name -> bytes, as fflate gives them); `addEdit` applies one to a file on disk.
 */
import { readFileSync, writeFileSync } from "fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

type Parts = Record<string, Uint8Array>;
export type Edit = (parts: Parts) => void;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
/** A 1×1 PNG: the smallest picture there is. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

function text(parts: Parts, name: string): string {
  const p = parts[name];
  return p ? strFromU8(p) : "";
}

/** Replace `from` by `to` in a part, failing loudly when `from` is not there (the edit would be no edit). */
function replaceIn(parts: Parts, name: string, from: string, to: string): void {
  const t = text(parts, name);
  if (!t.includes(from)) throw new Error(`${name} holds no ${from}`);
  parts[name] = strToU8(t.replace(from, to));
}

function addType(parts: Parts, entry: string): void {
  replaceIn(parts, "[Content_Types].xml", "</Types>", `${entry}</Types>`);
}

function addRel(parts: Parts, relsPath: string, id: string, type: string, target: string): void {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (parts[relsPath]) replaceIn(parts, relsPath, "</Relationships>", `${rel}</Relationships>`);
  else
    parts[relsPath] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
}

/** A drawing on the report sheet holding `shape` (an xdr:pic or xdr:sp) near the signature block. */
function sheetDrawing(parts: Parts, shape: string): void {
  parts["xl/drawings/drawing1.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}"><xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>${shape}<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  );
  replaceIn(parts, "xl/worksheets/sheet1.xml", "<legacyDrawing", '<drawing r:id="rIdDrawing1"/><legacyDrawing');
  addRel(parts, "xl/worksheets/_rels/sheet1.xml.rels", "rIdDrawing1", `${REL}/drawing`, "../drawings/drawing1.xml");
  addType(
    parts,
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
  );
}

function png(parts: Parts, name: string): void {
  parts[name] = new Uint8Array(PNG);
  if (!text(parts, "[Content_Types].xml").includes('Extension="png"'))
    addType(parts, '<Default Extension="png" ContentType="image/png"/>');
}

/** Another part: an XML data item, as an add-in or a document management system stores it. */
function customXmlItem(parts: Parts, relsPath: string, target: string): void {
  parts["customXml/item1.xml"] = strToU8(
    '<?xml version="1.0"?><hoSo xmlns="urn:so-cong-thuong"><soVanBan>123/BC-SCT</soVanBan></hoSo>',
  );
  addRel(parts, relsPath, "rIdCustomXml1", `${REL}/customXml`, target);
}

/** A digital signature, as Office stores one (ECMA-376 Part 2, 12.2: origin part and signature part). */
export const signature: Edit = (parts) => {
  parts["_xmlsignatures/origin.sigs"] = new Uint8Array(0);
  parts["_xmlsignatures/sig1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>',
  );
  addRel(
    parts,
    "_xmlsignatures/_rels/origin.sigs.rels",
    "rId1",
    "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature",
    "sig1.xml",
  );
  addRel(
    parts,
    "_rels/.rels",
    "rIdSigOrigin",
    "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin",
    "_xmlsignatures/origin.sigs",
  );
  addType(
    parts,
    '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>',
  );
  addType(
    parts,
    '<Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/>',
  );
};

export const XLSX_EDITS: Record<string, Edit> = {
  "a picture (a seal) on the sheet": (parts) => {
    png(parts, "xl/media/image1.png");
    sheetDrawing(
      parts,
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Con dấu"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
    );
    addRel(parts, "xl/drawings/_rels/drawing1.xml.rels", "rId1", `${REL}/image`, "../media/image1.png");
  },
  "a line typed in the page footer": (parts) =>
    replaceIn(
      parts,
      "xl/worksheets/sheet1.xml",
      "</oddHeader>",
      "</oddHeader><oddFooter>&amp;LNgười lập biểu: Nguyễn Văn A</oddFooter>",
    ),
  "a comment (a threaded comment, as Excel 365 writes it)": (parts) => {
    const person = "{5B7C1F6A-0000-4000-8000-000000000001}";
    parts["xl/threadedComments/threadedComment1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="J7" dT="2026-12-01T08:00:00.00" personId="${person}" id="{5B7C1F6A-0000-4000-8000-000000000002}"><text>Số ước này cần xem lại</text></threadedComment></ThreadedComments>`,
    );
    parts["xl/persons/person.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Nguyễn Văn A" id="${person}" userId="A" providerId="None"/></personList>`,
    );
    const ms = "http://schemas.microsoft.com/office/2017/10/relationships";
    addRel(
      parts,
      "xl/worksheets/_rels/sheet1.xml.rels",
      "rIdTc1",
      `${ms}/threadedComment`,
      "../threadedComments/threadedComment1.xml",
    );
    addRel(parts, "xl/_rels/workbook.xml.rels", "rIdPerson1", `${ms}/person`, "persons/person.xml");
    addType(
      parts,
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
    );
    addType(parts, '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>');
  },
  "a shape": (parts) =>
    sheetDrawing(
      parts,
      `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Hình chữ nhật 1"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>`,
    ),
  "an added part": (parts) => customXmlItem(parts, "xl/_rels/workbook.xml.rels", "../customXml/item1.xml"),
  "a digital signature": signature,
};

/** A paragraph at the top of the Word body. */
function bodyParagraph(parts: Parts, inner: string): void {
  replaceIn(parts, "word/document.xml", "<w:body>", `<w:body><w:p>${inner}</w:p>`);
}

/** An inline drawing holding `graphicData` (a picture, a shape). */
function inlineDrawing(uri: string, graphic: string): string {
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/><wp:docPr id="100" name="Hình 1"/><a:graphic xmlns:a="${A}"><a:graphicData uri="${uri}">${graphic}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

export const DOCX_EDITS: Record<string, Edit> = {
  "a picture (a scanned signature) in the body": (parts) => {
    png(parts, "word/media/image1.png");
    addRel(parts, "word/_rels/document.xml.rels", "rIdImg1", `${REL}/image`, "media/image1.png");
    const pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    bodyParagraph(
      parts,
      inlineDrawing(
        pic,
        `<pic:pic xmlns:pic="${pic}"><pic:nvPicPr><pic:cNvPr id="100" name="chu-ky.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`,
      ),
    );
  },
  "a line typed in the page header": (parts) =>
    replaceIn(
      parts,
      "word/header1.xml",
      "</w:hdr>",
      "<w:p><w:r><w:t>Người lập: Nguyễn Văn A</w:t></w:r></w:p></w:hdr>",
    ),
  "a comment": (parts) => {
    parts["word/comments.xml"] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Nguyễn Văn A" w:date="2026-12-01T08:00:00Z"><w:p><w:r><w:t>Số liệu cần xem lại</w:t></w:r></w:p></w:comment></w:comments>',
    );
    addRel(parts, "word/_rels/document.xml.rels", "rIdComments1", `${REL}/comments`, "comments.xml");
    addType(
      parts,
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    bodyParagraph(
      parts,
      '<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    );
  },
  "a shape": (parts) =>
    bodyParagraph(
      parts,
      inlineDrawing(
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>',
      ),
    ),
  "an added part": (parts) => customXmlItem(parts, "word/_rels/document.xml.rels", "../customXml/item1.xml"),
  "a digital signature": signature,
};

/** Apply `edit` to the package at `file`, in place. */
export function addEdit(file: string, edit: Edit): void {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  edit(parts);
  writeFileSync(file, zipSync(parts));
}
