/** Reading raw data from .xlsx: cached formula results, rich text, links, merges, and files that are not workbooks. */
import { writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { InputError, plainValue, readXlsx } from "../../src/cli/readXlsx";
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
    expect(v[0]).toEqual([6, "Giá trị xuất khẩu", "trang", null, "#N/A"]);
    expect(v[1]).toEqual(["gộp"]); // rows end at their last value (values may be sparse: CONTRACTS.md §1)
    expect(v[2]![1]).toBe(true);
  });

  it("lists a formula without a saved result as a warning at its cell", async () => {
    const d = await readXlsx(file);
    expect(d.problems).toEqual([
      expect.objectContaining({ code: "formula-no-result", severity: "warning", address: "'Số liệu'!D1" }),
    ]);
  });

  it.each([
    ["a text file", Buffer.from("Mã;Chỉ tiêu\nGTSX;Giá trị"), /không phải tệp Excel/],
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

  it.each([
    [null, null],
    [5, 5],
    [{ sharedFormula: "A1", result: 7 }, 7],
    [{ formula: "A1", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ richText: [] }, ""],
  ])("reads the cell value %j as %j", (v, expected) => {
    expect(plainValue(v, () => undefined)).toEqual(expected);
  });
});
