/** The bounded .xlsx reader: values as Excel's range.values gives them, workbook facts, refusals, cost. */
import * as fs from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { readWorkbookBytes, DEFAULT_READ_LIMITS, type WorkbookFile } from "../../src/xlsx";
import { isDateFormatCode, isBuiltInDateId } from "../../src/xlsx/numberFormat";
import { isoToSerial } from "../../src/xlsx/serial";
import { buildXlsx, type BookSpec } from "./build";

function read(spec: BookSpec): WorkbookFile {
  const out = readWorkbookBytes(buildXlsx(spec), "in.xlsx");
  if (!out.ok) throw new Error(out.refusal.message.en);
  return out.workbook;
}

describe("readWorkbookBytes: cell values", () => {
  const book = read({
    numFmts: [
      { id: 164, code: '#,##0 "kWh"' },
      { id: 165, code: "dd/mm/yyyy" },
      { id: 166, code: '[Red][>100]#,##0;[Blue]-#,##0;"không"' },
      { id: 167, code: "#,##0\\ \\h\\a" },
    ],
    styles: [164, 165, 14, 166, 167, 3],
    sheets: [
      {
        name: "Số liệu",
        cells: {
          A1: "chữ",
          B1: { v: "công thức", t: "str", f: 'CONCAT("a")' },
          C1: { v: "nội tuyến", t: "inlineStr" },
          D1: true,
          E1: { v: "#N/A", t: "e" },
          F1: 21000.5,
          G1: { v: "2013-01-01T00:00:00Z", t: "d" },
          H1: { f: "F1*2" },
          I1: { f: "VLOOKUP(A1,A1:B2,2,0)" },
          A2: { v: 1500, s: 1 },
          B2: { v: 41275, s: 2 },
          C2: { v: 41275, s: 3 },
          D2: { v: 120, s: 4 },
          E2: { v: 7, s: 5 },
          F2: { v: 21000, s: 6 },
        },
      },
    ],
  });
  const v = book.sources[0]!.values;

  it("gives strings, formula strings, inline strings, booleans, error text and numbers as Excel shows them", () => {
    expect([0, 1, 2, 3, 4, 5].map((c) => v[0]![c])).toEqual(["chữ", "công thức", "nội tuyến", true, "#N/A", 21000.5]);
  });

  it('turns a t="d" ISO date into the Excel serial number (41275 is 2013-01-01) and marks it a date', () => {
    expect(v[0]![6]).toBe(41275);
    expect(book.sources[0]!.dateCells).toEqual(expect.arrayContaining([{ row: 0, col: 6 }]));
  });

  it("computes a formula without a saved result (F1*2 = 21000.5 × 2), and leaves one it cannot compute blank, named", () => {
    expect(v[0]![7]).toBe(42001);
    expect(v[0]![8]).toBeUndefined();
    expect(book.problems).toEqual([
      expect.objectContaining({ code: "formula-calculated", severity: "info", address: "'Số liệu'!H1" }),
      expect.objectContaining({ code: "formula-not-calculated", severity: "warning", address: "'Số liệu'!I1" }),
    ]);
  });

  it("keeps a number a number whatever its format: units, colours, conditions, escaped letters", () => {
    expect([0, 3, 4, 5].map((c) => v[1]![c])).toEqual([1500, 120, 7, 21000]);
    const dates = (book.sources[0]!.dateCells ?? []).filter((d) => d.row === 1).map((d) => d.col);
    expect(dates.sort()).toEqual([1, 2]); // dd/mm/yyyy and built-in 14 only
  });
});

