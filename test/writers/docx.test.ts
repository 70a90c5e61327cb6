/**
 * The Word report read back independently (jszip + @xmldom/xmldom, not the docx package): the decree's
 * heading, the body's sentences and the appendix table against the report model, the table's figures
 * against the .xlsx report's, the page setup of Nghị định 30/2020, and the fingerprint that tells an
 * edited document from ours.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../../src/report/document/documentSettings";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import type { Report } from "../../src/report/table/report";
import type { ReportOptions } from "../../src/report/period/options";
import { reportDocx } from "../../src/writers/docx";
import { CLI_LIMITS } from "../../src/cli/limits";
import { carriedFingerprint, readPackage } from "../../src/core/package";
import { reportProvenance } from "../../src/writers/provenance";
import { reportWorkbook } from "../../src/writers/xlsx";
import { opts } from "../report/options";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const SETTINGS: DocumentSettings = {
  ...DEFAULT_DOCUMENT_SETTINGS,
  province: "UBND TỈNH QUẢNG NAM",
  reportNumber: "125/BC-SCT",
  reportDate: "2013-10-05",
  place: "Tam Kỳ",
  signerName: "Nguyễn Văn An",
};

function sampleReport(o: Partial<ReportOptions> = {}): Report {
  const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
  return buildReport({ indicators, problems: [] }, opts({ live: true, ...o }), SETTINGS);
}

interface ReadBack {
  zip: JSZip;
  doc: Document;
  paragraphs: string[];
  xml: string;
}

const all = (node: Document | Element, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(W, name) as unknown as ArrayLike<Element>);
const textOf = (node: Element): string =>
  all(node, "t")
    .map((t) => t.textContent ?? "")
    .join("");

async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  return { zip, doc, xml, paragraphs: all(doc, "p").map(textOf) };
}

/** A number as the report's language writes it ("21.000,5" in Vietnamese), or null. */
function parseShown(text: string, lang: "vi" | "en"): number | null {
  const t = lang === "vi" ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

describe("the Word report (Nghị định 30/2020/NĐ-CP form)", () => {
  let report: Report;
  let back: ReadBack;
  beforeAll(async () => {
    report = sampleReport();
    back = await readBack(await reportDocx(report, SETTINGS));
  });

  it("opens with the agency block and the national heading side by side, number, place and date", () => {
    const first = all(back.doc, "tbl")[0]!;
    const cells = all(first, "tc").map((c) => all(c, "p").map(textOf).filter(Boolean));
    expect(cells[0]).toEqual(["UBND TỈNH QUẢNG NAM", "SỞ CÔNG THƯƠNG", "Số: 125/BC-SCT"]);
    expect(cells[1]).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tam Kỳ, ngày 05 tháng 10 năm 2013",
    ]);
    // The heading table has no borders: offices lay the heading out this way.
    expect(all(first, "tblBorders")[0]?.getElementsByTagNameNS(W, "top")[0]?.getAttributeNS(W, "val")).toBe("none");
    // Place and date in italics.
    const date = all(first, "r").find((r) => textOf(r).startsWith("Tam Kỳ"))!;
    expect(all(date, "i")).toHaveLength(1);
  });

  it("names its type, BÁO CÁO, and its subject, the report's title, bold and centred", () => {
    const i = back.paragraphs.indexOf("BÁO CÁO");
    expect(i).toBeGreaterThan(0);
    expect(back.paragraphs[i + 1]).toBe(report.title);
    const p = all(back.doc, "p")[all(back.doc, "p").findIndex((x) => textOf(x) === "BÁO CÁO")]!;
    expect(all(p, "jc")[0]?.getAttributeNS(W, "val")).toBe("center");
    expect(all(p, "b").length).toBeGreaterThan(0);
  });

  it("has one section per group, I. Công nghiệp first, made of the period's sentences in order", () => {
    const text = report.text!;
    let at = -1;
    text.sections.forEach((s, k) => {
      const head = back.paragraphs.indexOf(`${["I", "II", "III", "IV", "V"][k]}. ${s.group}`);
      expect(head).toBeGreaterThan(at);
      at = head;
      for (const sentence of s.sentences) {
        const j = back.paragraphs.indexOf(sentence);
        expect(j).toBeGreaterThan(at);
        at = j;
      }
    });
    expect(text.sections[0]?.group).toBe("Công nghiệp");
    // Every sentence of the report's paragraph is in the body (DOMAIN.md's published figures among them).
    for (const s of text.sections.flatMap((x) => x.sentences)) expect(report.paragraph).toContain(s);
    expect(back.paragraphs).toContainEqual(
      expect.stringMatching(
        /giá trị xuất khẩu ước đạt gần 120 triệu USD, tăng hơn 18% so với cùng kỳ, đạt 74,5% kế hoạch năm\./,
      ),
    );
  });

  it("marks the parts officers write themselves, highlighted", () => {
    for (const part of ["Đánh giá chung", "Nhiệm vụ và giải pháp thời gian tới", "Kiến nghị, đề xuất"]) {
      const i = back.paragraphs.findIndex((p) => p.endsWith(`. ${part}`));
      expect(i).toBeGreaterThan(0);
      expect(back.paragraphs[i + 1]).toMatch(/^\[Cán bộ viết: .+\]$/);
    }
    const marked = all(back.doc, "r").filter((r) => textOf(r).startsWith("[Cán bộ viết"));
    expect(marked).toHaveLength(3);
    for (const r of marked) expect(all(r, "highlight")[0]?.getAttributeNS(W, "val")).toBe("yellow");
  });

  it("ends with Nơi nhận (12/11 pt) on the left and the signature block on the right", () => {
    const sig = all(back.doc, "tbl")[1]!;
    const [left, right] = all(sig, "tc").map((c) => all(c, "p").map(textOf).filter(Boolean));
    expect(left?.[0]).toBe("Nơi nhận:");
    expect(left?.slice(1)).toEqual([
      "- Bộ Công Thương (b/c);",
      "- UBND tỉnh (b/c);",
      "- Sở Kế hoạch và Đầu tư;",
      "- Cục Thống kê tỉnh;",
      "- Lưu: VT, KHTC.",
    ]);
    expect(right).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]);
    const sizes = (p: string): string[] =>
      all(sig, "r")
        .filter((r) => textOf(r) === p)
        .map((r) => all(r, "sz")[0]?.getAttributeNS(W, "val") ?? "");
    expect(sizes("Nơi nhận:")).toEqual(["24"]);
    expect(sizes("- Cục Thống kê tỉnh;")).toEqual(["22"]);
    // The closing line ends as the decree's documents do.
    expect(back.paragraphs.some((p) => p.endsWith("của Sở Công Thương./."))).toBe(true);
  });

  it("uses A4, the decree's margins, Times New Roman 14 pt, and page numbers top centre from page 2", async () => {
    const sections = all(back.doc, "sectPr");
    expect(sections).toHaveLength(2);
    const [portrait, landscape] = sections as [Element, Element];
    const mmOf = (twips: string | null): number => Math.round((Number(twips) * 25.4) / 1440);
    const size = all(portrait, "pgSz")[0]!;
    expect([mmOf(size.getAttributeNS(W, "w")), mmOf(size.getAttributeNS(W, "h"))]).toEqual([210, 297]);
    const m = all(portrait, "pgMar")[0]!;
    const margin = (k: string): number => mmOf(m.getAttributeNS(W, k));
    expect(margin("top")).toBeGreaterThanOrEqual(20);
    expect(margin("top")).toBeLessThanOrEqual(25);
    expect(margin("bottom")).toBeGreaterThanOrEqual(20);
    expect(margin("bottom")).toBeLessThanOrEqual(25);
    expect(margin("left")).toBeGreaterThanOrEqual(30);
    expect(margin("left")).toBeLessThanOrEqual(35);
    expect(margin("right")).toBeGreaterThanOrEqual(15);
    expect(margin("right")).toBeLessThanOrEqual(20);
    expect(all(portrait, "titlePg")).toHaveLength(1); // no number on page 1
    expect(all(landscape, "pgSz")[0]?.getAttributeNS(W, "orient")).toBe("landscape");

    const styles = await back.zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="28"\/>/s);
    // The default header of the first section holds the PAGE field, centred.
    const ref = all(portrait, "headerReference").find((h) => h.getAttributeNS(W, "type") === "default")!;
    const rels = await back.zip.file("word/_rels/document.xml.rels")!.async("string");
    const id = ref.getAttribute("r:id")!;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const header = await back.zip.file(`word/${target}`)!.async("string");
    expect(header).toMatch(/PAGE/);
    expect(header).toMatch(/<w:jc w:val="center"\/>/);
  });

  it("appends the indicator table with the same cells as the report grid, as their formats show them", () => {
    const tables = all(back.doc, "tbl");
    const table = tables[tables.length - 1]!;
    const rows = all(table, "tr");
    const area = report.text!.table;
    expect(rows).toHaveLength(area.r2 - area.r1 + 1);
    // Data rows have one Word cell per grid column: compare every text cell; numbers are checked against the .xlsx below.
    const first = report.grid.freeze.rows;
    for (let r = first; r <= area.r2; r++) {
      const cells = all(rows[r - area.r1]!, "tc").map(textOf);
      const grid = report.grid.cells[r] ?? [];
      if (cells.length !== report.grid.cols) continue; // a group's row spans nothing: same count anyway
      grid.forEach((gc, c) => {
        if (typeof gc?.value === "string") expect(cells[c]).toBe(gc.value);
        if (gc?.value === null || gc?.value === undefined) expect(cells[c]).toBe("");
      });
    }
    // The header row repeats on every page of the table.
    expect(all(rows[0]!, "tblHeader")).toHaveLength(1);
  });

  it("shows in its table the same figures as the .xlsx report, to the format's last digit", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(report).xlsx.writeBuffer()) as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const tables = all(back.doc, "tbl");
    const rows = all(tables[tables.length - 1]!, "tr");
    const area = report.text!.table;
    let compared = 0;
    for (let r = report.grid.freeze.rows; r <= area.r2; r++) {
      const cells = all(rows[r - area.r1]!, "tc").map(textOf);
      for (let c = 0; c < report.grid.cols; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        if (typeof v !== "number") continue;
        const decimals = /\.(0+)/.exec(cell.numFmt ?? "")?.[1]?.length ?? 0;
        const shown = parseShown(cells[c] ?? "", "vi");
        expect(shown).not.toBeNull();
        expect(Math.abs((shown as number) - v)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        compared++;
      }
    }
    // The sample's published figures are among them (DOMAIN.md): 21.000 tỷ đồng, 105,2; 74,5.
    const text = rows.map((row) => all(row, "tc").map(textOf));
    expect(text.some((row) => row.includes("21.000") && row.includes("105,2"))).toBe(true);
    expect(text.some((row) => row.includes("74,5"))).toBe(true);
    expect(compared).toBeGreaterThan(50);
  });

  it("writes an English document in English words with the English number marks", async () => {
    const en = sampleReport({ lang: "en" });
    const b = await readBack(await reportDocx(en, SETTINGS));
    expect(b.paragraphs).toContain("REPORT");
    expect(b.paragraphs).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(b.paragraphs.join("\n")).toContain("21,000");
  });
});

describe("the Word report's fingerprint", () => {
  const state = (b: Uint8Array) => reportProvenance(b, CLI_LIMITS.maxInflatedBytes);

  it("is the workbook's scheme, and knows its own document, an edited one and another's", async () => {
    const bytes = await reportDocx(sampleReport(), SETTINGS);
    expect(carriedFingerprint(readPackage(bytes))).toMatch(/^v2:sha256:[0-9a-f]{64}$/);
    expect(await state(bytes)).toBe("unedited");

    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace("đạt gần 61%", "đạt 65%"));
    expect(await state(await zip.generateAsync({ type: "uint8array" }))).toBe("edited");

    zip.remove("docProps/custom.xml");
    expect(await state(await zip.generateAsync({ type: "uint8array" }))).toBe("not-ours");
    expect(await state(new Uint8Array([1, 2, 3]))).toBe("not-ours");
  });
});
