/**
 * Issue 17, the file reader's points: workbooks written the way export tools write them (XlsxWriter,
 * pandas and openpyxl: fullCalcOnLoad, formulas saved with 0 or no result), ECMA-376 escapes, duplicate
 * cell references, element ceilings, and .xlsb files and web pages named .xlsx. Every file is real
 * .xlsx XML (build.ts); every expected figure is worked out by hand in the test.
 */
import { strToU8, zipSync } from "fflate";
import { readXlsxBytes } from "../../src/cli/readXlsx";
import { DEFAULT_READ_LIMITS, readWorkbookBytes, type ReadLimits, type WorkbookFile } from "../../src/xlsx";
import { buildXlsx, type BookSpec } from "./build";

function read(spec: BookSpec | Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): WorkbookFile {
  const out = readWorkbookBytes(spec instanceof Uint8Array ? spec : buildXlsx(spec), "in.xlsx", limits);
  if (!out.ok) throw new Error(out.refusal.message.en);
  return out.workbook;
}

/** XlsxWriter's shape: district sheets and a template summing them, every formula saved as <v>0</v>. */
const xlsxWriterBook: BookSpec = {
  fullCalcOnLoad: true,
  sheets: [
    { name: "Huyện A", cells: { A1: "Tháng", B1: 1, C1: 2, A2: "GTSX", B2: 1200, C2: 1250.5 } },
    { name: "Huyện B", cells: { A1: "Tháng", B1: 1, C1: 2, A2: "GTSX", B2: 950, C2: 1010 } },
    {
      name: "Tổng hợp",
      cells: {
        A1: "Chỉ tiêu",
        B1: "T1",
        C1: "T2",
        D1: "Cộng",
        E1: "Bình quân",
        A2: "GTSX",
        B2: { f: "'Huyện A'!B2+'Huyện B'!B2", v: 0 },
        C2: { f: "'Huyện A'!C2+'Huyện B'!C2", v: 0 },
        D2: { f: "SUM(B2:C2)", v: 0 },
        E2: { f: "AVERAGE(B2:C2)", v: 0 },
        F2: { f: "(D2-B2)/B2*100", v: 0 },
        G2: { f: "-B2+2^3", v: 0 },
      },
    },
  ],
};

