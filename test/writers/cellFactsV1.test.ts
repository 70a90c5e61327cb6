/**
 * The workbook's earlier fingerprint (v1, cell facts), kept to verify reports of the previous version:
 * what an edit changes, what a faithful save (Excel, LibreOffice) does not.
 */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { canonicalNumber, cellFactLine, fingerprint, type CellFact } from "../../src/writers/cellFactsV1";

// Excel's own range: 15 digits rounded up must not overflow past Number.MAX_VALUE.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e307, max: 1e307 });

describe("canonicalNumber", () => {
  it("keeps 15 significant digits, so a value written to 15 digits reads back the same", () => {
    // LibreOffice writes a value to 15 significant digits: Number(canonical) is such a value.
    fc.assert(
      fc.property(finite, (x) => {
        expect(canonicalNumber(Number(canonicalNumber(x)))).toBe(canonicalNumber(x));
      }),
      runs(5000),
    );
  });

  it("is the same for a number and its 17-digit spelling (what Excel writes)", () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(canonicalNumber(Number(x.toPrecision(17)))).toBe(canonicalNumber(x));
      }),
      runs(5000),
    );
  });

  it("agrees with LibreOffice on a value whose shortest spelling ends in 5 at the 16th digit", () => {
    // Seen in a real round trip: the report held 621.3007159904535 (exactly 621.30071599045345…),
    // LibreOffice's file said 621.300715990454; toPrecision(15) would say …453.
    expect(canonicalNumber(621.3007159904535)).toBe(canonicalNumber(621.300715990454));
    expect((621.3007159904535).toPrecision(15)).toBe("621.300715990453");
  });

  it.each([
    [0, -0],
    [0.1 + 0.2, 0.3],
    [10 - 4e-15, 10],
    [1234567.5, 1.2345675e6],
  ])("says %p and %p are the same figure", (a, b) => {
    expect(canonicalNumber(a)).toBe(canonicalNumber(b));
  });

  it.each([
    [1.23456789012345, 1.23456789012346],
    [21000, 21000.5],
    [5, -5],
    [1e-7, 1e-8],
  ])("tells %p from %p (a change within 15 digits)", (a, b) => {
    expect(canonicalNumber(a)).not.toBe(canonicalNumber(b));
  });
});

const base: CellFact[] = [
  { sheet: 0, row: 0, col: 0, value: "KẾT QUẢ THỰC HIỆN" },
  { sheet: 0, row: 6, col: 5, value: 21000, format: "#,##0" },
  { sheet: 0, row: 6, col: 7, formula: "G7/F7*100", format: "0.0" },
  { sheet: 0, row: 7, col: 2, value: "Giá trị sản xuất", note: "ước của Sở" },
];
const sheets = ["BC 9T-2013"];
const stamp = fingerprint(sheets, base);

describe("fingerprint", () => {
  it("is versioned SHA-256", () => {
    expect(stamp).toMatch(/^v1:sha256:[0-9a-f]{64}$/);
  });

  it("does not depend on the order cells are listed in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (cells) => {
        expect(fingerprint(sheets, cells)).toBe(stamp);
      }),
    );
  });

  it.each<[string, CellFact[], string[]]>([
    ["a typed figure", [...base, { sheet: 0, row: 6, col: 9, value: 98000 }], sheets],
    ["a changed constant", base.map((c, i) => (i === 1 ? { ...c, value: 21001 } : c)), sheets],
    ["a changed formula", base.map((c, i) => (i === 2 ? { ...c, formula: "G7/F7" } : c)), sheets],
    ["a changed number format", base.map((c, i) => (i === 1 ? { ...c, format: "#,##0.0" } : c)), sheets],
    ["a new note", base.map((c, i) => (i === 1 ? { ...c, note: "số tạm tính" } : c)), sheets],
    ["an edited note", base.map((c, i) => (i === 3 ? { ...c, note: "ước của Sở (sửa)" } : c)), sheets],
    ["a note on an empty cell", [...base, { sheet: 0, row: 20, col: 1, value: null, note: "xem lại" }], sheets],
    ["a cell moved", base.map((c, i) => (i === 0 ? { ...c, row: 1 } : c)), sheets],
    ["an added sheet", base, [...sheets, "Sheet2"]],
    ["a renamed sheet", base, ["BC 9T-2013 (sửa)"]],
    ["a cleared cell", base.slice(1), sheets],
  ])("changes with %s", (_what, cells, names) => {
    expect(fingerprint(names, cells)).not.toBe(stamp);
  });

  it.each<[string, CellFact[]]>([
    [
      "an empty cell with a format (a styled blank)",
      [...base, { sheet: 0, row: 30, col: 3, value: null, format: "0.0" }],
    ],
    ["General written out", base.map((c, i) => (i === 0 ? { ...c, format: "General" } : c))],
    ["a constant written to 15 digits", base.map((c, i) => (i === 1 ? { ...c, value: 21000 + 1e-11 } : c))],
    ["a formula spelled with its =", base.map((c, i) => (i === 2 ? { ...c, formula: "=G7/F7*100" } : c))],
    ["CRLF in a note", base.map((c, i) => (i === 3 ? { ...c, note: "ước của Sở\r\n".trim() } : c))],
  ])("stays the same with %s", (_what, cells) => {
    expect(fingerprint(sheets, cells)).toBe(stamp);
  });

  it("takes no cached result of a formula: the fact has none", () => {
    expect(cellFactLine({ sheet: 0, row: 0, col: 0, formula: "1+1", value: 2 })).toBe(
      cellFactLine({ sheet: 0, row: 0, col: 0, formula: "1+1", value: 99 }),
    );
  });
});
