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

  it("is built as real nine-month reports are: I. TÌNH HÌNH THỰC HIỆN with a numbered part per group, II, III", () => {
    // Sở Công Thương Hậu Giang 2017, Thái Nguyên 2020, Đồng Nai 2016 (DOMAIN.md, "The report officers send"):
    // "I. TÌNH HÌNH THỰC HIỆN …" — "1. Sản xuất công nghiệp", "2. Thương mại …"; "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG
    // CUỐI NĂM …"; proposals last. Headings in capitals, as the decree's sample (Phụ lục I).
    const text = report.text!;
    const heads = [
      "I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2013, ƯỚC THỰC HIỆN NĂM 2013",
      "1. Sản xuất công nghiệp",
      "2. Thương mại, dịch vụ và xuất nhập khẩu",
      "3. Giá cả",
      "4. Thu ngân sách nhà nước",
      "5. Công tác quản lý nhà nước của ngành",
      "6. Đánh giá chung",
      "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2013",
      "III. KIẾN NGHỊ, ĐỀ XUẤT",
    ];
    const at = heads.map((h) => back.paragraphs.indexOf(h));
    at.forEach((i, k) => expect([heads[k], i > (at[k - 1] ?? 0)]).toEqual([heads[k], true]));
    // Each part's paragraphs follow its heading, in order; the IIP leads industry, as in every real report.
    text.sections.forEach((s, k) => {
      let j = at[k + 1]!;
      for (const sentence of s.sentences) {
        const next = back.paragraphs.indexOf(sentence);
        expect(next).toBeGreaterThan(j);
        j = next;
      }
    });
    expect(text.sections[0]?.sentences[0]).toMatch(/^Chỉ số sản xuất công nghiệp \(IIP/);
    const bold = all(back.doc, "p").find((p) => textOf(p) === heads[7])!;
    expect(all(bold, "b").length).toBeGreaterThan(0);
    // The body points to the appendix (Phụ lục I, part III).
    expect(back.paragraphs.indexOf("(Chi tiết tại Phụ lục kèm theo)")).toBeGreaterThan(at[4]!);
  });

  it("says in the body what the title promises: the year's estimate and next year's plan", () => {
    // "Ước thực hiện cả năm …, đạt …% kế hoạch năm"; "Dự ước cả năm 2016, chỉ số SXCN tăng trên 8,3%" (Đồng Nai
    // 2016); "Kế hoạch năm 2014" from the seed's meeting (DOMAIN.md). Figures from the table's own cells: the
    // estimate 29.416 tỷ đồng of plan 34.540 is 85,2%; 36.000 / 29.416 = 122,4 → "tăng 22,4%".
    const body = back.paragraphs.join("\n");
    expect(body).toContain("Cả năm ước đạt gần 29.420 tỷ đồng, tăng 5,2% so với năm 2012, đạt 85,2% kế hoạch năm.");
    expect(body).toContain("Kế hoạch năm 2014: 36.000 tỷ đồng, tăng 22,4% so với ước thực hiện năm 2013.");
    expect(body).toMatch(
      /Ước thực hiện cả năm 2013 đạt gần 20\.420 tỷ đồng, tăng 13,4% so với năm 2012, chưa đạt kế hoạch năm \(tăng 14%\)\./,
    );
    // The month's own estimate first, on the previous month and the same month (2.620 / 2.500 = +4,8%).
    expect(body).toContain(
      "Giá trị sản xuất công nghiệp (giá so sánh 2010) tháng 9 ước đạt 2.620 tỷ đồng, tăng 4,8% so với tháng trước",
    );
    expect(body).toMatch(/Dự ước cả năm 2013 tăng [\d,]+% so với năm 2012/);
  });

  it("marks the parts officers write themselves, highlighted", () => {
    for (const part of [
      "I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2013, ƯỚC THỰC HIỆN NĂM 2013",
      "5. Công tác quản lý nhà nước của ngành",
      "6. Đánh giá chung",
      "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2013",
      "III. KIẾN NGHỊ, ĐỀ XUẤT",
    ]) {
      const i = back.paragraphs.indexOf(part);
      expect(i).toBeGreaterThan(0);
      expect(back.paragraphs[i + 1]).toMatch(/^\[Cán bộ viết: .+\]$/);
    }
    const marked = all(back.doc, "r").filter((r) => textOf(r).startsWith("[Cán bộ viết"));
    expect(marked).toHaveLength(5);
    for (const r of marked) expect(all(r, "highlight")[0]?.getAttributeNS(W, "val")).toBe("yellow");
  });

  it("names the higher body in 'Kính gửi' when given, and its recipients begin '- Như trên;' (decree II.9.b)", async () => {
    const to = await readBack(await reportDocx(report, { ...SETTINGS, addressee: "Bộ Công Thương" }));
    const i = to.paragraphs.indexOf("Kính gửi: Bộ Công Thương.");
    expect(i).toBeGreaterThan(to.paragraphs.indexOf(report.title));
    expect(to.paragraphs).toContain("- Như trên;");
    expect(back.paragraphs.some((p) => p.startsWith("Kính gửi"))).toBe(false);
  });

  it("draws the line under the subject a third to a half of the text line (Phụ lục I)", () => {
    const ps = all(back.doc, "p");
    const subject = ps.findIndex((p) => textOf(p) === report.title);
    const line = ps[subject + 1]!;
    expect(all(line, "top")).toHaveLength(1);
    const ind = all(line, "ind")[0]!;
    const text = ((210 - 30 - 15) * 1440) / 25.4;
    const length = text - Number(ind.getAttributeNS(W, "left")) - Number(ind.getAttributeNS(W, "right"));
    expect(length / text).toBeGreaterThanOrEqual(1 / 3);
    expect(length / text).toBeLessThanOrEqual(1 / 2);
  });

  it("is tagged Vietnamese (w:lang vi-VN), so Word checks its spelling as Vietnamese", async () => {
    const styles = await back.zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="vi-VN"\/>.*<\/w:docDefaults>/s);
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
    // The appendix numbers its own pages from 1, none on its first page (Phụ lục I, part III).
    expect(all(landscape, "pgNumType")[0]?.getAttributeNS(W, "start")).toBe("1");
    expect(all(landscape, "titlePg")).toHaveLength(1);
    expect(all(portrait, "pgNumType")[0]?.getAttributeNS(W, "start") ?? "").toBe("");

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

  it("heads the appendix as Phụ lục I part III: 'Phụ lục' 14 pt bold centred, its name bold capitals, the line 14 pt italic", () => {
    const ps = all(back.doc, "p");
    const i = ps.findIndex((p) => textOf(p) === "Phụ lục");
    expect(i).toBeGreaterThan(0);
    const run = (p: Element): Element => all(p, "r")[0]!;
    const size = (p: Element): string => all(run(p), "sz")[0]?.getAttributeNS(W, "val") ?? "";
    const [head, name, attached] = [ps[i]!, ps[i + 1]!, ps[i + 2]!];
    expect(all(head, "jc")[0]?.getAttributeNS(W, "val")).toBe("center");
    expect([size(head), all(run(head), "b").length]).toEqual(["28", 1]);
    expect(textOf(name)).toBe(report.title.toLocaleUpperCase("vi"));
    expect(all(run(name), "b")).toHaveLength(1);
    expect(textOf(attached)).toBe("(Kèm theo Báo cáo số 125/BC-SCT ngày 05 tháng 10 năm 2013 của Sở Công Thương)");
    expect(all(run(attached), "i")).toHaveLength(1);
    expect(Number(size(attached))).toBeGreaterThanOrEqual(26);
    expect(Number(size(attached))).toBeLessThanOrEqual(28);
    // The appendix starts its own section: the paragraph before the heading closes the body's section.
    expect(all(ps[i - 1]!, "sectPr")).toHaveLength(1);
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
    expect(b.paragraphs).toContain("III. PROPOSALS");
    // The agency, the titles and the usual recipients in English too (issue 19, point 7).
    const body = b.paragraphs.join("\n");
    for (const words of [
      "PEOPLE'S COMMITTEE OF QUẢNG NAM PROVINCE",
      "DEPARTMENT OF INDUSTRY AND TRADE",
      "FOR THE DIRECTOR",
      "DEPUTY DIRECTOR",
      "- Ministry of Industry and Trade (for information);",
      "The Department of Industry and Trade reports on",
      "of the Department of Industry and Trade)",
      "II. TASKS AND MEASURES FOR THE LAST 3 MONTHS OF 2013",
    ])
      expect(body).toContain(words);
    expect(body).not.toMatch(/reached an estimated|SỞ CÔNG THƯƠNG|Bộ Công Thương/);
    const styles = await b.zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
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
    zip.file("word/document.xml", xml.replace("đạt 60,8%", "đạt 65%"));
    expect(await state(await zip.generateAsync({ type: "uint8array" }))).toBe("edited");

    zip.remove("docProps/custom.xml");
    expect(await state(await zip.generateAsync({ type: "uint8array" }))).toBe("not-ours");
    expect(await state(new Uint8Array([1, 2, 3]))).toBe("not-ours");
  });
});
