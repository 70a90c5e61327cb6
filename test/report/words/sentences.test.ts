/**
 * The report's sentences against the PATTERNS of real published sentences (issue 9, point 2). Each pattern
 * cites the release it was read from; the figures come from the data of each case, not from the program.
 */
import published from "../../fixtures/published/cpi-averages.json";
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { ReportOptions } from "../../../src/report/period/options";
import { opts } from "../options";
import { RAW_HEADER } from "../rawHeader";

const HEADER = RAW_HEADER;
const twelve = (x: number): number[] => new Array(12).fill(x);
const cpi2022 = published.months["2022"].sameMonth.map((g) => 100 + g);
const cpi2023 = published.months["2023"].sameMonth.map((g) => 100 + g);

// Flows of 2022 and 2023 (every month 100 then 110: +10% on the year), and the published CPI of 2023.
const values = [
  HEADER,
  [
    "BLHH",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành)",
    "tỷ đồng",
    "cộng dồn",
    2022,
    null,
    ...twelve(100),
  ],
  [
    "BLHH",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành)",
    "tỷ đồng",
    "cộng dồn",
    2023,
    1200,
    ...twelve(110),
  ],
  ["THUNS", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "cộng dồn", 2022, null, ...twelve(100)],
  ["THUNS", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "cộng dồn", 2023, 1500, ...twelve(110)],
  ["CPI", "Chỉ số giá tiêu dùng (CPI)", "%", "bình quân (cùng kỳ)", 2022, null, ...cpi2022],
  ["CPI", "Chỉ số giá tiêu dùng (CPI)", "%", "bình quân (cùng kỳ)", 2023, "khoảng 4,5", ...cpi2023],
];
const data = readDataset([{ sheet: "D", values }]);
const paragraph = (o: Partial<ReportOptions>): string[] =>
  buildReport(data, opts({ year: 2023, ...o })).paragraph.split(/(?<=\.) (?=\p{Lu})/u);