describe("issue 17 point 2: results never calculated (fullCalcOnLoad)", () => {
  it("computes XlsxWriter's formulas saved as 0 from their inputs, across sheets, after the cells they read", () => {
    const b = read(xlsxWriterBook);
    const v = b.sources[2]!.values[1]!;
    // T1 = 1200 + 950 = 2150; T2 = 1250,5 + 1010 = 2260,5; Cộng = 4410,5; Bình quân = 2205,25;
    // (4410,5 − 2150) / 2150 × 100 = 105,1395…; −2150 + 8 = −2142.
    expect(v[1]).toBe(2150);
    expect(v[2]).toBe(2260.5);
    expect(v[3]).toBe(4410.5);
    expect(v[4]).toBe(2205.25);
    expect(v[5]).toBeCloseTo((2260.5 / 2150) * 100, 10);
    expect(v[6]).toBe(-2142);
    expect(b.problems).toEqual([
      expect.objectContaining({ code: "formula-calculated", severity: "info", address: "'Tổng hợp'!B2" }),
    ]);
    expect(b.problems[0]!.message.vi).toMatch(/^6 ô công thức đã được tính/);
  });

  it("computes openpyxl's formulas saved without a result (an empty <v/>)", () => {
    const b = read({
      fullCalcOnLoad: true,
      sheets: [{ name: "S", cells: { A1: 4, A2: 6, A3: { f: "SUM(A1:A2)/2", t: "str" }, A4: { f: "MAX(A1,A2)*2" } } }],
    });
    expect(b.sources[0]!.values[2]![0]).toBe(5); // (4 + 6) / 2
    expect(b.sources[0]!.values[3]![0]).toBe(12); // max(4, 6) × 2
  });

  it("fills a shared formula's followers by moving the master's relative references", () => {
    const b = read({
      fullCalcOnLoad: true,
      sheets: [
        {
          name: "S",
          cells: {
            A1: 1,
            B1: 10,
            A2: 2,
            B2: 20,
            A3: 3,
            B3: 30,
            C1: { f: "A1+B1*$A$1", si: "0", ref: "C1:C3", v: 0 },
            C2: { si: "0", v: 0 },
            C3: { si: "0", v: 0 },
          },
        },
      ],
    });
    // C_r = A_r + B_r × A1: 1 + 10 = 11, 2 + 20 = 22, 3 + 30 = 33.
    expect([0, 1, 2].map((r) => b.sources[0]!.values[r]![2])).toEqual([11, 22, 33]);
  });

  it("computes a shared formula's follower saved without a result from a master Excel saved with one", () => {
    const b = read({
      sheets: [
        {
          name: "S",
          cells: {
            A1: 1,
            A2: 2,
            B1: { f: "A1*10", si: "0", ref: "B1:B2", v: 10 },
            B2: { si: "0" },
          },
        },
      ],
    });
    expect(b.sources[0]!.values[1]![1]).toBe(20); // A2 × 10
  });

  it("leaves a formula it cannot compute blank, with one problem naming the cells and what to do", () => {
    const b = read({
      fullCalcOnLoad: true,
      sheets: [
        {
          name: "Dữ liệu",
          cells: {
            A1: 5,
            B1: { f: "IFERROR(VLOOKUP(A1,Khác!A:B,2,0),0)", v: 0 },
            C1: { f: "B1*2", v: 0 },
            D1: { f: "A1*2", v: 0 },
          },
        },
      ],
    });
    const v = b.sources[0]!.values[0]!;
    expect([v[1], v[2], v[3]]).toEqual([undefined, undefined, 10]);
    const failed = b.problems.filter((p) => p.code === "formula-not-calculated");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.address).toBe("'Dữ liệu'!B1");
    expect(failed[0]!.message.vi).toContain("'Dữ liệu'!B1, 'Dữ liệu'!C1");
    expect(failed[0]!.message.vi).toContain("Mở và lưu tệp trong Excel");
    expect(failed[0]!.message.en).toContain("Open and save the file in Excel");
  });

  it("finds a cycle and leaves its cells blank, named", () => {
    const b = read({
      fullCalcOnLoad: true,
      sheets: [{ name: "S", cells: { A1: { f: "B1+1", v: 0 }, B1: { f: "A1+1", v: 0 }, C1: { f: "1+1", v: 0 } } }],
    });
    expect(b.sources[0]!.values[0]![0]).toBeUndefined();
    expect(b.sources[0]!.values[0]![1]).toBeUndefined();
    expect(b.sources[0]!.values[0]![2]).toBe(2);
    const cycle = b.problems.find((p) => p.code === "formula-not-calculated");
    expect(cycle?.message.en).toMatch(/2 formula cell.*circular/);
  });

  it("gives Excel's error for a division by zero, as Excel shows it", () => {
    const b = read({ fullCalcOnLoad: true, sheets: [{ name: "S", cells: { A1: 0, B1: { f: "5/A1", v: 0 } } }] });
    expect(b.sources[0]!.values[0]![1]).toBe("#DIV/0!");
  });

  it("trusts the results Excel saved when the workbook does not ask for a recalculation", () => {
    const b = read({ sheets: [{ name: "S", cells: { A1: 2, B1: { f: "A1*2", v: 4.0000001 } } }] });
    expect(b.sources[0]!.values[0]![1]).toBe(4.0000001);
    expect(b.problems).toEqual([]);
  });
});

describe("issue 17 point 5: ECMA-376 escapes", () => {
  it("decodes _xHHHH_ in shared and inline strings, _x005F_ being an underscore", () => {
    const b = read({
      sheets: [
        {
          name: "S",
          cells: {
            A1: "GTSX_x000D_",
            B1: "Giá trị_x000D__x000A_sản xuất",
            C1: "A_x005F_x000D_B",
            D1: { v: "Tên_x0009_chỉ tiêu", t: "inlineStr" },
            E1: "x_x00e9_y",
          },
        },
      ],
    });
    const v = b.sources[0]!.values[0]!;
    expect(v.slice(0, 5)).toEqual(["GTSX\r", "Giá trị\r\nsản xuất", "A_x000D_B", "Tên\tchỉ tiêu", "xéy"]);
  });
});

