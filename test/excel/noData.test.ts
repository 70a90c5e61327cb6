/**
 * The add-in's "no data" answer names what the reader saw where it looked for a header (the nearest row's
 * cells) and what a header still needs, in both languages, as the command's no-header problem does.
 */
import { readWorkbook } from "../../src/excel/readWorkbook";
import { isUserError } from "../../src/excel/userError";
import { ExcelDouble } from "../double/excelDouble";

async function failure(values: unknown[][], source: string | null = null): Promise<unknown> {
  const double = new ExcelDouble({ excelApi: "1.13" });
  double.addSheet("Số liệu", values);
  double.install();
  try {
    await (double.Excel as { run: <T>(cb: (ctx: never) => Promise<T>) => Promise<T> }).run((ctx) =>
      readWorkbook(ctx as unknown as Excel.RequestContext, { source, template: null }),
    );
  } catch (e) {
    return e;
  }
  throw new Error("read did not fail");
}

const values = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kỳ 1", "Kỳ 2"],
  ["GTSX", "Giá trị sản xuất", "tỷ đồng", 1, 2],
];

describe("the add-in's answer when no header can be read", () => {
  it.each([
    ["the active sheet", null, "no-data-near"],
    ["a chosen sheet", "sheet:Số liệu", "source-empty"],
  ])("names the cells of %s and what is missing", async (_what, source, code) => {
    const e = await failure(values, source);
    expect(isUserError(e)).toBe(true);
    if (!isUserError(e)) return;
    expect(e.code).toBe(code);
    for (const text of [e.vi, e.en]) {
      expect(text).toContain('A1 "Mã"');
      expect(text).toContain('D1 "Kỳ 1"');
      expect(text).toContain("Số liệu");
    }
    expect(e.vi).toContain("cột Năm");
    expect(e.en).toContain("Year column");
  });

  it("says nothing more for an empty workbook", async () => {
    const e = await failure([]);
    expect(isUserError(e) && e.code === "no-data" && !/\{/.test(e.en + e.vi)).toBe(true);
  });
});
