/**
 * Method "auto" in the report (issue 20): the estimate by the method that did best on the indicator's own
 * past years, said in the estimate's cell note and under the table; only last year: today's seasonal exactly.
 */
import { buildReport } from "../../../src/report/make/model";
import { computeMeasures } from "../../../src/report/measure/measures";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import { opts } from "../options";

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const HEAD = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Kế hoạch", ...MONTHS];
// 10 a month in January–June, 20 in July–December, every year (120 of 180 by September: a share of 2/3).
const halves = [10, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 20];
const row = (year: number, months: (number | null)[]): unknown[] => [
  "SX",
  "Sản xuất",
  "tấn",
  "cộng dồn",
  year,
  300,
  ...months,
];

describe("method auto in the report", () => {
  const values = [
    HEAD,
    ...[2008, 2009, 2010, 2011, 2012].map((y) => row(y, halves)),
    row(2013, [...halves.slice(0, 9), ...Array(3).fill(null)]),
  ];
  const data = readDataset([{ sheet: "Dữ liệu", values }]);
  const o = opts({ month: 9, method: "auto" });

  it("estimates by the method exact on every past year: 120 × 180 / 120 = 180 (run rate would say 160)", () => {
    const [m] = computeMeasures(data, o);
    expect(m?.estimate).toBe(180);
    expect(m?.estimateChoice).toMatchObject({ chosen: true, method: "seasonal", error: 0, years: [2010, 2011, 2012] });
  });

  it("says the method and its error in the estimate's cell note, and under the table, in Vietnamese and English", () => {
    for (const [lang, text] of [
      ["vi", "chọn: mùa vụ năm trước; sai số bình quân 0,0% các năm 2010–2012"],
      ["en", "chosen: last year's seasonal shape; mean error 0.0% over 2010–2012"],
    ] as const) {
      const r = buildReport(data, { ...o, lang });
      const notes = r.grid.cells.flat().map((c) => c?.note ?? "");
      expect(notes.some((n) => n.includes(text))).toBe(true);
      const lines = r.grid.cells.map((cells) => String(cells[0]?.value ?? ""));
      expect(lines.some((l) => l.startsWith("Sản xuất: ") && l.includes(text))).toBe(true);
    }
  });
});

describe("method auto with only last year keeps today's figures", () => {
  const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: [SAMPLE_HEADER, ...sampleValues()] }]);

  it("every estimate of the sample equals the seasonal one, and each says why it could not choose", () => {
    const seasonal = computeMeasures(data, opts());
    const auto = computeMeasures(data, opts({ method: "auto" }));
    expect(auto.map((m) => m.estimate)).toEqual(seasonal.map((m) => m.estimate));
    for (const m of auto.filter((x) => x.estimateChoice))
      expect(m.estimateChoice).toMatchObject({ chosen: false, reason: "few-years" });
  });
});

describe("method auto leaves out and names a past year whose months were revised", () => {
  const HEAD_STATUS = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Loại số liệu", "Kế hoạch", ...MONTHS];
  const rowS = (year: number, status: string, months: (number | null | "")[]): unknown[] => [
    "SX",
    "Sản xuất",
    "tấn",
    "cộng dồn",
    year,
    status,
    300,
    ...months,
  ];
  const values = [
    HEAD_STATUS,
    ...[2006, 2007, 2008, 2009, 2010, 2011, 2012].map((y) => rowS(y, "ước tính", halves)),
    // The official 2010 changes July only: the 2010 row is revised.
    rowS(2010, "chính thức", ["", "", "", "", "", "", 25, "", "", "", "", ""]),
    rowS(2013, "ước tính", [...halves.slice(0, 9), null, null, null]),
  ];
  const data = readDataset([{ sheet: "Dữ liệu", values }]);

  it("keeps 2010 and the year after it out of the back-test and says so", () => {
    const [m] = computeMeasures(data, opts({ month: 9, method: "auto" }));
    expect(m?.estimateChoice?.leftOut).toEqual(
      expect.arrayContaining([
        { year: 2010, reason: "revised" },
        { year: 2011, reason: "no-year-before" },
      ]),
    );
    const r = buildReport(data, opts({ month: 9, method: "auto" }));
    const notes = r.grid.cells.flat().map((c) => c?.note ?? "");
    expect(notes.some((n) => n.includes("2010 (số liệu điều chỉnh)"))).toBe(true);
  });
});

describe("the year's estimate sentence under method auto (issue 20, point 2)", () => {
  // Past years whose last quarter varies (18, 20 or 22 a month after 20 in July–September): no method is
  // exact on them, so the chosen method's back-tested error is above zero and wider than a whole tấn.
  const varied = (last: number): number[] => [10, 10, 10, 10, 10, 10, 20, 20, 20, last, last, last];
  const yearSentence = (values: unknown[][], lang: "vi" | "en"): string => {
    const data = readDataset([{ sheet: "Dữ liệu", values }]);
    return buildReport(data, opts({ month: 9, method: "auto", lang })).paragraph;
  };

  it("says 'khoảng' / 'about' before an estimate whose back-tested error exceeds the table's precision", () => {
    const values = [
      HEAD,
      ...[2008, 2009, 2010, 2011, 2012].map((y, i) => row(y, varied([18, 22, 20, 18, 22][i]!))),
      row(2013, [...halves.slice(0, 9), ...Array(3).fill(null)]),
    ];
    const data = readDataset([{ sheet: "Dữ liệu", values }]);
    const [m] = computeMeasures(data, opts({ month: 9, method: "auto" }));
    expect(m?.estimateChoice).toMatchObject({ chosen: true });
    expect((m?.estimateChoice as { error: number }).error * (m?.estimate as number)).toBeGreaterThan(0.5);
    expect(yearSentence(values, "vi")).toMatch(/cả năm 2013 đạt khoảng \d/);
    expect(yearSentence(values, "en")).toMatch(/2013 is estimated at about \d/);
  });

  it("says no 'khoảng' where every past year was estimated exactly (error 0)", () => {
    const values = [
      HEAD,
      ...[2008, 2009, 2010, 2011, 2012].map((y) => row(y, halves)),
      row(2013, [...halves.slice(0, 9), ...Array(3).fill(null)]),
    ];
    expect(yearSentence(values, "vi")).toMatch(/cả năm 2013 đạt 180 tấn/);
    expect(yearSentence(values, "vi")).not.toMatch(/khoảng/);
  });
});