describe("sentences name their period once (issue 9, point 2; issue 19, points 1 and 5)", () => {
  // Every month 110 against 100 a year earlier: +10,0% at the table's one decimal; plan 1.200; dự toán 1.500.
  it("a cumulative period: the month first, then 'tính chung 8 tháng năm 2023 … đạt …, tăng …% so với cùng kỳ'", () => {
    // https://thainguyentv.vn/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-tang-gan-11-99958.html:
    // "Tính chung 8 tháng năm 2023, tổng mức bán lẻ … đạt gần 44,4 nghìn tỷ đồng, tăng 30,5% so với cùng kỳ";
    // the month before it as Sở Công Thương reports give it ("Ước thực hiện tháng 9 … so với tháng trước …").
    const s = paragraph({ month: 8, periodKind: "cumulative" });
    const retail = s.find((x) => x.includes("bán lẻ")) ?? "";
    // 8 × 110 = 880; 880 / 1.200 = 73,33%. August is reported (TH), so "đạt", not "ước đạt".
    expect(retail).toBe(
      "Tháng 8/2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành) đạt 110 tỷ đồng, " +
        "bằng tháng trước và tăng 10,0% so với cùng kỳ; tính chung 8 tháng năm 2023 đạt 880 tỷ đồng, " +
        "tăng 10,0% so với cùng kỳ, đạt 73,3% kế hoạch năm.",
    );
  });

  it("a whole year: 'Năm 2023, tổng mức bán lẻ … ước đạt 6.231,8 nghìn tỷ đồng, tăng 9,6% so với năm trước'", () => {
    // https://data.vdsc.com.vn/2023/12/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-nam-2023-tang-96-768-1137895.htm
    const s = paragraph({ month: 12 });
    const retail = s.find((x) => x.includes("bán lẻ")) ?? "";
    // 12 × 110 = 1.320 = 110,0% of the plan 1.200.
    expect(retail).toMatch(
      /^Năm 2023, tổng mức bán lẻ .* ước đạt 1\.320 tỷ đồng, tăng 10,0% so với năm trước, vượt 10,0% kế hoạch năm\.$/u,
    );
    expect(retail).not.toContain("cùng kỳ");
  });

  it("the month's opening in January and the half-year's month before its months so far", () => {
    expect(paragraph({ month: 1 }).find((x) => x.includes("bán lẻ"))).toMatch(/^Tháng 1\/2023, tổng mức bán lẻ /u);
    const half = paragraph({ month: 6 }).find((x) => x.includes("bán lẻ")) ?? "";
    expect(half).toMatch(/^Tháng 6\/2023, tổng mức bán lẻ /u);
    expect(half).toContain("; tính chung 6 tháng đầu năm 2023 ước đạt 660 tỷ đồng");
  });

  it("the budget line 'đạt …% dự toán', exact at the table's decimal", () => {
    // "đạt 101,9% dự toán Trung ương giao" (DOMAIN.md, provincial budget reports): 1.320 / 1.500 = 88,0%.
    const budget = paragraph({ month: 12 }).find((x) => x.includes("ngân sách")) ?? "";
    expect(budget).toMatch(/, đạt 88,0% dự toán năm\.$/u);
  });

  it("prints percentages exactly at the table's two decimals with --decimals 2 (docs/cli.md), hedges on amounts only", () => {
    // The sample's exports (DOMAIN.md's seed): 9 months 2013 = 12,0 + 10,8 + 13,0 + 13,3 + 13,6 + 14,0 + 14,2 +
    // 14,3 + 14,4 = 119,6; 2012 = 101,1; plan 160,5. 119,6 / 101,1 = 1,18299 → "tăng 18,30%"; 119,6 / 160,5 =
    // 74,517% → "đạt 74,52%" (the published "74,5%" at one decimal); GTSX 21.000 / 34.540 = 60,799% → "60,80%".
    const sample = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const two = buildReport(sample, opts({ percentDecimals: 2 })).paragraph;
    expect(two).toContain("9 tháng ước đạt gần 120 triệu USD, tăng 18,30% so với cùng kỳ, đạt 74,52% kế hoạch năm.");
    expect(two).toContain("9 tháng ước đạt 21.000 tỷ đồng, tăng 5,20% so với cùng kỳ, đạt 60,80% kế hoạch năm.");
    expect(two).not.toMatch(/(gần|hơn) \d+(,\d+)?%/);
  });

  it("names the period in full in a section's first paragraph only", () => {
    // Sở Công Thương Thái Nguyên 2020, Hậu Giang 2017 (DOMAIN.md, "The report officers send"): "Tính chung 9 tháng"
    // once per part; the sample's industry part has three main indicators.
    const sample = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const industry = buildReport(sample, opts()).text?.sections[0]?.sentences.join(" ") ?? "";
    expect(industry.match(/tính chung 9 tháng năm 2013/giu)?.length).toBe(1);
    expect(industry.match(/tháng 9\/2013/gu)?.length).toBe(1);
    expect(industry).toContain("Giá trị sản xuất công nghiệp (giá so sánh 2010) tháng 9 ước đạt 2.620 tỷ đồng");
  });
});

describe("the price index sentences (GSO's December and nine-month releases)", () => {
  it("December states the same month once and 'CPI bình quân năm 2023 tăng 3,25% so với năm 2022'", () => {
    // https://nguoiquansat.vn/cpi-nam-2023-tang-thap-3-25-dat-muc-tieu-quoc-hoi-de-ra-107427.html:
    // "So với cùng kỳ năm trước, CPI tháng 12 tăng 3,58%." … "CPI bình quân năm 2023 tăng 3,25% so với năm 2022"
    const s = paragraph({ month: 12 });
    const month = s.find((x) => x.includes("tháng 12/2023")) ?? "";
    expect(month).toMatch(/^Chỉ số giá tiêu dùng \(CPI\) tháng 12\/2023 tăng 3,58% so với cùng tháng năm trước\.$/u);
    expect(s).toContain("CPI bình quân năm 2023 tăng 3,25% so với năm 2022.");
  });

  it("nine months: 'Bình quân 9 tháng năm 2024, CPI tăng 3,88% so với cùng kỳ năm 2023' (here 2023: 3,16%)", () => {
    // https://vnfinance.vn/9-thang-dau-nam-cpi-tang-388-lam-phat-co-ban-tang-269-64943.html;
    // 2023's 3,16%: https://en.vietnamplus.vn/ninemonth-cpi-increases-by-316-year-on-year/268822.vnp
    expect(paragraph({ month: 9 })).toContain("Bình quân 9 tháng năm 2023, CPI tăng 3,16% so với cùng kỳ năm trước.");
  });
});

