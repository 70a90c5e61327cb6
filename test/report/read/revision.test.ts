/**
 * Revisions in the raw data (issue 9 point 6, docs/data-layout.md "Revisions"): a row marked in Loại số liệu
 * ("chính thức") beside the office's estimate for the same code and year. Real .xlsx files are built here and
 * read by the command's reader; the report compares with the revised figures, whose arithmetic the tests do
 * by hand, and its notes say which figures were revised.
 */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { formatNumber } from "../../../src/core/format";
import { buildReport, HEADER_ROW } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import type { Dataset } from "../../../src/report/read/dataset";
import type { Grid } from "../../../src/report/table/grid";
import type { Report } from "../../../src/report/table/report";
import { readWorkbookBytes } from "../../../src/xlsx";
import { buildXlsx, cellsFrom, type CellSpec } from "../../xlsx/build";
import { MONTHS } from "../../xlsx/shapes";
import { opts } from "../options";

const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Loại số liệu", "KH năm", ...MONTHS];

/** The office's first figures and its official ones (2012 entirely; July 2013 only). */
const estimate2012 = (m: number): number => 100 + m;
const official2012 = (m: number): number => 105 + m;
const estimate2013 = (m: number): number => 110 + m;
const OFFICIAL_JULY_2013 = 125;

function row(year: number, status: string, plan: number | string, month: (m: number) => number | ""): CellSpec[] {
  return [
    "GTSX",
    "Giá trị sản xuất công nghiệp",
    "tỷ đồng",
    "cộng dồn",
    year,
    status,
    plan,
    ...Array.from({ length: 12 }, (_x, i) => month(i + 1)),
  ];
}

const ESTIMATES = [
  row(2012, "ước tính", "", estimate2012),
  row(2013, "ước tính", 1500, (m) => (m <= 9 ? estimate2013(m) : "")),
];
const OFFICIAL = [
  row(2012, "chính thức", "", official2012),
  row(2013, "chính thức", "", (m) => (m === 7 ? OFFICIAL_JULY_2013 : "")),
];

function read(rows: CellSpec[][]): Dataset {
  const out = readWorkbookBytes(buildXlsx({ sheets: [{ name: "S", cells: cellsFrom([HEADER, ...rows]) }] }), "in.xlsx");
  if (!out.ok) throw new Error(out.refusal.message.en);
  return readDataset(out.workbook.sources);
}

const sum = (f: (m: number) => number, through: number): number =>
  Array.from({ length: through }, (_x, i) => f(i + 1)).reduce((a, b) => a + b, 0);
/** 2013 as the report must use it: the estimates, with July's official figure. */
const revised2013 = (m: number): number => (m === 7 ? OFFICIAL_JULY_2013 : estimate2013(m));

function rowOf(grid: Grid, name: string): number {
  const r = grid.cells.findIndex((x) => typeof x[1]?.value === "string" && (x[1].value as string).startsWith(name));
  if (r < 0) throw new Error(`no row ${name}`);
  return r;
}
/** The column whose header is `head` (a pattern: a half-year's figures are headed "Ước TH …"). */
function colOf(grid: Grid, head: string | RegExp): number {
  const is = (v: unknown): boolean => (typeof head === "string" ? v === head : typeof v === "string" && head.test(v));
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (grid.cells[r] ?? []).findIndex((cell) => is(cell?.value));
    if (c >= 0) return c;
  }
  throw new Error(`no column ${head}: ${JSON.stringify(grid.cells[HEADER_ROW]?.map((c) => c?.value))}`);
}
const cell = (report: Report, head: string | RegExp) =>
  report.grid.cells[rowOf(report.grid, "Giá trị sản xuất công nghiệp")]?.[colOf(report.grid, head)];
const allText = (report: Report): string =>
  report.grid.cells
    .flat()
    .map((c) => (typeof c?.value === "string" ? c.value : ""))
    .join("\n");

