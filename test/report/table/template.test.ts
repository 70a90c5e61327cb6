import fc from "fast-check";
import { fillTemplate, formatByCode } from "../../../src/report/table/template";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { ReportOptions } from "../../../src/report/period/options";

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
    ["{{IIP.KH}}", "tăng 6,6–6,8%"],
    ["{{BLHH.KHN}}", "tăng 15%"],
  ])("formats %s as %p", (placeholder, text) => {
    expect(fill([[placeholder]]).cells[0]?.value).toBe(text);
  });

  it("fills the paragraph and one indicator's sentence", () => {
    const { cells } = fill([["{{narrative}}"], ["{{narrative.XK}}"]]);
    // The industry part opens with the IIP, as real reports do; GTSX's months so far follow (DOMAIN.md's seed).
    expect(cells[0]?.value).toMatch(/^Chỉ số sản xuất công nghiệp .*9 tháng ước đạt 21\.000 tỷ đồng/);
    // One indicator alone names its periods in full: the month, then the months so far, the year, next year.
    expect(cells[1]?.value).toMatch(
      /^Tháng 9\/2013, giá trị xuất khẩu ước đạt [^;]+; tính chung 9 tháng năm 2013 ước đạt gần 120 triệu USD, tăng 18,3% so với cùng kỳ, đạt 74,5% kế hoạch năm\. Ước thực hiện cả năm 2013 đạt .* Kế hoạch năm 2014: 170 triệu USD, /,
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

  it.each([
    ["{{{{GTSX.TH}}}}"],
    ["{{{GTSX.TH}}}"],
    ["{{GTSX.TH}"],
    ["GTSX.TH}}"],
    ["{{GTSX.TH:0.000}}"],
    ["{{GTSX.TH|0.0.0}}"],
    ["{{GTSX.TH|0,0}}"],
    ["{{GTSX.TH|}}"],
  ])("lists the malformed or unknown-format %s once and leaves it as typed", (placeholder) => {
    const { cells, problems } = fill([[`Số liệu: ${placeholder}`]]);
    expect(cells).toEqual([]);
    expect(problems.map((p) => [p.code, p.address])).toEqual([["template-unknown-placeholder", "'Mẫu BC'!A1"]]);
  });

  it("fills the good placeholder beside a malformed one and lists only the malformed", () => {
    const { cells, problems } = fill([["{{{{GTSX.TH}}}} = {{GTSX.TH}}"]]);
    expect(cells).toEqual([{ row: 0, col: 0, value: "{{{{GTSX.TH}}}} = 21.000" }]);
    expect(problems.map((p) => p.message.en)).toEqual([expect.stringContaining("{{{{GTSX.TH}}}}")]);
  });

  it("lists a problem once however often its placeholder appears in a cell", () => {
    const { problems } = fill([["{{bogus}} và {{bogus}} và {{ABC.TH}} và {{ABC.TH}}"]]);
    expect(problems.map((p) => p.code).sort()).toEqual(["template-unknown-code", "template-unknown-placeholder"]);
  });

  it.each([
    // XK's actual so far is 119,6 (DOMAIN.md); Excel shows 15 significant digits, then zeros.
    ["{{XK.TH|0.000}}", "119,600"],
    ["{{XK.TH|0.000000000000}}", "119,600000000000"],
    ["{{XK.TH|#,##0.0000000000000000000000}}", "119,6000000000000000000000"],
    ["{{GTSX.TH|#,##0.0000000}}", "21.000,0000000"],
    ["{{GTSX.TH|0.00000000000000000000}}", "21000,00000000000000000000"],
  ])("writes any number of decimal zeros: %s is %p", (placeholder, text) => {
    const { cells, problems } = fill([[placeholder]]);
    expect(problems).toEqual([]);
    expect(cells[0]?.value).toBe(text);
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
    [0.5, "0.00000000000000000%", "en", "50.00000000000000000%"],
    [1 / 3, "0.000000000000000000", "en", "0.333333333333333000"],
  ] as const)("formats %p by %s", (x, code, lang, text) => {
    expect(formatByCode(x, code, lang)).toBe(text);
  });
});

describe("formatByCode with any number of decimal zeros", () => {
  it("prints exactly as many decimals as the code has zeros, and the value to Excel's 15 digits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<"vi" | "en">("vi", "en"),
        (x, zeros, lang) => {
          const code = zeros === 0 ? "0" : "0." + "0".repeat(zeros);
          const s = formatByCode(x, code, lang)!;
          const mark = lang === "vi" ? "," : ".";
          const [whole = "", frac = ""] = s.split(mark);
          if (frac.length !== zeros) return false;
          // Read back, the text is the number to within Excel's 15 significant digits (or the shown places).
          const back = Number((whole + "." + (frac || "0")).replace(/[^\d.-]/g, ""));
          const tolerance = 0.5 * 10 ** -zeros + Math.abs(x) * 1e-14 + 1e-12;
          return Math.abs(back - x) <= tolerance;
        },
      ),
    );
  });
});
