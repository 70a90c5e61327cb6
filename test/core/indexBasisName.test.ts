/**
 * An index row's name that says its basis (issue 17, point 5): "(so với cùng kỳ)", "cùng kỳ năm trước" are
 * indices on the same month of last year; a name that says nothing gives nothing (the kind's word decides).
 */
import { indexBasisFromName } from "../../src/core/indexBasis";
import { sameUnit, unitFactor, unitKey } from "../../src/core/words";

describe("indexBasisFromName", () => {
  it.each([
    ["Chỉ số giá tiêu dùng (so với cùng kỳ)", "so với cùng kỳ"],
    ["CPI (cùng kỳ)", "cùng kỳ"],
    ["Chỉ số giá tiêu dùng so với cùng kỳ năm trước", "so với cùng kỳ"],
    ["Chỉ số sản xuất công nghiệp (so với cùng tháng năm trước)", "so với cùng tháng năm trước"],
    ["CPI tháng so cùng kỳ năm trước", "cùng kỳ năm trước"],
  ])("%p is on the same month (%p)", (name, words) => {
    expect(indexBasisFromName(name)).toEqual({ basis: "same-month", words });
  });

  it.each(["Chỉ số giá tiêu dùng (CPI, 2009 = 100)", "Chỉ số sản xuất công nghiệp", "Giá trị xuất khẩu", ""])(
    "%p says no basis",
    (name) => {
      expect(indexBasisFromName(name)).toBeNull();
    },
  );
});

describe('units: "ngàn" is "nghìn" (southern provinces)', () => {
  it.each([
    ["ngàn USD", "nghìn USD"],
    ["Ngàn đồng", "nghìn đồng"],
    ["ngàn tấn", "nghìn tấn"],
    ["ngan kwh", "nghin kwh"],
  ])("%p is the unit %p", (a, b) => {
    expect(sameUnit(a, b)).toBe(true);
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it("converts ngàn USD into triệu USD as nghìn USD is (1.000 ngàn = 1 triệu)", () => {
    expect(unitFactor("ngàn USD", "triệu USD")).toBe(1 / 1000);
    expect(unitFactor("triệu USD", "ngàn USD")).toBe(1000);
    expect(unitFactor("tấn", "ngàn tấn")).toBe(1 / 1000);
  });

  it("keeps a word that only contains the letters (ngang, hàng ngàn?) as it is", () => {
    expect(unitKey("ngang")).toBe("ngang");
    expect(sameUnit("USD", "nghìn USD")).toBe(false);
  });
});
