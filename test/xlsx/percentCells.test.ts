/**
 * Which cells show a percent (issue 17, point 3): the file reader lists them beside the date cells, by the
 * same rule the add-in applies to range.numberFormat (src/xlsx/numberFormat.ts). A "%" in a format code
 * makes Excel show the value times 100 (ECMA-376 Part 1, 18.8.31 numFmts; Microsoft's "Number format
 * codes": "%" multiplies by 100); a quoted or escaped "%" is a literal sign.
 */
import { readWorkbookBytes } from "../../src/xlsx";
import { isBuiltInPercentId, isPercentFormatCode } from "../../src/xlsx/numberFormat";
import { buildXlsx } from "./build";

describe("isPercentFormatCode", () => {
  it.each([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%", true],
    ["0.0%;[Red]-0.0%", true],
    ['0.00"%"', false],
    ["0.0\\%", false],
    ["General", false],
    ["#,##0", false],
    ['#,##0 "kWh"', false],
    ["dd/mm/yyyy", false],
    ["", false],
  ])("%p shows a percent: %p", (code, expected) => {
    expect(isPercentFormatCode(code)).toBe(expected);
  });

  it("knows the built-in ids 9 (0%) and 10 (0.00%)", () => {
    expect([0, 1, 2, 9, 10, 11, 14].filter(isBuiltInPercentId)).toEqual([9, 10]);
  });
});

describe("the file reader lists the cells shown as a percent", () => {
  it("by built-in id and by custom code, numbers only, never a literal % or a date", () => {
    const bytes = buildXlsx({
      numFmts: [
        { id: 164, code: "0.0%" },
        { id: 165, code: '0.0"%"' },
      ],
      styles: [10, 9, 164, 165, 14],
      sheets: [
        {
          name: "S",
          cells: {
            A1: { v: 1.6145, s: 1 },
            B1: { v: 0.14, s: 2 },
            C1: { v: 1.0763, s: 3 },
            D1: { v: 161.45, s: 4 },
            E1: { v: 41000, s: 5 },
            F1: { v: "chưa có", s: 1 },
            G1: 107.63,
          },
        },
      ],
    });
    const out = readWorkbookBytes(bytes, "in.xlsx");
    if (!out.ok) throw new Error(out.refusal.message.en);
    const src = out.workbook.sources[0]!;
    expect(src.values[0]?.slice(0, 3)).toEqual([1.6145, 0.14, 1.0763]);
    expect(src.percentCells).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 0, col: 2 },
    ]);
    expect(src.dateCells).toEqual([{ row: 0, col: 4 }]);
  });
});
