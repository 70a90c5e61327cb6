/**
 * Workbooks compiled as offices compile them (issue 17, points 1 and 4), as real .xlsx files written by the
 * raw-XML builder: a template whose months not yet reported are SUMs of empty district sheets (cached 0),
 * a CPI month from IFERROR(VLOOKUP(…);0) (cached 0), and a Lũy kế column =SUM(H:S) dragged down every row.
 * Truths are the sample's (DOMAIN.md, src/report/read/sample.ts): production 21.000 tỷ đồng in nine months
 * against 19.962 (≈ 20.000) a year earlier, +5,2%; CPI nine-month average index 106,83, computed by hand below.
 */
import { makeReport, type MadeReport } from "../../../src/report/make/request";
import { sampleValues } from "../../../src/report/read/sample";
import { readWorkbookBytes } from "../../../src/xlsx";
import type { CellSpec } from "../../xlsx/build";
import { at, T1, TEMPLATE_SHEET, templateBytes, YTD } from "../../xlsx/compiled";

const SHEET = TEMPLATE_SHEET;

/** The template through the command's pipeline: the bytes read, the report made. */
function template(edit?: (rows: CellSpec[][]) => void): MadeReport {
  const read = readWorkbookBytes(templateBytes(edit), "tong-hop.xlsx");
  if (!read.ok) throw new Error(read.refusal.message.en);
  const made = makeReport(read.workbook.sources, [], { lang: "vi", values: true });
  if (!made.ok) throw new Error(made.failure.code);
  return made;
}

/** The sheet row (0-based) of an indicator-year in the sample. */
function rowOf(code: string, year: number): number {
  const r = sampleValues().findIndex((line) => line[0] === code && line[5] === year);
  if (r < 0) throw new Error(`${code} ${year}`);
  return r;
}

/** A figure of the report grid by indicator name (start) and column header. */
function figure(made: MadeReport, name: string, head: string): unknown {
  if (!made.ok) throw new Error("no report");
  const cells = made.report.grid.cells;
  const text = (v: unknown): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");
  const h = cells.findIndex((row) => row?.some((c) => text(c?.value) === "Chỉ tiêu"));
  // The report's year-to-date header says "Ước TH" when the period's last month is an estimate.
  const col = (cells[h] ?? []).findIndex((c) => [head, `Ước ${head}`].includes(text(c?.value)));
  const r = cells.findIndex((row, i) => i > h && row?.some((c) => text(c?.value).startsWith(name)));
  if (col < 0 || r < 0) throw new Error(`${name} / ${head}`);
  return cells[r]?.[col]?.value;
}

// By hand from the sample's months (DOMAIN.md, "Index averages"): the geometric mean of the nine same-month ratios.
const CPI_2013 = [153.9, 155.6, 155.5, 155.6, 155.8, 156.4, 157.7, 161.1, 161.45];
const CPI_2012 = [145.2, 146.1, 146.3, 146.7, 146.9, 146.7, 146.9, 147.8, 150.0];
const CPI_AVERAGE = Math.exp(CPI_2013.reduce((s, x, i) => s + Math.log(x / CPI_2012[i]!), 0) / 9) * 100;
const GTSX_2012_NINE = 2050 + 1850 + 2150 + 2200 + 2250 + 2280 + 2320 + 2380 + 2482; // 19.962

describe("a template whose months not yet reported are SUMs giving 0 (T10–T12 = 0)", () => {
  const made = template();

  it("reports nine months, never a full year of zeros", () => {
    expect(made.ok && [made.options.month, made.options.year]).toEqual([9, 2013]);
    expect(figure(made, "Giá trị sản xuất công nghiệp", "TH 9 tháng năm 2013")).toBe(21000);
    expect(figure(made, "Giá trị sản xuất công nghiệp", "TH 9 tháng năm 2012")).toBe(GTSX_2012_NINE);
  });

  it("writes the published sentences: 21.000 tỷ đồng, up 5,2%; CPI's nine months up 6,83%", () => {
    const text = made.ok ? made.report.paragraph : "";
    expect(CPI_AVERAGE.toFixed(2)).toBe("106.83");
    expect(text).toMatch(/giá trị sản xuất công nghiệp.*?21\.000 tỷ đồng, tăng 5,2%/i);
    expect(text).toContain("6,83%");
    expect(text).not.toMatch(/giảm hơn 24%|giảm 20,52%|năm 2013 giảm/);
  });

  it("says the zeros are not reported yet, naming the cells (a notice)", () => {
    const p = made.ok ? made.report.problems.find((x) => x.code === "zeros-not-reported") : undefined;
    const row = rowOf("GTSX", 2013);
    expect(p?.severity).toBe("info");
    expect(made.ok && made.report.problems.map((x) => x.address)).toContain(`'${SHEET}'!${at(row, T1 + 9)}`);
    const gtsx = made.ok ? made.report.problems.find((x) => x.address === `'${SHEET}'!${at(row, T1 + 9)}`) : undefined;
    expect(gtsx?.message.vi).toContain("T10, T11, T12");
    expect(gtsx?.message.en).toContain("not reported yet");
  });
});

