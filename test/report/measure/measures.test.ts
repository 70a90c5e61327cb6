import { buildReport } from "../../../src/report/make/model";
import { computeMeasures } from "../../../src/report/measure/measures";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import { opts } from "../options";

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const HEAD = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Kế hoạch", ...MONTHS];
const HEAD_YTD = [...HEAD, "Lũy kế"];
/** Twelve month cells: `n` months of 10, then blanks. */
const months = (n: number): (number | null)[] => Array.from({ length: 12 }, (_, i) => (i < n ? 10 : null));
const nine = months(9);
const six = months(6);

describe("an estimate method that fails for a row falls back to run rate, and says so", () => {
  // NEW has no 2012 row, so last year's seasonal shape cannot be used for it; OLD has one.
  const values = [
    HEAD,
    ["NEW", "Sản phẩm mới", "tấn", "cộng dồn", 2013, 200, ...nine],
    ["OLD", "Sản phẩm cũ", "tấn", "cộng dồn", 2012, 100, ...months(12)],
    ["OLD", "Sản phẩm cũ", "tấn", "cộng dồn", 2013, 200, ...nine],
  ];
  const data = readDataset([{ sheet: "Dữ liệu", values }]);

  it("uses run rate for that row only and lists a bilingual warning at the row", () => {
    const m = computeMeasures(data, opts());
    const byCode = new Map(m.map((x) => [x.code, x]));
    expect(byCode.get("NEW")?.estimate).toBe(120);
    expect(byCode.get("NEW")?.estimateMethod).toBe("runrate");
    expect(byCode.get("OLD")?.estimateMethod).toBe("seasonal");
    const r = buildReport(data, opts());
    const p = r.problems.filter((x) => x.code === "estimate-fallback");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "warning", address: "'Dữ liệu'!A2" });
    expect(p[0]?.message.vi).toContain("mùa vụ năm trước");
    expect(p[0]?.message.en).toContain("last year's seasonal shape");
    expect(p[0]?.message.vi).toContain("NEW");
  });

  it.each([
    // In the reader's words, no formula (issue 19, point 5: the formulas are in docs/document.md).
    ["vi", "tính theo bình quân các tháng đã qua: Sản phẩm mới."],
    ["en", "estimated by the average of the months so far: Sản phẩm mới."],
  ] as const)("the %s note names the rows that used the fallback", (lang, tail) => {
    const r = buildReport(data, opts({ lang }));
    const notes = r.grid.cells.map((row) => String(row[0]?.value ?? ""));
    expect(notes.some((n) => n.endsWith(tail))).toBe(true);
    expect((r.text?.notes ?? []).filter((n) => n.includes("Sản phẩm cũ") && !n.startsWith("Sản phẩm"))).toEqual([]);
  });

  it("says nothing when the chosen method works for every row", () => {
    const r = buildReport(data, opts({ method: "runrate" }));
    expect(r.problems.map((p) => p.code)).not.toContain("estimate-fallback");
  });
});

describe("a published lũy kế stands only for the month the data ends at", () => {
  const values = (months: (number | null)[], ytd: number): unknown[][] => [
    HEAD_YTD,
    ["SX", "Sản xuất", "tấn", "cộng dồn", 2013, 200, ...months, ytd],
  ];

  it("applies when the last month with data is the report's month", () => {
    const data = readDataset([{ sheet: "D", values: values(nine, 95) }]);
    const r = computeMeasures(data, opts({ method: "runrate" }));
    expect(r[0]?.actual).toBe(95);
    // The months sum to 90: the published 95 stands (publishers revise), listed with both figures (issue 17.4).
    expect(r[0]?.problems.map((p) => [p.code, p.severity, p.address])).toEqual([["ytd-differs", "warning", "D!S2"]]);
    expect(r[0]?.problems[0]?.message.vi).toMatch(/\(95\).*\(90\)/);
  });

  it("is not used, and is listed at its cell, when the data stops before the report's month", () => {
    const data = readDataset([{ sheet: "D", values: values(six, 55) }]);
    const [m] = computeMeasures(data, opts({ method: "runrate" }));
    // Months 7..9 are not there: no nine-month figure at all, never the six-month sum (issue 8).
    expect(m?.actual).toBeNull();
    expect(m?.gaps.find((g) => g.key === "actual")?.months).toEqual([7, 8, 9]);
    expect(m?.problems.map((p) => [p.code, p.severity, p.address])).toEqual([["ytd-stale", "warning", "D!S2"]]);
    expect(m?.problems[0]?.message.vi).toContain("tháng 6");
    expect(m?.problems[0]?.message.en).toContain("month 6");
    const report = buildReport(data, opts());
    expect(report.problems.map((p) => p.code)).toContain("ytd-stale");
    expect(report.problems.filter((p) => p.code === "period-hole").map((p) => p.severity)).toEqual(["error"]);
  });

  it("is simply not used for an earlier month's report (it belongs to a later month)", () => {
    const data = readDataset([{ sheet: "D", values: values(nine, 95) }]);
    const [m] = computeMeasures(data, opts({ month: 6, method: "runrate" }));
    expect(m?.actual).toBe(60);
    expect(m?.problems).toEqual([]);
  });
});