describe("issue 17 point 6: a cell written twice", () => {
  const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;

  it("names two <c r='L3'> in one row as an error and leaves the cell blank: no value silently wins", () => {
    const b = read({
      sheets: [
        {
          name: "Dữ liệu",
          cells: {},
          sheetData:
            row(1, '<c r="A1"><v>1</v></c>') +
            row(3, '<c r="K3"><v>10</v></c><c r="L3"><v>28789</v></c><c r="L3"><v>2150</v></c><c r="M3"><v>7</v></c>'),
        },
      ],
    });
    const v = b.sources[0]!.values;
    expect(v[2]![11]).toBeUndefined();
    expect([v[2]![10], v[2]![12]]).toEqual([10, 7]);
    expect(b.problems).toEqual([
      expect.objectContaining({ code: "duplicate-cell", severity: "error", address: "'Dữ liệu'!L3" }),
    ]);
  });

  it("names a row written twice at each cell it repeats, and cells out of order once", () => {
    const b = read({
      sheets: [
        {
          name: "S",
          cells: {},
          sheetData:
            row(2, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c>') +
            row(5, '<c r="A5"><v>5</v></c>') +
            row(2, '<c r="A2"><v>9</v></c>') +
            row(4, '<c r="A4"><v>4</v></c>'),
        },
      ],
    });
    const v = b.sources[0]!.values;
    expect([v[1]![0], v[1]![1], v[4]![0], v[3]![0]]).toEqual([undefined, 2, 5, 4]);
    expect(b.problems.map((p) => [p.code, p.address])).toEqual([
      ["duplicate-cell", "S!A2"],
      ["cell-out-of-order", "S!A2"],
    ]);
  });
});

describe("issue 17 point 8: every element kind under its own ceiling", () => {
  const base = (extra: string, where: "before" | "after" = "after"): Uint8Array => {
    const files = unzip(buildXlsx({ sheets: [{ name: "S", cells: { A1: "Mã", B1: 1 } }] }));
    const sheet = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]!);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      where === "before"
        ? sheet.replace("<sheetData>", `${extra}<sheetData>`)
        : sheet.replace("</sheetData>", `</sheetData>${extra}`),
    );
    return zipSync(files);
  };

  it.each([
    [
      "cols",
      base("<cols>" + '<col min="1" max="1" hidden="1"/>'.repeat(6) + "</cols>", "before"),
      /định nghĩa cột/,
      /column definitions/,
    ],
    [
      "merges",
      base("<mergeCells>" + '<mergeCell ref="C1:D1"/>'.repeat(6) + "</mergeCells>"),
      /vùng ô gộp/,
      /merged ranges/,
    ],
    [
      "hyperlinks",
      base("<hyperlinks>" + '<hyperlink ref="A1" r:id="x"/>'.repeat(6) + "</hyperlinks>"),
      /liên kết/,
      /hyperlinks/,
    ],
    [
      "conditionalFormats",
      base(
        '<conditionalFormatting sqref="A1">' +
          '<cfRule type="expression" priority="1"/>'.repeat(6) +
          "</conditionalFormatting>",
      ),
      /định dạng có điều kiện/,
      /conditional formatting/,
    ],
    [
      "dataValidations",
      base("<dataValidations>" + '<dataValidation sqref="A1"/>'.repeat(6) + "</dataValidations>"),
      /xác thực dữ liệu/,
      /data validation/,
    ],
    ["rows", base("", "after"), /dòng/, /rows/],
    [
      "sharedStrings",
      buildXlsx({ sheets: [{ name: "S", cells: { A1: "a", A2: "b", A3: "c", A4: "d", A5: "e", A6: "f" } }] }),
      /chuỗi/,
      /shared strings/,
    ],
    [
      "styles",
      buildXlsx({ styles: [1, 2, 3, 4, 9, 10], sheets: [{ name: "S", cells: { A1: 1 } }] }),
      /kiểu định dạng/,
      /cell formats/,
    ],
  ])("refuses more %s than the ceiling at once, naming the kind and the limit", (kind, bytes, vi, en) => {
    const limits = { ...DEFAULT_READ_LIMITS, maxElements: { [kind]: kind === "rows" ? 0 : 5 } };
    const out = readWorkbookBytes(bytes, "nhieu.xlsx", limits);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.refusal.code).toBe("too-many-elements");
    expect(out.refusal.message.vi).toMatch(vi);
    expect(out.refusal.message.en).toMatch(en);
    expect(out.refusal.message.vi).toMatch(/nhieu\.xlsx: có hơn \d+ /);
  });

  it("keeps the ceilings no lower than 2,000,000 cells and 1,048,576 rows", () => {
    expect(DEFAULT_READ_LIMITS.maxCells).toBeGreaterThanOrEqual(2_000_000);
    expect(DEFAULT_READ_LIMITS.maxElements?.rows).toBeGreaterThanOrEqual(1_048_576);
  });

  it("reads 20,000 <col hidden> spanning every column in proportion to the columns, not 16,384 × 20,000", () => {
    const bytes = base(
      "<cols>" + '<col min="1" max="16384" width="9" hidden="1"/>'.repeat(20_000) + "</cols>",
      "before",
    );
    expect(bytes.length).toBeLessThan(20_000);
    const t = Date.now();
    const b = read(bytes);
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(b.sources[0]!.hiddenCols).toHaveLength(16_384);
  });

  it("reads 80,000 copies of one merge as one merge, and overlapping merges as Excel's repair leaves them", () => {
    const copies = base(
      "<mergeCells>" + '<mergeCell ref="A1:B1"/>'.repeat(80_000) + '<mergeCell ref="B1:C2"/></mergeCells>',
    );
    const t = Date.now();
    const b = read(copies);
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(b.sources[0]!.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 1 }]);
    expect(b.sources[0]!.values[0]).toEqual(["Mã"]); // B1 covered by the merge
    expect(b.problems).toEqual([expect.objectContaining({ code: "merge-overlap", address: "S!B1" })]);
  });
});