describe("date formats", () => {
  it.each([
    ['#,##0 "kWh"', false],
    ['#,##0.0 "m3"', false],
    ['0 "ha"', false],
    ['#,##0 "hộ"', false],
    ["[Red]#,##0;[Blue]-#,##0", false],
    ["[>=100]#,##0;0.0", false],
    ["#,##0\\ \\d\\a\\y", false],
    ["General", false],
    ["0.00E+00", false],
    ["@", false],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', false],
    ["[$-42A]dd/mm/yyyy", true],
    ["dd/mm/yyyy", true],
    ["mmm-yy", true],
    ["h:mm", true],
    ['yyyy "năm"', true],
  ])("%s is a date: %s", (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });

  it("knows Excel's built-in date ids (14–22, 27–36, 45–47, 50–58) and no others", () => {
    const dates = Array.from({ length: 60 }, (_x, i) => i).filter(isBuiltInDateId);
    expect(dates).toEqual([
      14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55,
      56, 57, 58,
    ]);
  });

  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2013-01-01", 41275],
    ["2013-01-01T12:00:00Z", 41275.5],
  ])("ISO %s is serial %d (Excel's 1900 system)", (iso, serial) => {
    expect(isoToSerial(iso, false)).toBe(serial);
  });

  it("counts from 1904-01-01 in the 1904 system", () => {
    expect(isoToSerial("1904-01-02", true)).toBe(1);
  });
});

describe("readWorkbookBytes: workbook facts", () => {
  const book = read({
    creator: "Phòng Kế hoạch",
    custom: { CTReportFingerprint: "abc123" },
    webExtension: { "ct.settings": '{"source":"sheet:Số liệu"}' },
    sheets: [
      { name: "Nháp cũ", state: "hidden", cells: { A1: 1 } },
      { name: "Ẩn sâu", state: "veryHidden", cells: { A1: 2 } },
      {
        name: "Số liệu",
        cells: { A1: "gộp", B1: "bóng", A3: 5, D10: "Mã", E10: "Năm", D11: "GTSX", E11: 2013 },
        merges: ["A1:C2"],
        hiddenRows: [3, 7],
        hiddenCols: [2],
        tables: [{ name: "BangSoLieu", ref: "D10:E11" }],
      },
    ],
  });

  it("lists every sheet in workbook order with hidden and veryHidden flagged", () => {
    expect(book.sources.map((s) => [s.sheet, s.hidden ?? false])).toEqual([
      ["Nháp cũ", true],
      ["Ẩn sâu", true],
      ["Số liệu", false],
    ]);
  });

  it("keeps a merged area's value in its top-left cell only", () => {
    const s = book.sources[2]!;
    expect(s.values[0]![0]).toBe("gộp");
    expect(s.values[0]![1]).toBeUndefined();
    expect(s.merges).toEqual([{ r1: 0, c1: 0, r2: 1, c2: 2 }]);
  });

  it("gives hidden rows and columns (0-based) and tables with their ranges", () => {
    const s = book.sources[2]!;
    expect(s.hiddenRows).toEqual([2, 6]);
    expect(s.hiddenCols).toEqual([1]);
    expect(s.tables).toEqual([{ name: "BangSoLieu", r1: 9, c1: 3, r2: 10, c2: 4 }]);
  });

  it("reads the creator, custom properties and web-extension properties", () => {
    expect(book.creator).toBe("Phòng Kế hoạch");
    expect(book.customProperties).toEqual({ CTReportFingerprint: "abc123" });
    expect(book.webExtensionProperties).toEqual({ "ct.settings": '{"source":"sheet:Số liệu"}' });
  });
});

