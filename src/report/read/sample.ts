/**
 * The sample raw-data sheet: the real nine-month 2013 report of a provincial Department of Industry and
 * Trade (DOMAIN.md), month by month, built so the report reproduces the published figures:
 * GTSX 21.000 tỷ đồng, +5,2%, gần 61% of plan; exports gần 120 triệu USD, hơn 18%, 74,5% of plan;
 * imports −6,4%; CPI September +0,22% on August and +7,63% on September 2012; budget revenue gần 2.200
 * tỷ đồng, 82,5% of dự toán. The CPI and IIP rows hold index numbers on a fixed base, so every comparison
 * is a ratio of two of them (docs/data-layout.md).
 */

export const SAMPLE_SHEET_NAME = "Dữ liệu mẫu";

export const SAMPLE_HEADER = [
  "Mã",
  "Nhóm",
  "Chỉ tiêu",
  "ĐVT",
  "Loại",
  "Năm",
  "Kế hoạch",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "T7",
  "T8",
  "T9",
  "T10",
  "T11",
  "T12",
  "Lũy kế",
];

type Row = [
  code: string,
  group: string,
  name: string,
  unit: string,
  kind: string,
  year: number,
  plan: number | string | null,
  months: (number | null)[],
  ytd?: number,
];

const CN = "I. Công nghiệp";
const TM = "II. Thương mại";
const GC = "III. Giá cả";
const NS = "IV. Thu ngân sách";
const _ = null;

