import { fillTemplate, formatByCode } from "../../src/report/template";
import { readDataset } from "../../src/report/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/sample";
import type { ReportOptions } from "../../src/report/types";

const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
const options: ReportOptions = {
  year: 2013,
  month: 9,
  method: "seasonal",
  comparison: "index",
  lang: "vi",
  live: true,
};

function fill(values: unknown[][], o: ReportOptions = options) {
  return fillTemplate(values, data, o, "Mẫu BC");
}

describe("fillTemplate", () => {
  it("puts raw numbers in cells that are exactly one placeholder", () => {
    const { cells, problems } = fill([
      ["{{GTSX.TH}}", "{{XK.CK}}", "{{ GTSX.KH }}", "{{NK.TT}}", "{{THUNS.PKH}}", "{{year}}", "{{month}}"],
    ]);
    expect(problems).toEqual([]);
    const v = cells.map((c) => c.value);
    expect(v[0]).toBe(21000);
    expect(v[1]).toBeCloseTo(101.1, 9);
    expect(v[2]).toBe(34540);
    expect(v[3] as number).toBeCloseTo(45.3 / 48.4 - 1, 12);
    expect(v[4] as number).toBeCloseTo(2195.6 / 2660, 12);
    expect(v.slice(5)).toEqual([2013, 9]);
  });

  it("writes text in the report's language inside a sentence", () => {
    const { cells } = fill([
      [null, "Xuất khẩu {{period}} đạt {{XK.TH}} triệu USD, tăng {{XK.TT}}, bằng {{XK.PKH|0.0%}} kế hoạch."],
    ]);
    expect(cells).toEqual([
      { row: 0, col: 1, value: "Xuất khẩu 9 tháng năm 2013 đạt 119,6 triệu USD, tăng 18,3%, bằng 74,5% kế hoạch." },
    ]);
  });

  it.each([
    ["{{GTSX.TT|0.0}}", "0,1"],
    ["{{GTSX.UOC|#,##0}}", "29.416"],
    ["{{GTSX.UOC|0}}", "29416"],
    ["{{XK.TH|#,##0.00}}", "119,60"],
    ["{{GTSX.PKH|0%}}", "61%"],
    ["{{IIP.KH}}", "6,6–6,8"],
    ["{{BLHH.KHN}}", "tăng 15%"],
  ])("formats %s as %p", (placeholder, text) => {
    expect(fill([[placeholder]]).cells[0]?.value).toBe(text);
  });

  it("fills the paragraph and one indicator's sentence", () => {
    const { cells } = fill([["{{narrative}}"], ["{{narrative.XK}}"]]);
    expect(cells[0]?.value).toMatch(
      /^Tính chung 9 tháng năm 2013, giá trị sản xuất công nghiệp .*ước đạt 21\.000 tỷ đồng/,
    );
    expect(cells[1]?.value).toBe(
      "Tính chung 9 tháng năm 2013, giá trị xuất khẩu ước đạt gần 120 triệu USD, tăng hơn 18% so với cùng kỳ, đạt 74,5% kế hoạch năm.",
    );
  });

  it("fills in English", () => {
    const { cells } = fill([["{{period}}: {{GTSX.TH}}"]], { ...options, lang: "en" });
    expect(cells[0]?.value).toBe("the first 9 months of 2013: 21,000");
  });

  it.each([
    ["{{GTSX.XYZ}}", "template-unknown-placeholder"],
    ["{{periodo}}", "template-unknown-placeholder"],
    ["{{GTSX.TH|abc}}", "template-unknown-placeholder"],
    ["{{ABC.TH}}", "template-unknown-code"],
    ["{{narrative.ABC}}", "template-unknown-code"],
  ])("lists %s as %s and leaves it as typed, never blank", (placeholder, code) => {
    const { cells, problems } = fill([
      [null, null],
      [null, `Số liệu: ${placeholder}`],
    ]);
    expect(cells).toEqual([]);
    expect(problems.map((p) => [p.code, p.address])).toEqual([[code, "'Mẫu BC'!B2"]]);
  });

  it("blanks a placeholder without a figure and says so", () => {
    const { cells, problems } = fill([["{{IIP.PKH}}"]]);
    expect(cells).toEqual([{ row: 0, col: 0, value: "" }]);
    expect(problems.map((p) => p.code)).toEqual(["template-no-value"]);
  });

  it("leaves cells without placeholders alone", () => {
    expect(fill([["Tiêu đề", 5, null, true, "{ not one }"]]).cells).toEqual([]);
  });
});

describe("formatByCode", () => {
  it.each([
    [1234.56, "#,##0.0", "vi", "1.234,6"],
    [1234.56, "0.0", "en", "1234.6"],
    [0.052, "0.0%", "vi", "5,2%"],
    [1, "General", "vi", null],
  ] as const)("formats %p by %s", (x, code, lang, text) => {
    expect(formatByCode(x, code, lang)).toBe(text);
  });
});
