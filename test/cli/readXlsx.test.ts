/** Reading raw data from .xlsx: cached formula results, rich text, links, merges, and files that are not workbooks. */
import { writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { InputError, readXlsx } from "../../src/cli/readXlsx";
import { tempDir } from "./helpers";

describe("readXlsx", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.getCell("A1").value = { formula: "2*3", result: 6 };
    ws.getCell("B1").value = { richText: [{ text: "Giá trị " }, { font: { bold: true }, text: "xuất khẩu" }] };
    ws.getCell("C1").value = { text: "trang", hyperlink: "https://example.org" };
    ws.getCell("D1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A2").value = "gộp";
    ws.mergeCells("A2:C2");
    ws.getCell("B3").value = true;
    const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    file = path.join(tempDir("read"), "in.xlsx");
    await wb.xlsx.writeFile(file);
  });

  it("gives every sheet's values, formula results, flattened rich text, link text and the master of a merge only", async () => {
    const d = await readXlsx(file);
    expect(d.sources.map((s) => s.sheet)).toEqual(["Số liệu", "Ẩn"]);
    const v = d.sources[0]!.values;
    // Sparse: a blank is undefined (no cell), as the contract of SourceValues says.
    // D1 = A1*2 has no saved result: computed from A1's (6), issue 17 point 2.
    expect([0, 1, 2, 3, 4].map((c) => v[0]![c])).toEqual([6, "Giá trị xuất khẩu", "trang", 12, "#N/A"]);
    expect([0, 1, 2].map((c) => v[1]![c])).toEqual(["gộp", undefined, undefined]);
    expect(v[2]![1]).toBe(true);
    expect(d.sources[0]!.merges).toEqual([{ r1: 1, c1: 0, r2: 1, c2: 2 }]);
    expect(d.sources[1]!.hidden).toBe(true);
  });

  it("computes a formula without a saved result and says so at its cell", async () => {
    const d = await readXlsx(file);
    expect(d.problems).toEqual([
      expect.objectContaining({ code: "formula-calculated", severity: "info", address: "'Số liệu'!D1" }),
    ]);
  });

  it.each([
    ["a CSV text file", Buffer.from("Mã;Chỉ tiêu\nGTSX;Giá trị"), /CSV/],
    ["a binary file", Buffer.from([1, 2, 3, 0, 9]), /không phải tệp Excel/],
    ["an old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), /\.xls cũ/],
    ["a broken zip", Buffer.from("PK\u0003\u0004garbage"), /không đọc được/],
  ])("refuses %s with an error naming the file", async (_what, bytes, message) => {
    const f = path.join(tempDir("notxlsx"), "x.xlsx");
    writeFileSync(f, bytes);
    const err = await readXlsx(f, "x.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).bilingual.vi).toMatch(message);
    expect((err as InputError).bilingual.vi).toContain("x.xlsx");
  });
});
