import {
  isBudgetLine,
  kindFromWord,
  knownIndicator,
  normalizeWord,
  periodLabel,
  periodOfYear,
  roman,
  unitFactor,
} from "../../src/core/words";

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
    [9, "vi", "9 tháng"],
    [6, "vi", "6 tháng đầu năm"],
    [12, "vi", "cả năm"],
    [9, "en", "the first 9 months"],
    [6, "en", "the first half"],
  ] as const)("labels the period of %i months in %s as %p", (m, lang, label) => {
    expect(periodLabel(m, lang)).toBe(label);
  });

  it("names a period of a year", () => {
    expect(periodOfYear(9, 2013, "vi")).toBe("9 tháng năm 2013");
    expect(periodOfYear(12, 2013, "vi")).toBe("năm 2013");
    expect(periodOfYear(9, 2013, "en")).toBe("the first 9 months of 2013");
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