describe("readWorkbookBytes: bounded cost", () => {
  it("reads a stray cell at XFD1048576 without allocating rows or columns up to it", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", cells: { A1: "Mã", B1: 1, XFD1048576: "x" } }] });
    const before = process.memoryUsage().heapUsed;
    const out = readWorkbookBytes(bytes, "stray.xlsx");
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const values = out.workbook.sources[0]!.values;
    expect(values[1048575]![16383]).toBe("x");
    expect(Object.keys(values)).toEqual(["0", "1048575"]); // two rows exist, nothing between
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 2 ** 20);
  });

  it("refuses a zip bomb by the bytes actually inflated, naming the file and the limit", () => {
    const big = "<c><v>0</v></c>".repeat(400_000); // 6 MB that deflates to a few KB
    const base = buildXlsx({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    const bomb = zipSync({
      ...unzipAll(base),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData><row r="1">${big}</row></sheetData></worksheet>`),
    });
    expect(bomb.length).toBeLessThan(200_000);
    const out = readWorkbookBytes(bomb, "bom.xlsx", { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 2 * 2 ** 20 });
    expect(out).toEqual({
      ok: false,
      refusal: {
        code: "too-large",
        message: { vi: expect.stringMatching(/bom\.xlsx.*2 MB/), en: expect.stringMatching(/bom\.xlsx.*2 MB/) },
      },
    });
  });

  it("refuses at once a zip whose declared sizes are already over the inflated ceiling", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    const out = readWorkbookBytes(bytes, "lon.xlsx", { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 100 });
    expect(out.ok ? null : out.refusal.code).toBe("too-large");
  });

  it("refuses more cells than the ceiling, naming the file and the limit", () => {
    const cells: Record<string, number> = {};
    for (let r = 1; r <= 20; r++) cells[`A${r}`] = r;
    const out = readWorkbookBytes(buildXlsx({ sheets: [{ name: "S", cells }] }), "nhieu.xlsx", {
      ...DEFAULT_READ_LIMITS,
      maxCells: 10,
    });
    expect(out.ok ? null : out.refusal.code).toBe("too-many-cells");
    expect(out.ok ? "" : out.refusal.message.vi).toMatch(/nhieu\.xlsx.*10/);
  });

  it("refuses a file over the size ceiling before reading it", () => {
    const out = readWorkbookBytes(new Uint8Array(2048), "to.xlsx", { ...DEFAULT_READ_LIMITS, maxFileBytes: 1024 });
    expect(out.ok ? null : out.refusal.code).toBe("too-large");
  });
});

function unzipAll(bytes: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require("fflate") as typeof import("fflate");
  return unzipSync(bytes);
}

describe("readWorkbookBytes: what offices send that is not an .xlsx", () => {
  const utf16 = (s: string): number[] => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const ole = (streams: string[]): Uint8Array =>
    new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
      ...streams.flatMap(utf16),
    ]);

  it.each([
    ["a password-protected workbook", ole(["EncryptionInfo", "EncryptedPackage"]), "encrypted", /mật khẩu/, /password/],
    ["an old .xls", ole(["Workbook", "SummaryInformation"]), "xls", /\.xls cũ/, /old \.xls/],
    [
      "an .ods",
      zipSync({
        mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
        "content.xml": strToU8("<x/>"),
      }),
      "ods",
      /LibreOffice/,
      /OpenDocument/,
    ],
    ["a CSV", strToU8("Mã,Chỉ tiêu,Năm,T1\nGTSX,Giá trị,2013,1500\n"), "csv", /CSV/, /CSV/],
    ["a PDF", strToU8("%PDF-1.4\u0000\u0001binary"), "not-xlsx", /không phải tệp Excel/, /not an Excel/],
    ["a broken zip", strToU8("PK\u0003\u0004garbage"), "corrupt", /hỏng/, /damaged/],
    ["a zip that is not a workbook", zipSync({ "a.txt": strToU8("hello") }), "not-xlsx", /không phải/, /not an Excel/],
  ])("refuses %s with clear words naming the file", (_what, bytes, code, vi, en) => {
    const out = readWorkbookBytes(bytes as Uint8Array, "tep.xlsx");
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.refusal.code).toBe(code);
    expect(out.refusal.message.vi).toMatch(vi);
    expect(out.refusal.message.en).toMatch(en);
    expect(out.refusal.message.vi).toContain("tep.xlsx");
    expect(out.refusal.message.en).toContain("tep.xlsx");
  });
});

describe("src/xlsx runs in the browser", () => {
  it("imports nothing from Node (no fs, path, Buffer, process) and only fflate and saxes from packages", () => {
    const dir = path.join(__dirname, "..", "..", "src", "xlsx");
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), "utf8");
      const imports = [...src.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      for (const i of imports) expect(i.startsWith(".") || i === "fflate" || i === "saxes").toBe(true);
      expect(src).not.toMatch(/\b(Buffer|process|require)\b/);
    }
  });
});
