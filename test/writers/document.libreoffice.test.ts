/**
 * The Word report and the .xlsx report printed by a real office suite: headless LibreOffice renders both
 * to PDF, pdftoppm to PNG, into test-artifacts/document/ (look at them: a page an office would send).
 * The PDF text keeps every Vietnamese diacritic, and the Word report numbers its pages from page 2.
 * Skipped with a loud message when soffice is absent, except in CI (CI=true), where it fails.
 */
import { spawnSync } from "child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../../src/report/document/documentSettings";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { reportDocx } from "../../src/writers/docx";
import { reportWorkbook } from "../../src/writers/xlsx";
import { convert, findSoffice, freshProfile } from "../cli/soffice";
import { opts } from "../report/options";

jest.setTimeout(240_000);

const soffice = findSoffice();
const inCI = process.env.CI === "true";
if (!soffice && !inCI) {
  console.warn(
    "\n*** SKIPPED test/writers/document.libreoffice.test.ts: soffice (LibreOffice) is not installed. ***\n" +
      "*** Install libreoffice-writer-nogui, libreoffice-calc-nogui and fonts-liberation2 to render the documents. ***\n",
  );
}
const describeLO = soffice || inCI ? describe : describe.skip;

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "document");

const SETTINGS: DocumentSettings = {
  ...DEFAULT_DOCUMENT_SETTINGS,
  province: "UBND TỈNH QUẢNG NAM",
  reportNumber: "125/BC-SCT",
  reportDate: "2013-10-05",
  place: "Tam Kỳ",
  signerName: "Nguyễn Văn An",
};

/** The words of a PDF with their box heights in points, page by page (pdftotext -bbox). */
function pdfWords(pdf: string): { page: number; text: string; height: number }[] {
  const r = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const out: { page: number; text: string; height: number }[] = [];
  r.stdout.split("<page ").forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g))
      out.push({ page: i, text: m[3] as string, height: Number(m[2]) - Number(m[1]) });
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** The PDF's text, page by page (pdftotext puts a form feed between pages). */
function pdfPages(pdf: string): string[] {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.split("\f").filter((p) => p.trim() !== "");
}

describeLO("the documents as LibreOffice prints them", () => {
  let docxPdf: string;
  let xlsxPdf: string;
  beforeAll(async () => {
    if (!soffice) throw new Error("soffice (LibreOffice) is required in CI: install libreoffice-writer-nogui");
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const report = buildReport({ indicators, problems: [] }, opts({ live: true }), SETTINGS);
    const docx = path.join(ARTIFACTS, "bao-cao.docx");
    const xlsx = path.join(ARTIFACTS, "bieu-so-01.xlsx");
    writeFileSync(docx, await reportDocx(report, SETTINGS));
    await reportWorkbook(report).xlsx.writeFile(xlsx);
    [docxPdf, xlsxPdf] = convert(soffice, freshProfile(), [docx, xlsx], "pdf", ARTIFACTS) as [string, string];
    for (const pdf of [docxPdf, xlsxPdf]) {
      const prefix = pdf.replace(/\.pdf$/, "");
      const r = spawnSync("pdftoppm", ["-r", "80", "-png", pdf, prefix], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    }
  });

  it("renders both documents to PNG pages in test-artifacts/document", () => {
    const pngs = readdirSync(ARTIFACTS).filter((f) => f.endsWith(".png"));
    expect(pngs.filter((f) => f.startsWith("bao-cao")).length).toBeGreaterThanOrEqual(3);
    expect(pngs.filter((f) => f.startsWith("bieu-so-01")).length).toBeGreaterThanOrEqual(1);
  });

  it("keeps the Word report's Vietnamese intact: heading, motto, date, sentences, signature", () => {
    // Lines joined: a sentence may wrap anywhere on the page.
    const text = pdfPages(docxPdf).join("\n").replace(/\s+/g, " ");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "SỞ CÔNG THƯƠNG",
      "Tam Kỳ, ngày 05 tháng 10 năm 2013",
      "BÁO CÁO",
      "I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2013",
      "tính chung 9 tháng năm 2013 ước",
      "ước đạt 21.000 tỷ đồng",
      "Kế hoạch năm 2014: 36.000 tỷ đồng",
      "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2013",
      "(Chi tiết tại Phụ lục kèm theo)",
      "Nơi nhận:",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Văn An",
      "Phụ lục",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("numbers the body's pages from 2 and the Phụ lục's own from 1, none on its first page", () => {
    // Nghị định 30/2020, Phụ lục I: page numbers top centre from page 2; part III: an appendix numbers its own
    // pages. The body is pages 1..k, the appendix opens on a page of its own with "Phụ lục" on top.
    const pages = pdfPages(docxPdf).map((p) => p.trim().split("\n")[0]!.trim());
    const appendix = pages.indexOf("Phụ lục");
    expect(appendix).toBeGreaterThanOrEqual(2);
    expect(pages[0]!.startsWith("UBND TỈNH")).toBe(true);
    pages.slice(1, appendix).forEach((first, i) => expect(first).toBe(String(i + 2)));
    expect(pages.length).toBeGreaterThan(appendix + 1);
    pages.slice(appendix + 1).forEach((first, i) => expect(first).toBe(String(i + 2)));
  });

  it("prints the annex's figures at 10 pt or more on A4 landscape, in Times New Roman, without the summary", () => {
    // A word's box in the PDF is its font size times the face's height: the Word body's 14 pt words calibrate it.
    const body = pdfWords(docxPdf).filter((w) => w.page === 1 && /^\p{Ll}+$/u.test(w.text));
    const perPoint = median(body.map((w) => w.height)) / 14;
    const figures = pdfWords(xlsxPdf).filter((w) => w.page === 1 && /^\d{1,3}([.,]\d{3})*([.,]\d+)?$/.test(w.text));
    expect(figures.length).toBeGreaterThan(50);
    const printed = median(figures.map((w) => w.height)) / perPoint;
    expect(printed).toBeGreaterThanOrEqual(10);
    // Times New Roman throughout (LibreOffice's metric twin, Liberation Serif): no Calibri (Carlito) anywhere.
    const fonts = spawnSync("pdffonts", [xlsxPdf], { encoding: "utf8" }).stdout;
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman/);
    expect(fonts).not.toMatch(/Carlito|Calibri|DejaVu|LiberationSans/);
    // What prints is the table and its notes; the summary paragraph is the Word report's body.
    const text = pdfPages(xlsxPdf).join("\n");
    expect(text).toContain("Ghi chú");
    expect(text).not.toContain("Tóm tắt 9 tháng năm 2013");
  });

  it("keeps the .xlsx report's heading and figures intact when printed", () => {
    const text = pdfPages(xlsxPdf)
      .join("\n")
      .replace(/[ \t]+/g, " ");
    for (const s of ["UBND TỈNH QUẢNG NAM", "SỞ CÔNG THƯƠNG", "Biểu số 01", "Kèm theo Báo cáo số 125/BC-SCT"]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Giá trị sản xuất công nghiệp/);
  });
});
