import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { isSheetAddress } from "../../../src/core/address";
import { headerMeaning, readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";

interface Fixture {
  description: string;
  sheet: string;
  values: unknown[][];
  numberStyle?: "vi" | "en";
  origin?: { row: number; col: number };
  expect: [string, string][];
  indicators?: number;
}

const dir = path.join(__dirname, "..", "..", "fixtures", "report");
const fixtures: [string, Fixture][] = fs
  .readdirSync(dir)
  .filter((f) => f.startsWith("bad-") && f.endsWith(".json"))
  .sort()
  .map((f) => {
    const fx = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Fixture;
    return [`${f}: ${fx.description}`, fx];
  });

describe("the reader on the catalogue of bad sheets", () => {
  it("has a catalogue to read", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)("%s", (_name, fx) => {
    const data = readDataset([{ sheet: fx.sheet, values: fx.values, origin: fx.origin }], {
      numberStyle: fx.numberStyle,
    });
    expect(data.problems.map((p) => [p.code, p.address])).toEqual(fx.expect);
    if (fx.indicators !== undefined) expect(data.indicators).toHaveLength(fx.indicators);
    for (const p of data.problems) {
      expect(p.message.vi.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.vi).not.toEqual(p.message.en);
    }
  });
});

describe("the reader on good data", () => {
  const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);

  it("reads the sample sheet without a single problem", () => {
    expect(data.problems).toEqual([]);
  });

  it("reads every row of the sample, one per indicator and year", () => {
    expect(data.indicators).toHaveLength(sampleValues().length - 1);
    expect(new Set(data.indicators.map((i) => `${i.code}/${i.year}`)).size).toBe(data.indicators.length);
  });

  it("keeps blank months missing, never zero", () => {
    const dn = data.indicators.find((i) => i.code === "DN" && i.year === 2013);
    expect(dn?.months).toEqual([null, null, 436, null, null, 441, null, null, 447, null, null, null]);
  });

  it("strips the Roman numeral from group names and keeps the row's sheet row", () => {
    const gtsx = data.indicators[0];
    expect(gtsx?.group).toBe("Công nghiệp");
    expect(gtsx?.source).toEqual({ sheet: SAMPLE_SHEET_NAME, row: 2 });
  });

  it.each([
    ["tăng 6,6–6,8%", "IIP", 2013, { type: "range", low: 6.6, high: 6.8, growth: true, percent: true }],
    ["dưới 8", "CPI", 2013, { type: "below", value: 8 }],
    ["trên 98", "HODIEN", 2013, { type: "above", value: 98 }],
    ["tăng 14%", "BLHH", 2013, { type: "growth", value: 0.14 }],
    ["34540", "GTSX", 2013, { type: "number", value: 34540 }],
  ])("reads the plan %s as a target", (_text, code, year, plan) => {
    expect(data.indicators.find((i) => i.code === code && i.year === year)?.plan).toEqual(plan);
  });

  it("takes the published lũy kế of the index", () => {
    expect(data.indicators.find((i) => i.code === "IIP" && i.year === 2013)?.ytd).toBe(118.2);
  });

  it("reads ExcelJS-shaped cells: formula results and rich text", () => {
    const values = [
      ["Mã", "Chỉ tiêu", "Loại", "Năm", "T1", "T2"],
      [{ richText: [{ text: "X" }, { text: "K" }] }, "Xuất khẩu", "flow", 2013, { formula: "1+1", result: 2 }, 3],
    ];
    const d = readDataset([{ sheet: "S", values }]);
    expect(d.indicators[0]?.code).toBe("XK");
    expect(d.indicators[0]?.months.slice(0, 2)).toEqual([2, 3]);
  });

  it("turns a heading row into the group of the rows below it", () => {
    const values = [
      ["Mã", "Chỉ tiêu", "Loại", "Năm", "T1"],
      [null, "II. Thương mại", null, null, null],
      ["XK", "Xuất khẩu", "cộng dồn", 2013, 5],
    ];
    expect(readDataset([{ sheet: "S", values }]).indicators[0]?.group).toBe("Thương mại");
  });
});

describe("header words", () => {
  it.each([
    ["Mã", { field: "code" }],
    ["Ma chi tieu", { field: "code" }],
    ["ĐVT", { field: "unit" }],
    ["Đơn vị tính", { field: "unit" }],
    ["Kế hoạch (tỷ đồng)", { field: "plan" }],
    ["Dự toán", { field: "plan" }],
    ["Lũy kế", { field: "ytd" }],
    ["YTD", { field: "ytd" }],
    ["Tháng 01", { month: 1 }],
    ["T12", { month: 12 }],
    ["Sep", { month: 9 }],
    ["M3", { month: 3 }],
    ["T13", { badMonth: 13 }],
    ["Tháng 0", { badMonth: 0 }],
    ["Ghi chú", null],
  ])("reads the header %s", (text, meaning) => {
    expect(headerMeaning(text)).toEqual(meaning);
  });
});

describe("reader properties", () => {
  const junk = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: 1990, max: 2030 }),
    fc.string(),
    fc.constantFrom(
      "Mã",
      "Năm",
      "Chỉ tiêu",
      "T1",
      "T9",
      "T13",
      "Loại",
      "cộng dồn",
      "bình quân",
      "Kế hoạch",
      "1.234,5",
      "2,2",
      "dưới 3",
      "-",
    ),
  );

  it("never throws on any 2-D array of junk, and every problem has a valid address or none", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(junk, { maxLength: 22 }), { maxLength: 12 }),
        fc.constantFrom("Data", "Dữ liệu mẫu", "it's"),
        (values, sheet) => {
          const d = readDataset([{ sheet, values }]);
          for (const p of d.problems) expect(p.address === "" || isSheetAddress(p.address)).toBe(true);
          for (const i of d.indicators) expect(i.months).toHaveLength(12);
        },
      ),
      runs(2000),
    );
  });

  it("reads any sample cell typed as Vietnamese text back to the same number", () => {
    // From 1: a row whose only month is 0 has no data (the zero rule, docs/data-layout.md "Zeros").
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999999 }), fc.integer({ min: 0, max: 2 }), (n, d) => {
        const x = n / Math.pow(10, d);
        const textVi = x
          .toFixed(d)
          .replace(".", ",")
          .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const values = [
          ["Mã", "Loại", "Năm", "T1"],
          ["A", "flow", 2013, textVi],
        ];
        const data = readDataset([{ sheet: "S", values }]);
        expect(data.indicators[0]?.months[0]).toBeCloseTo(x, 9);
      }),
      runs(2000),
    );
  });
});
