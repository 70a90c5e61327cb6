/**
 * The words of a blank figure read naturally in both languages: "months" when there are several, and an
 * indicator with no row for the report's year is told to add that row (not to "enter those months").
 */
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { opts } from "../options";

const HEAD = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Kế hoạch", ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)];
const months = (n: number, skip: number[] = []): (number | null)[] =>
  Array.from({ length: 12 }, (_, i) => (i < n && !skip.includes(i + 1) ? 10 : null));

describe("words of a blank figure", () => {
  it('says "month" for one month and "months" for several, in the problem, the note and the paragraph', () => {
    const values = [
      HEAD,
      ["A", "Sản phẩm A", "tấn", "cộng dồn", 2012, 100, ...months(12)],
      ["A", "Sản phẩm A", "tấn", "cộng dồn", 2013, 200, ...months(9, [5])],
      ["B", "Sản phẩm B", "tấn", "cộng dồn", 2012, 100, ...months(12)],
      ["B", "Sản phẩm B", "tấn", "cộng dồn", 2013, 200, ...months(9, [4, 5])],
    ];
    const data = readDataset([{ sheet: "S", values }]);
    const en = buildReport(data, opts({ lang: "en" }));
    const [a, b] = en.problems.filter((p) => p.code === "period-hole");
    expect(a?.message.en).toMatch(/^No figure yet for month 5\/2013 of .* \(cell S!K3\)/);
    expect(b?.message.en).toMatch(/^No figure yet for months 4, 5\/2013 of .* \(cells S!J5, S!K5\)/);
    expect(b?.message.vi).toMatch(/^Chưa có số liệu tháng 4, 5\/2013 của .* \(ô S!J5, S!K5\)/);
    expect(en.paragraph).toContain("No figure yet for months 4, 5/2013");
    expect(en.paragraph).not.toMatch(/for month 4, 5/);
    const notes = en.grid.cells.flatMap((row) => row.map((c) => c?.note ?? "")).filter((n) => n.includes("4, 5/2013"));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toMatch(/months 4, 5\/2013 \(cells S!J5, S!K5\)/);
  });

  it("tells the officer to add the missing year's row, naming last year's row, in both languages", () => {
    const values = [
      HEAD,
      ["GTSX", "Giá trị sản xuất", "tỷ đồng", "cộng dồn", 2013, 200, ...months(9)],
      ["XK", "Giá trị xuất khẩu", "triệu USD", "cộng dồn", 2012, 100, ...months(12)],
    ];
    const data = readDataset([{ sheet: "Dữ liệu", values }]);
    const r = buildReport(data, opts());
    const p = r.problems.find((x) => x.address === "'Dữ liệu'!A3")!;
    expect(p.severity).toBe("error");
    expect(p.message.vi).toContain("Không có dòng năm 2013 của Giá trị xuất khẩu");
    expect(p.message.vi).toContain("Thêm dòng năm 2013");
    expect(p.message.en).toContain("There is no 2013 row for");
    expect(p.message.en).toContain("Add a 2013 row");
    expect(p.message.en).not.toContain("Enter those months");
    expect(p.message.vi).not.toContain("Nhập số liệu các tháng đó");
    expect(r.paragraph).toContain("Không có dòng năm 2013 của Giá trị xuất khẩu");
  });
});