describe("a revision row beside the estimate (Loại số liệu)", () => {
  const data = read([...ESTIMATES, ...OFFICIAL]);

  it("reads one row per code and year, the official figures replacing the estimates they revise", () => {
    expect(data.indicators.map((i) => i.year)).toEqual([2012, 2013]);
    const [y2012, y2013] = data.indicators;
    expect(y2012?.months).toEqual(MONTHS.map((_x, i) => official2012(i + 1)));
    // A blank cell of the revision keeps the estimate: only July changes.
    expect(y2013?.months).toEqual(MONTHS.map((_x, i) => (i < 9 ? revised2013(i + 1) : null)));
    expect(y2013?.plan).toEqual({ type: "number", value: 1500 });
    expect(y2013?.revisions).toEqual([
      {
        what: "month",
        month: 7,
        status: "official",
        replaced: "estimate",
        before: estimate2013(7),
        after: OFFICIAL_JULY_2013,
        cell: "S!N5",
      },
    ]);
    // July's cell is the official one: a problem about it names the cell the figure came from.
    expect(y2013?.cells?.months?.[6]).toBe("S!N5");
    expect(data.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const applied = data.problems.filter((p) => p.code === "revision-applied");
    expect(applied.map((p) => p.address)).toEqual(["S!A4", "S!A5"]);
    expect(applied[1]?.message.vi).toContain("T7");
    expect(applied[1]?.message.en).toContain("official figures");
  });

  it("compares with the revised figures: the year to date, the same period and last year's total", () => {
    const report = buildReport(data, opts({ month: 9 }));
    const actual = sum(revised2013, 9);
    const samePeriod = sum(official2012, 9);
    const lastYear = sum(official2012, 12);
    expect(cell(report, "Ước TH 9 tháng năm 2013")?.value).toBe(actual);
    expect(cell(report, "TH 9 tháng năm 2012")?.value).toBe(samePeriod);
    expect(cell(report, "TH năm 2012")?.value).toBe(lastYear);
    const index = cell(report, "9 tháng so với cùng kỳ")?.value as number;
    expect(formatNumber(index, 1, "vi")).toBe(formatNumber((actual / samePeriod) * 100, 1, "vi"));
    // Not the comparison of the estimates: the revision moves it.
    expect(formatNumber(index, 1, "vi")).not.toBe(
      formatNumber((sum(estimate2013, 9) / sum(estimate2012, 9)) * 100, 1, "vi"),
    );
    // The year's estimate grows from the revised figures too (last year's seasonal shape, the default).
    const estimate = cell(report, "Ước TH năm 2013")?.value as number;
    expect(estimate).toBeCloseTo((actual * lastYear) / samePeriod, 6);
    const onLastYear = cell(report, "Ước TH năm so với TH năm 2012")?.value as number;
    expect(formatNumber(onLastYear, 1, "vi")).toBe(formatNumber((estimate / lastYear) * 100, 1, "vi"));
  });

  it("says in the notes which figures were revised, in Vietnamese and English", () => {
    const vi = buildReport(data, opts({ month: 9 }));
    expect(vi.text?.notes).toContain(
      "Giá trị sản xuất công nghiệp: số liệu năm 2012 và tháng 7/2013 là số chính thức, đã điều chỉnh so với số ước đã báo cáo.",
    );
    expect(allText(vi)).toContain("số liệu năm 2012 và tháng 7/2013 là số chính thức");
    const en = buildReport(data, opts({ month: 9, lang: "en" }));
    expect(en.text?.notes?.join("\n")).toMatch(
      /: the figures of 2012 and month 7\/2013 are official figures, revised from the estimates reported earlier\./,
    );
  });

  it("notes the revised cells on the figures made from them, with the figure first reported", () => {
    const report = buildReport(data, opts({ month: 9 }));
    const same = cell(report, "TH 9 tháng năm 2012")?.note ?? "";
    expect(same).toMatch(
      /^Tính từ số chính thức tháng 1–9\/2012 \(ô S!H4:P4\), đã điều chỉnh so với số ước đã báo cáo\.$/,
    );
    const en = buildReport(data, opts({ month: 9, lang: "en" }));
    // The English report has the same grid: the same cell.
    const r = rowOf(report.grid, "Giá trị sản xuất công nghiệp");
    const c = colOf(report.grid, "TH 9 tháng năm 2012");
    expect(en.grid.cells[r]?.[c]?.note ?? "").toMatch(/official figures of month 1–9\/2012 \(cell S!H4:P4\)/);
    expect(cell(report, "Ước TH 9 tháng năm 2013")?.note).toBe(
      `Tính từ số chính thức tháng 7/2013 (ô S!N5), đã điều chỉnh so với số ước đã báo cáo; số đã báo cáo trước: ${estimate2013(7)}.`,
    );
  });

  it("names only the revised months the report shows (a monthly report has no column for last year's total)", () => {
    const report = buildReport(data, opts({ month: 8 }));
    expect(report.text?.notes).toContain(
      "Giá trị sản xuất công nghiệp: số liệu tháng 1–8/2012 và tháng 7/2013 là số chính thức, đã điều chỉnh so với số ước đã báo cáo.",
    );
  });

  it("does not speak of a revision the report does not use (July 2013 in a report through June)", () => {
    const report = buildReport(data, opts({ month: 6 }));
    const line = report.text?.notes?.find((n) => n.includes("chính thức")) ?? "";
    expect(line).toBe(
      "Giá trị sản xuất công nghiệp: số liệu tháng 1–6/2012 là số chính thức, đã điều chỉnh so với số ước đã báo cáo.",
    );
    expect(cell(report, /^(Ước )?TH 6 tháng đầu năm 2013$/)?.note).toBeUndefined();
  });

  it("notes a revision used only by the previous quarter or month (quý IV and December of last year)", () => {
    // Only December 2012 revised: quý I/2013's previous quarter is quý IV/2012, January's previous month December.
    const decOnly = read([...ESTIMATES, row(2012, "chính thức", "", (m) => (m === 12 ? 250 : ""))]);
    const q = buildReport(decOnly, opts({ month: 3, periodKind: "quarter" }));
    const prev = cell(q, "TH quý IV năm 2012");
    expect(prev?.value).toBe(estimate2012(10) + estimate2012(11) + 250);
    expect(prev?.note).toBe(
      `Tính từ số chính thức tháng 12/2012 (ô S!S4), đã điều chỉnh so với số ước đã báo cáo; số đã báo cáo trước: ${estimate2012(12)}.`,
    );
    expect(q.text?.notes).toContain(
      "Giá trị sản xuất công nghiệp: số liệu tháng 12/2012 là số chính thức, đã điều chỉnh so với số ước đã báo cáo.",
    );
    const m = buildReport(decOnly, opts({ month: 1, periodKind: "month" }));
    expect(cell(m, "TH tháng trước (tháng 12/2012)")?.note).toMatch(/^Tính từ số chính thức tháng 12\/2012/);
  });

  it("reads the same wherever the revision rows stand (above the estimates)", () => {
    const swapped = read([...OFFICIAL, ...ESTIMATES]);
    expect(swapped.indicators.map((i) => i.months)).toEqual(data.indicators.map((i) => i.months));
  });

  it("keeps an official figure over a preliminary one, whatever the order, and notes the first estimate", () => {
    const prelim = row(2013, "sơ bộ", "", (m) => (m === 7 ? 121 : ""));
    const d = read([ESTIMATES[0]!, ESTIMATES[1]!, OFFICIAL[1]!, prelim]);
    const y2013 = d.indicators.find((i) => i.year === 2013);
    expect(y2013?.months[6]).toBe(OFFICIAL_JULY_2013);
    expect(y2013?.revisions).toEqual([expect.objectContaining({ before: estimate2013(7), status: "official" })]);
  });
});

describe("a duplicate that is not marked as a revision stays the problem it is", () => {
  it("two rows with the same status: the first stands, the second is a duplicate-row error", () => {
    const d = read([ESTIMATES[1]!, row(2013, "ước tính", 1500, () => 1)]);
    expect(d.indicators).toHaveLength(1);
    expect(d.indicators[0]?.months[0]).toBe(estimate2013(1));
    expect(d.problems.map((p) => [p.code, p.severity, p.address])).toEqual([["duplicate-row", "error", "S!A3"]]);
  });

  it("two unmarked rows under a Loại số liệu column: as without the column", () => {
    const d = read([row(2013, "", 1500, estimate2013), row(2013, "", 1500, () => 1)]);
    expect(d.indicators[0]?.months[0]).toBe(estimate2013(1));
    expect(d.problems.map((p) => p.code)).toEqual(["duplicate-row"]);
  });

  it("a status the reader does not know is said, in both languages, and the row is read as unmarked", () => {
    const d = read([row(2013, "", 1500, estimate2013), row(2013, "bản nháp", 1500, () => 1)]);
    expect(d.problems.map((p) => p.code)).toEqual(["bad-status", "duplicate-row"]);
    const bad = d.problems[0]!;
    expect(bad.address).toBe("S!F3");
    expect(bad.message.vi).toContain("bản nháp");
    expect(bad.message.en).toContain("bản nháp");
  });

  it("an unmarked row and its official revision: the revision stands", () => {
    const d = read([row(2013, "", 1500, estimate2013), row(2013, "Chính thức", "", (m) => (m === 2 ? 50 : ""))]);
    expect(d.indicators[0]?.months.slice(0, 3)).toEqual([estimate2013(1), 50, estimate2013(3)]);
    expect(d.indicators[0]?.revisions?.[0]?.replaced).toBeUndefined();
  });
});

describe("property: the latest status wins for every month, and the period sums the figures that win", () => {
  const month = fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null });
  it("holds for any estimates and any revised months", () => {
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 12, maxLength: 12 }),
        fc.array(month, { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (est, rev, revisionFirst) => {
          const e = row(2013, "ước tính", 1000, (m) => est[m - 1] ?? "");
          const r = row(2013, "chính thức", "", (m) => rev[m - 1] ?? "");
          const d = read(revisionFirst ? [r, e] : [e, r]);
          const merged = est.map((v, i) => rev[i] ?? v);
          expect(d.indicators[0]?.months).toEqual(merged);
          const changed = merged.flatMap((v, i) => (est[i] !== null && rev[i] !== null && est[i] !== v ? [i + 1] : []));
          expect((d.indicators[0]?.revisions ?? []).map((x) => x.month)).toEqual(changed);
          const report = buildReport(d, opts({ month: 3 }));
          const ytd = cell(report, /^(Ước )?TH quý I năm 2013$/)?.value;
          if (merged.slice(0, 3).every((v) => v !== null))
            expect(ytd).toBe((merged[0] as number) + (merged[1] as number) + (merged[2] as number));
          else expect(ytd ?? null).toBeNull();
        },
      ),
      runs(40),
    );
  });
});
