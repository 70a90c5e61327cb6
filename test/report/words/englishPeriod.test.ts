/**
 * English sentences name their period and agree with their subject; English units and names read as
 * English; the zero notes say what the report does (tester's findings on main, fix2). Figures are hand
 * calculations written here, never the program's output.
 */
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { displayName } from "../../../src/report/measure/measures";
import { englishUnit } from "../../../src/core/words";
import { problem } from "../../../src/core/problem";
import { monthAgreement } from "../../../src/report/read/zeros";
import { opts } from "../options";
import { RAW_HEADER } from "../rawHeader";

const HEADER = RAW_HEADER;
const gtsx2013 = [2300, 2350, 2400, 2380, 2390, 2400, 2410, 2420, 2440, 2440, 2500, 2620].map((x) => x);
// An IIP leads the industry section and retail sales the trade one, so GTSX and XK are not the first paragraphs.
const values = [
  HEADER,
  ["IIP", "Chỉ số sản xuất công nghiệp (IIP)", "%", "bình quân (cùng kỳ)", 2013, null, ...new Array(12).fill(105)],
  ["BLHH", "Tổng mức bán lẻ hàng hóa", "tỷ đồng", "cộng dồn", 2012, null, ...new Array(12).fill(100)],
  ["BLHH", "Tổng mức bán lẻ hàng hóa", "tỷ đồng", "cộng dồn", 2013, 1500, ...new Array(12).fill(110)],
  ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2012, null, ...new Array(12).fill(2000)],
  ["GTSX", "Giá trị sản xuất công nghiệp", "tỷ đồng", "cộng dồn", 2013, 30000, ...gtsx2013],
  ["XK", "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2012, null, ...new Array(12).fill(10)],
  [
    "XK",
    "Giá trị xuất khẩu",
    "triệu USD",
    "cộng dồn",
    2013,
    200,
    13,
    13,
    13,
    13,
    13,
    13,
    13,
    14.3,
    null,
    null,
    null,
    null,
  ],
];
const data = readDataset([{ sheet: "D", values }]);

describe("English sentences name their period (fix2, points 1 and 2)", () => {
  it("a quarter report names the quarter in a paragraph that is not the section's first", () => {
    // Q3 2013 = T7+T8+T9 = 2,410 + 2,420 + 2,440 = 7,270; Q2 = 2,380 + 2,390 + 2,400 = 7,170: +1.4%.
    const p = buildReport(data, opts({ month: 9, periodKind: "quarter", comparison: "growth", lang: "en" })).paragraph;
    expect(p).toContain("In Q3 2013, industrial production value is estimated at 7,270 billion VND");
    expect(p).not.toContain("in the month");
  });

  it("a month report names the month and a plural subject takes 'were' and 'they'", () => {
    // August 2013: 14.3 million USD; T1–T8: 7 × 13 + 14.3 = 105.3 → "more than 105".
    const p = buildReport(data, opts({ month: 8, periodKind: "month", lang: "en" })).paragraph;
    expect(p).toContain("In August 2013, exports were 14.3 million USD");
    expect(p).toContain("over the first 8 months of 2013 they were more than 105 million USD");
  });
});

describe("English units and names (fix2, points 3 and 4)", () => {
  it("translates the Vietnamese scale words of a unit", () => {
    expect(englishUnit("nghìn USD")).toBe("thousand USD");
    expect(englishUnit("ngàn USD")).toBe("thousand USD");
    expect(englishUnit("triệu USD")).toBe("million USD");
    expect(englishUnit("tỷ USD")).toBe("billion USD");
    expect(englishUnit("tỷ đồng")).toBe("billion VND");
    expect(englishUnit("nghìn tấn")).toBe("thousand tonnes");
    expect(englishUnit("kWh")).toBe("kWh");
  });

  it("an English display unit of an unknown indicator is English; a name's line break is one space", () => {
    const ind = { code: "XMPCB", name: "Xi măng\r\nloại  PCB40", unit: "ngàn USD" };
    const en = displayName(ind as Parameters<typeof displayName>[0], "en");
    expect(en.unit).toBe("thousand USD");
    expect(en.name).toBe("Xi măng loại PCB40");
    expect(displayName(ind as Parameters<typeof displayName>[0], "vi").name).toBe("Xi măng loại PCB40");
  });
});

describe("the zero notes say what the report does (fix2, point 5)", () => {
  const base = { code: "CPI", year: 2013, cells: "'D'!O7", last: 8 };
  it("one month: singular, and the period is not cut short", () => {
    const slots = { ...base, months: "T9", ...monthAgreement([9]) };
    const m = problem("zeros-not-reported", "info", "'D'!O7", slots).message;
    expect(m.en).toContain("T9 ('D'!O7) is 0");
    expect(m.vi).toContain("T9 ('D'!O7) bằng 0");
    expect(m.vi).not.toContain("Báo cáo dừng");
    expect(m.en).not.toContain("The report stops");
    expect(m.vi).toContain("Kỳ báo cáo vẫn là tháng mới nhất có số liệu của các chỉ tiêu");
    expect(m.vi).toContain("số của chỉ tiêu này ở kỳ có tháng đó để trống");
    expect(m.en).toContain("latest month with data across indicators");
    expect(m.en).toContain("this indicator's figures for a period with that month are left blank");
  });

  it("several months: plural in both notes", () => {
    const slots = { ...base, months: "T8, T9", ...monthAgreement([8, 9]) };
    const m = problem("zeros-not-reported", "info", "'D'!O7", slots).message;
    expect(m.en).toContain("T8, T9 ('D'!O7) are 0");
    expect(m.en).toContain("a period with those months");
    const z = problem("zero-index", "warning", "'D'!O7", slots).message;
    expect(z.vi).toContain("kỳ có các tháng đó để trống");
    expect(z.en).toContain("Enter the index of those months.");
  });
});