describe("names", () => {
  it("writes the name typed in the data in Vietnamese, and the catalogue's English name in English", () => {
    expect(paragraph({ month: 9 }).join(" ")).toContain("thu ngân sách nhà nước trên địa bàn ước đạt");
    const en = buildReport(data, opts({ year: 2023, month: 9, lang: "en" })).paragraph;
    expect(en).toContain("In September 2023, retail sales of goods and services are estimated at 110 billion VND");
    expect(en).toContain("over the first 9 months of 2023 it is estimated at 990 billion VND, up 10.0% year on year");
    expect(en).toContain(
      "On average in the first 9 months of 2023, the CPI was up 3.16% on the same period of last year.",
    );
  });
});

describe("plans as written (issue 9, point 7): bounds that the bound itself meets", () => {
  const level = (plan: string, value: number): unknown => {
    const d = readDataset([
      {
        sheet: "D",
        values: [HEADER, ["HD", "Tỷ lệ hộ dân có điện", "%", "cuối kỳ", 2023, plan, ...twelve(value)]],
      },
    ]);
    const r = buildReport(d, opts({ year: 2023, month: 12, live: false }));
    const row = r.grid.cells.find((l) => String(l[1]?.value ?? "").startsWith("Tỷ lệ hộ dân"));
    return row?.find((c) => c?.value === "Đạt" || c?.value === "Không đạt")?.value;
  };

  it.each([
    ["tối thiểu 98", 98, "Đạt"],
    ["98 trở lên", 98, "Đạt"],
    ["trên 98", 98, "Không đạt"],
    ["không quá 98", 98, "Đạt"],
    ["dưới 98", 98, "Không đạt"],
  ])("%p with %p is %p", (plan, value, verdict) => {
    expect(level(plan, value)).toBe(verdict);
  });
});

describe("index sentences that are right (issue 19, point 2)", () => {
  // GSO, "Tình hình kinh tế - xã hội tháng Hai và 2 tháng năm 2025": IIP of February "giảm 2,2% so với tháng
  // trước và tăng 17,2% so với cùng kỳ năm trước; tính chung hai tháng đầu năm 2025, IIP ước tính tăng 7,2%".
  // The data are indices on the same month of last year (January 99,04, February 117,17) and the published lũy kế.
  const head = [...HEADER, "Lũy kế"];
  const iip = [
    "IIP",
    "Chỉ số sản xuất công nghiệp (IIP)",
    "%",
    "bình quân (cùng kỳ)",
    2025,
    null,
    99.04,
    117.17,
    ...new Array(10).fill(null),
    107.2,
  ];
  const data2025 = readDataset([{ sheet: "D", values: [head, iip] }]);
  const report = buildReport(data2025, opts({ year: 2025, month: 2, periodKind: "month" }));
  const iipText = report.paragraph;

  it("never makes a month-on-month change of two same-month indices, and says so once in the notes", () => {
    // 117,17 / 99,04 would be "tăng hơn 18%" where the office wrote "giảm 2,2%": no clause at all.
    expect(iipText).not.toContain("so với tháng trước");
    expect(iipText).toContain("tăng 17,17% so với cùng kỳ");
    const notes = report.text!.notes.filter((n) => n.includes("không cho biết thay đổi so với tháng trước"));
    expect(notes).toHaveLength(1);
  });

  it("says the cumulative index as a change on the same period: 'tăng 7,20% so với cùng kỳ', no 'đạt 107,2'", () => {
    expect(iipText).toContain("tính chung 2 tháng năm 2025 tăng 7,20% so với cùng kỳ");
    expect(iipText).not.toMatch(/đạt (hơn |gần )?107/);
  });
});