describe("issue 17 point 10: an .xlsb and a web page named .xlsx", () => {
  const xlsb = zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    ),
    "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]),
    "xl/worksheets/sheet1.bin": new Uint8Array([0x81, 0x01, 0x00]),
  });
  // Excel's "Web Page" save and the "export to Excel" of many programs: HTML with Excel's namespaces.
  const html = strToU8(
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>\r\n<body><table><tr><td>Mã</td><td>Năm</td><td>T1</td></tr><tr><td>GTSX</td><td>2013</td><td>2150</td></tr></table></body></html>',
  );
  const doctype = strToU8(
    '\ufeff<!DOCTYPE html>\n<html lang="vi"><body><table><tr><td>Mã,Năm</td></tr></table></body></html>',
  );
  const mhtml = strToU8(
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n------=_NextPart\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html></html>',
  );

  it.each([
    [
      "an .xlsb",
      xlsb,
      "xlsb",
      /nhị phân Excel \(\.xlsb\).*lưu thành Sổ làm việc Excel \(\.xlsx\)/,
      /Excel Binary Workbook \(\.xlsb\).*save it as an Excel Workbook/,
    ],
    [
      "a web page saved by Excel",
      html,
      "html",
      /trang web \(HTML\).*lưu thành Sổ làm việc Excel/,
      /web page \(HTML\).*save it as an Excel Workbook/,
    ],
    ["an HTML5 page", doctype, "html", /trang web/, /web page/],
    ["a single-file web page (MHTML)", mhtml, "html", /trang web/, /web page/],
  ])("names %s as what it is, with what to do, in the reader and the command", (_what, bytes, code, vi, en) => {
    const out = readWorkbookBytes(bytes, "so-lieu.xlsx");
    expect(out.ok ? null : out.refusal.code).toBe(code);
    if (out.ok) return;
    expect(out.refusal.message.vi).toMatch(vi);
    expect(out.refusal.message.en).toMatch(en);
    expect(out.refusal.message.vi).toContain("so-lieu.xlsx");
    let thrown: unknown;
    try {
      readXlsxBytes(bytes, "so-lieu.xlsx");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code, bilingual: out.refusal.message });
  });
});

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require("fflate") as typeof import("fflate");
  return unzipSync(bytes);
}
