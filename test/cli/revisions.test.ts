/**
 * ct-report on a workbook with an official row beside the estimates (Loại số liệu, issue 9 point 6): the report
 * written to .xlsx compares with the official figures and its notes say which were revised.
 */
import * as path from "path";
import { load, run, tempDir, writeData } from "./helpers";

const MONTHS = Array.from({ length: 12 }, (_x, i) => `T${i + 1}`);
const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Loại số liệu", "KH năm", ...MONTHS];
const months = (f: (m: number) => number | null): (number | null)[] => MONTHS.map((_x, i) => f(i + 1));
const row = (year: number, status: string, plan: number | null, f: (m: number) => number | null) => [
  "GTSX",
  "Giá trị sản xuất công nghiệp",
  "tỷ đồng",
  "cộng dồn",
  year,
  status,
  plan,
  ...months(f),
];

describe("ct-report and an official revision", () => {
  it("writes the comparison of the official figures and the note naming them", async () => {
    const dir = tempDir("revisions");
    // 2012: estimates 1000 a month, officially 1010; 2013: 1100 a month through September, August officially 1190.
    const input = await writeData(dir, "ban-sua.xlsx", [
      HEADER,
      row(2012, "ước tính", null, () => 1000),
      row(2013, "ước tính", 14000, (m) => (m <= 9 ? 1100 : null)),
      row(2012, "chính thức", null, () => 1010),
      row(2013, "chính thức", null, (m) => (m === 8 ? 1190 : null)),
    ]);
    const out = path.join(dir, "bao-cao.xlsx");
    const r = await run([input, "--year", "2013", "--month", "9", "--values", "-o", out]);
    expect(r.code).toBe(0);
    const ws = (await load(out)).worksheets[0]!;
    const numbers: number[] = [];
    const texts: string[] = [];
    ws.eachRow((x) =>
      x.eachCell((c) => {
        const v = c.value;
        if (typeof v === "number") numbers.push(v);
        else if (typeof v === "string") texts.push(v);
      }),
    );
    const actual = 8 * 1100 + 1190;
    const samePeriod = 9 * 1010;
    expect(numbers).toContain(actual);
    expect(numbers).toContain(samePeriod);
    expect(numbers).toContain(12 * 1010);
    expect(numbers.some((n) => Math.abs(n - (actual / samePeriod) * 100) < 1e-9)).toBe(true);
    expect(texts.join("\n")).toContain(
      "Giá trị sản xuất công nghiệp: số liệu năm 2012 và tháng 8/2013 là số chính thức, đã điều chỉnh so với số ước đã báo cáo.",
    );
  });
});
