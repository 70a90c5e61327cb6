import fc from "fast-check";
import { runs } from "../setup/runs";
import { cellRef, columnLetter, isSheetAddress, sheetAddress, sheetRef } from "../../src/core/address";
import { parsePlanText } from "../../src/core/planTarget";

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("names column %i %s", (c, letters) => {
    expect(columnLetter(c)).toBe(letters);
  });

  it.each([
    ["Dữ liệu mẫu", 4, 7, "'Dữ liệu mẫu'!H5"],
    ["Data", 0, 0, "Data!A1"],
    ["A1", 0, 0, "'A1'!A1"],
    ["it's", 1, 1, "'it''s'!B2"],
    ["BC 9T-2013", 7, 5, "'BC 9T-2013'!F8"],
  ])("writes %s row %i col %i as %s", (sheet, r, c, a) => {
    expect(sheetAddress(sheet, r, c)).toBe(a);
    expect(isSheetAddress(a)).toBe(true);
  });

  it("writes a valid address for any sheet name and cell", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), fc.nat(1048575), fc.nat(16383), (sheet, r, c) => {
        expect(isSheetAddress(sheetAddress(sheet, r, c))).toBe(true);
        expect(sheetRef(sheet).length).toBeGreaterThanOrEqual(sheet.length);
        expect(cellRef(r, c)).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
      }),
      runs(10000),
    );
  });
});

describe("plan text", () => {
  it.each([
    ["6,6–6,8", { type: "range", low: 6.6, high: 6.8 }],
    ["6,6 - 6,8", { type: "range", low: 6.6, high: 6.8 }],
    ["từ 6,6 đến 6,8", { type: "range", low: 6.6, high: 6.8 }],
    ["tăng 6,6–6,8%", { type: "range", low: 6.6, high: 6.8, growth: true, percent: true }],
    ["dưới 3", { type: "below", value: 3 }],
    ["không quá 5%", { type: "below", value: 5, inclusive: true, percent: true }],
    ["tối thiểu 10", { type: "above", value: 10, inclusive: true }],
    ["10 trở lên", { type: "above", value: 10, inclusive: true }],
    ["từ 98% trở lên", { type: "above", value: 98, inclusive: true, percent: true }],
    ["< 3", { type: "below", value: 3 }],
    ["trên 10", { type: "above", value: 10 }],
    ["at least 98.5", { type: "above", value: 98.5, inclusive: true }],
    ["tăng 14%", { type: "growth", value: 0.14 }],
    ["+14%", { type: "growth", value: 0.14 }],
    ["34.540", { type: "number", value: 34540 }],
    ["khoảng chừng", null],
    ["", null],
  ])("reads %p", (text, plan) => {
    const p = parsePlanText(text, "vi");
    if (plan && "value" in plan && plan.type === "growth")
      expect(p && "value" in p ? p.value : NaN).toBeCloseTo(plan.value, 12);
    else expect(p).toEqual(plan);
  });
});