describe("a CPI month from IFERROR(VLOOKUP(…);0)", () => {
  const row = rowOf("CPI", 2013);
  const may = at(row, T1 + 4);
  const made = template((rows) => {
    rows[row]![T1 + 4] = { f: `IFERROR(VLOOKUP("CPI",'Nguồn'!A:M,6,0),0)`, v: 0 };
  });

  it("reads the 0 as no index: the nine-month average is left blank, never a fall", () => {
    expect(figure(made, "Chỉ số giá tiêu dùng", "TH 9 tháng năm 2013")).not.toEqual(expect.any(Number));
    const text = made.ok ? made.report.paragraph : "";
    expect(text).not.toMatch(/giảm 4,94%/);
    expect(text).not.toContain("6,83%");
  });

  it("names the cell as an index of 0, and as the period's hole", () => {
    const problems = made.ok ? made.report.problems : [];
    const zero = problems.find((p) => p.code === "zero-index");
    expect(zero?.address).toBe(`'${SHEET}'!${may}`);
    expect(zero?.severity).toBe("warning");
    expect(problems.some((p) => p.code === "period-hole" && p.message.vi.includes(may))).toBe(true);
  });
});

describe("a Lũy kế column =SUM(H:S) dragged down every row", () => {
  const made = template((rows) => {
    rows.forEach((line, r) => {
      if (r === 0) return;
      const sum = line.slice(T1, T1 + 12).reduce<number>((s, c) => s + (typeof c === "number" ? c : 0), 0);
      line[YTD] = { f: `SUM(${at(r, T1)}:${at(r, T1 + 11)})`, v: sum };
    });
  });

  it("ignores an index's Lũy kế outside its months (1413,05 is no average) with a warning naming the cell", () => {
    const cpi = figure(made, "Chỉ số giá tiêu dùng", "TH 9 tháng năm 2013");
    // The fixed-base nine-month figure by hand: the months' average, never their sum 1413,05.
    expect(cpi).toBeCloseTo(CPI_2013.reduce((s, x) => s + x, 0) / 9, 9);
    expect(figure(made, "Chỉ số sản xuất công nghiệp", "TH 9 tháng năm 2013")).not.toBe(1064);
    const warned = made.ok ? made.report.problems.filter((p) => p.code === "ytd-index-outside") : [];
    expect(warned.map((p) => p.address)).toContain(`'${SHEET}'!${at(rowOf("CPI", 2013), YTD)}`);
    expect(warned[0]?.severity).toBe("warning");
    expect(made.ok ? made.report.paragraph : "").toContain("6,83%");
  });

  it("uses a flow's Lũy kế equal to its months silently: 21.000 tỷ đồng", () => {
    expect(figure(made, "Giá trị sản xuất công nghiệp", "TH 9 tháng năm 2013")).toBe(21000);
    const gtsx = `'${SHEET}'!${at(rowOf("GTSX", 2013), YTD)}`;
    expect(made.ok && made.report.problems.filter((p) => p.address === gtsx)).toEqual([]);
  });

  it("uses a flow's revised Lũy kế and lists both figures", () => {
    const r = rowOf("GTSX", 2013);
    const revised = template((rows) => {
      rows[r]![YTD] = 21100;
    });
    expect(figure(revised, "Giá trị sản xuất công nghiệp", "TH 9 tháng năm 2013")).toBe(21100);
    const p = revised.ok ? revised.report.problems.find((x) => x.code === "ytd-differs") : undefined;
    expect(p?.address).toBe(`'${SHEET}'!${at(r, YTD)}`);
    expect(p?.message.vi).toMatch(/21\.100.*21\.000/);
    expect(p?.message.en).toMatch(/21,100.*21,000/);
  });
});
