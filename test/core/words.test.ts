import { isBudgetLine, kindFromWord, knownIndicator, normalizeWord, roman, unitFactor } from "../../src/core/words";

describe("words", () => {
  it.each([
    ["cộng dồn", "flow"],
    ["Cong don", "flow"],
    ["FLOW", "flow"],
    ["Bình quân", "index"],
    ["chỉ số", "index"],
    ["Cuối kỳ", "level"],
    ["thời điểm", "level"],
    ["Cộng dồn (flow)", "flow"],
    ["tổng hợp", null],
    ["", null],
  ])("reads the kind %p as %p", (word, kind) => {
    expect(kindFromWord(word)).toBe(kind);
  });

  it("folds diacritics and đ for matching", () => {
    expect(normalizeWord("  Đơn vị TÍNH ")).toBe("don vi tinh");
  });

  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
  ])("writes %i as the Roman numeral %s", (n, r) => {
    expect(roman(n)).toBe(r);
  });

  it.each([
    ["THUNS", "", true],
    ["NS1", "Thu ngân sách nhà nước", true],
    ["DT", "Dự toán chi", true],
    ["GTSX", "Giá trị sản xuất", false],
  ])("knows %s / %p is a budget line: %p", (code, name, yes) => {
    expect(isBudgetLine(code, name)).toBe(yes);
  });

  it.each([
    ["triệu đồng", "tỷ đồng", 0.001],
    ["tỷ đồng", "triệu đồng", 1000],
    ["Tỷ đồng", "tỷ đồng", 1],
    ["GWh", "triệu kWh", null],
  ])("converts %s to %s by %p", (from, to, f) => {
    expect(unitFactor(from, to)).toBe(f);
  });

  it("knows every main indicator of the report in both languages", () => {
    for (const code of ["GTSX", "XK", "NK", "CPI", "THUNS"]) {
      const k = knownIndicator(code.toLowerCase());
      expect(k?.main).toBe(true);
      expect(k?.name.vi).not.toBe(k?.name.en);
    }
  });
});