const ROWS: Row[] = [
  [
    "GTSX",
    CN,
    "Giá trị sản xuất công nghiệp (giá so sánh 2010)",
    "tỷ đồng",
    "cộng dồn",
    2012,
    26500,
    [2050, 1850, 2150, 2200, 2250, 2280, 2320, 2380, 2482, 2500, 2600, 2900],
  ],
  [
    "GTSX",
    CN,
    "Giá trị sản xuất công nghiệp (giá so sánh 2010)",
    "tỷ đồng",
    "cộng dồn",
    2013,
    34540,
    [2150, 1950, 2260, 2310, 2370, 2400, 2440, 2500, 2620],
  ],
  ["GTSX", CN, "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "tỷ đồng", "cộng dồn", 2014, 36000, []],
  [
    "IIP",
    CN,
    "Chỉ số sản xuất công nghiệp (IIP, 2010 = 100)",
    "%",
    "bình quân (gốc cố định)",
    2012,
    null,
    [108.2, 97.5, 110.4, 111.0, 112.3, 113.1, 113.8, 114.6, 116.0, 117.2, 118.0, 121.5],
  ],
  [
    "IIP",
    CN,
    "Chỉ số sản xuất công nghiệp (IIP, 2010 = 100)",
    "%",
    "bình quân (gốc cố định)",
    2013,
    "tăng 6,6–6,8%",
    [115.1, 104.2, 117.8, 118.5, 119.9, 120.8, 121.5, 122.3, 123.9],
    118.2,
  ],
  ["IIP", CN, "Chỉ số sản xuất công nghiệp (IIP, 2010 = 100)", "%", "bình quân (gốc cố định)", 2014, "tăng 7–8%", []],
  ["DIEN", CN, "Điện sản xuất", "triệu kWh", "cộng dồn", 2012, 1000, [78, 70, 80, 82, 85, 88, 90, 91, 89, 86, 84, 87]],
  ["DIEN", CN, "Điện sản xuất", "triệu kWh", "cộng dồn", 2013, 1100, [84, 76, 87, 89, 92, 95, 97, 98, 96]],
  ["DIEN", CN, "Điện sản xuất", "triệu kWh", "cộng dồn", 2014, 1180, []],
  ["XIMANG", CN, "Xi măng", "nghìn tấn", "cộng dồn", 2012, 560, [42, 35, 48, 50, 52, 49, 47, 46, 50, 53, 55, 58]],
  ["XIMANG", CN, "Xi măng", "nghìn tấn", "cộng dồn", 2013, 620, [45, 37, 51, 53, 55, 52, 50, 49, 53]],
  ["XIMANG", CN, "Xi măng", "nghìn tấn", "cộng dồn", 2014, 650, []],
  [
    "DN",
    CN,
    "Số doanh nghiệp công nghiệp đang hoạt động",
    "doanh nghiệp",
    "cuối kỳ",
    2012,
    430,
    [_, _, 412, _, _, 418, _, _, 425, _, _, 431],
  ],
  [
    "DN",
    CN,
    "Số doanh nghiệp công nghiệp đang hoạt động",
    "doanh nghiệp",
    "cuối kỳ",
    2013,
    450,
    [_, _, 436, _, _, 441, _, _, 447],
  ],
  ["DN", CN, "Số doanh nghiệp công nghiệp đang hoạt động", "doanh nghiệp", "cuối kỳ", 2014, 470, []],
  [
    "HODIEN",
    CN,
    "Tỷ lệ hộ dân có điện",
    "%",
    "cuối kỳ",
    2012,
    "trên 97,5",
    [_, _, 97.0, _, _, 97.2, _, _, 97.4, _, _, 97.6],
  ],
  ["HODIEN", CN, "Tỷ lệ hộ dân có điện", "%", "cuối kỳ", 2013, "trên 98", [_, _, 97.8, _, _, 98.0, _, _, 98.3]],
  ["HODIEN", CN, "Tỷ lệ hộ dân có điện", "%", "cuối kỳ", 2014, "trên 98,5", []],
  [
    "BLHH",
    TM,
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
    "tỷ đồng",
    "cộng dồn",
    2012,
    17500,
    [1350, 1300, 1380, 1400, 1410, 1430, 1450, 1500, 1580, 1620, 1680, 1900],
  ],
  [
    "BLHH",
    TM,
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
    "tỷ đồng",
    "cộng dồn",
    2013,
    "tăng 14%",
    [1540, 1480, 1560, 1590, 1600, 1620, 1650, 1700, 1780],
  ],
  ["BLHH", TM, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", "cộng dồn", 2014, "tăng 15%", []],
  [
    "XK",
    TM,
    "Giá trị xuất khẩu",
    "triệu USD",
    "cộng dồn",
    2012,
    135,
    [10.2, 9.1, 11.0, 11.3, 11.5, 11.8, 12.0, 12.1, 12.1, 12.5, 12.8, 13.6],
  ],
  [
    "XK",
    TM,
    "Giá trị xuất khẩu",
    "triệu USD",
    "cộng dồn",
    2013,
    160.5,
    [12.0, 10.8, 13.0, 13.3, 13.6, 14.0, 14.2, 14.3, 14.4],
  ],
  ["XK", TM, "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2014, 170, []],
  [
    "NK",
    TM,
    "Giá trị nhập khẩu",
    "triệu USD",
    "cộng dồn",
    2012,
    62,
    [5.0, 4.6, 5.3, 5.4, 5.5, 5.6, 5.6, 5.7, 5.7, 5.8, 6.0, 6.2],
  ],
  ["NK", TM, "Giá trị nhập khẩu", "triệu USD", "cộng dồn", 2013, 60, [4.7, 4.3, 5.0, 5.0, 5.1, 5.2, 5.3, 5.3, 5.4]],
  ["NK", TM, "Giá trị nhập khẩu", "triệu USD", "cộng dồn", 2014, 65, []],
  [
    "CPI",
    GC,
    "Chỉ số giá tiêu dùng (CPI, 2009 = 100)",
    "%",
    "bình quân (gốc cố định)",
    2012,
    "dưới 10",
    [145.2, 146.1, 146.3, 146.7, 146.9, 146.7, 146.9, 147.8, 150.0, 151.2, 151.6, 152.4],
  ],
  [
    "CPI",
    GC,
    "Chỉ số giá tiêu dùng (CPI, 2009 = 100)",
    "%",
    "bình quân (gốc cố định)",
    2013,
    "dưới 8",
    [153.9, 155.6, 155.5, 155.6, 155.8, 156.4, 157.7, 161.1, 161.45],
  ],
  ["CPI", GC, "Chỉ số giá tiêu dùng (CPI, 2009 = 100)", "%", "bình quân (gốc cố định)", 2014, "dưới 7", []],
  [
    "THUNS",
    NS,
    "Thu ngân sách nhà nước của ngành",
    "tỷ đồng",
    "cộng dồn",
    2012,
    2700,
    [210, 190, 220, 225, 230, 235, 240, 245, 255, 260, 270, 320],
  ],
  [
    "THUNS",
    NS,
    "Thu ngân sách nhà nước của ngành",
    "tỷ đồng",
    "cộng dồn",
    2013,
    2660,
    [225, 205, 235, 240, 245, 250, 260, 262, 273.6],
  ],
  ["THUNS", NS, "Thu ngân sách nhà nước của ngành", "tỷ đồng", "cộng dồn", 2014, 2900, []],
];

/** The sample sheet's values, header row first; blank cells are null. */
export function sampleValues(): (string | number | null)[][] {
  const out: (string | number | null)[][] = [SAMPLE_HEADER.slice()];
  for (const [code, group, name, unit, kind, year, plan, months, ytd] of ROWS) {
    const m: (number | null)[] = [];
    for (let i = 0; i < 12; i++) m.push(months[i] ?? null);
    out.push([code, group, name, unit, kind, year, plan, ...m, ytd ?? null]);
  }
  return out;
}