describe("which indicators get a sentence", () => {
  // One paragraph per indicator (issue 19: the month, the months so far, the year, next year's plan).
  const sentencesOf = (values: unknown[][]): string[] =>
    (buildReport(readDataset([{ sheet: "D", values }]), opts()).text?.sections ?? []).flatMap((s) => s.sentences);

  it("without a Chính column: the built-in main indicators and every flow with a plan", () => {
    const s = sentencesOf([
      HEAD,
      ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2013, null, ...nine],
      ["SP1", "Sản phẩm có kế hoạch", "tấn", "cộng dồn", 2013, 200, ...nine],
      ["SP2", "Sản phẩm không kế hoạch", "tấn", "cộng dồn", 2013, null, ...nine],
      ["DN2", "Số cơ sở", "cơ sở", "cuối kỳ", 2013, 50, ...nine],
    ]);
    // Each part's first paragraph names the month in full (GTSX is in the catalogue's Công nghiệp, SP1 in no group);
    // a product is named with its measure.
    expect(s.map((x) => x.split(" ước đạt")[0])).toEqual([
      "Tháng 9/2013, giá trị sản xuất công nghiệp",
      "Tháng 9/2013, sản lượng sản phẩm có kế hoạch",
    ]);
  });

  it.each([["x"], ["có"], ["yes"], [1], ["X"]])("with a Chính column marked %p, it alone decides", (mark) => {
    const s = sentencesOf([
      [...HEAD.slice(0, 6), "Chính", ...MONTHS],
      ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2013, 100, null, ...nine],
      ["SP1", "Sản phẩm có kế hoạch", "tấn", "cộng dồn", 2013, 200, null, ...nine],
      ["DN2", "Số cơ sở", "cơ sở", "cuối kỳ", 2013, 50, mark, ...nine],
    ]);
    // A level: its latest figure once, with its plan (10 of 50 = 20,0% at the table's decimal), then the year.
    expect(s).toEqual([
      "Tính chung 9 tháng năm 2013, số cơ sở ước đạt 10 cơ sở, đạt 20,0% kế hoạch năm. Ước thực hiện cả năm 2013 đạt 10 cơ sở, đạt 20,0% kế hoạch năm.",
    ]);
  });

  it("an empty Chính column is as good as none; an unread mark is listed", () => {
    const values = [
      [...HEAD.slice(0, 6), "Main", ...MONTHS],
      ["SP1", "Sản phẩm có kế hoạch", "tấn", "cộng dồn", 2013, 200, null, ...nine],
    ];
    expect(sentencesOf(values)).toHaveLength(1);
    const marked = [...values, ["SP2", "Khác", "tấn", "cộng dồn", 2013, null, "hmm", ...nine]];
    const data = readDataset([{ sheet: "D", values: marked }]);
    expect(data.problems.map((p) => [p.code, p.address])).toEqual([["bad-main", "D!G3"]]);
    expect(buildReport(data, opts()).paragraph).toBe("");
  });

  it("the sample sheet has no Chính column, so its paragraph follows the default", () => {
    expect(SAMPLE_HEADER.some((h) => /chính|main/i.test(h))).toBe(false);
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const main = computeMeasures(data, opts())
      .filter((m) => m.main)
      .map((m) => m.code);
    // The IIP is a main indicator: it leads the industry part of every real report (DOMAIN.md).
    expect(main).toEqual(["GTSX", "IIP", "DIEN", "XIMANG", "BLHH", "XK", "NK", "CPI", "THUNS"]);
  });
});

describe("an indicator reported last year with no row for the report's year", () => {
  // XK has its 2012 row and its 2014 plan, but the officer left out (or mistyped) the 2013 row.
  const values = [
    HEAD,
    ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 2013, 200, ...nine],
    ["XK", "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2012, 100, ...months(12)],
    ["XK", "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2014, 300, ...months(0)],
  ];
  const data = readDataset([{ sheet: "Dữ liệu", values }]);

  it("leaves its figures blank with the missing months named, never silently", () => {
    const xk = computeMeasures(data, opts()).find((x) => x.code === "XK");
    expect(xk?.actual).toBeNull();
    expect(xk?.gaps.find((g) => g.key === "actual")?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const r = buildReport(data, opts());
    const holes = r.problems.filter((p) => p.code === "period-no-row");
    expect(holes).toHaveLength(1);
    expect(holes[0]).toMatchObject({ severity: "error", address: "'Dữ liệu'!A3" });
    expect(holes[0]?.message.vi).toContain("Không có dòng năm 2013");
    expect(holes[0]?.message.en).toContain("There is no 2013 row");
    expect(r.paragraph).toContain("Không có dòng năm 2013 của Giá trị xuất khẩu");
  });
});
