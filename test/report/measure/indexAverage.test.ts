/**
 * Index rows in the report: the average of the period on the same period is the geometric mean of the
 * monthly indices on the same month a year earlier (GSO's method), from fixed-base or same-month months,
 * as the data declares. Expected figures: GSO's published CPI averages (test/fixtures/published).
 */
import published from "../../fixtures/published/cpi-averages.json";
import { formatNumber } from "../../../src/core/format";
import { buildReport, HEADER_ROW } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import type { Report } from "../../../src/report/table/report";
import { opts } from "../options";
import { RAW_HEADER } from "../rawHeader";

const HEADER = RAW_HEADER;
const yoy = (y: "2022" | "2023" | "2024"): number[] => published.months[y].sameMonth.map((g) => 100 + g);

function cell(r: Report, name: string, head: RegExp): unknown {
  const cells = r.grid.cells;
  const row = cells.findIndex((line) => String(line[1]?.value ?? "").startsWith(name));
  const col = [HEADER_ROW, HEADER_ROW + 1]
    .map((h) => (cells[h] ?? []).findIndex((c) => head.test(String(c?.value ?? ""))))
    .find((c) => c >= 0);
  return cells[row]?.[col ?? -1]?.value;
}

describe("the report's index averages", () => {
  it.each([
    [9, /^9 tháng so với cùng kỳ$/, "103,16"],
    [12, /^Năm 2023 so với năm 2022$/, "103,25"],
  ])("from same-month CPIs of 2023, through month %i: GSO's published average", (month, head, text) => {
    const data = readDataset([
      {
        sheet: "D",
        values: [HEADER, ["CPI", "Chỉ số giá tiêu dùng", "%", "bình quân (cùng kỳ)", 2023, "dưới 4,5", ...yoy("2023")]],
      },
    ]);
    expect(data.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const r = buildReport(data, opts({ year: 2023, month }));
    expect(formatNumber(cell(r, "Chỉ số giá tiêu dùng", head) as number, 2, "vi")).toBe(text);
  });

  // Every published average from January (quarters are not a report period yet): the report's column to the printed digit.
  it.each(published.averages.filter((a) => a.first === 1 && a.through >= 2).map((a) => [a.period, a.url, a] as const))(
    "reproduces GSO's published CPI average for %s (%s)",
    (_period, _url, a) => {
      const y = String(a.year) as "2022" | "2023" | "2024";
      const data = readDataset([
        {
          sheet: "D",
          values: [HEADER, ["CPI", "Chỉ số giá tiêu dùng", "%", "bình quân (cùng kỳ)", a.year, null, ...yoy(y)]],
        },
      ]);
      const r = buildReport(data, opts({ year: a.year, month: a.through }));
      const head =
        a.through === 12
          ? new RegExp(`^Năm ${a.year} so với năm ${a.year - 1}$`)
          : // DOMAIN.md: the first 3 months are "quý I", the first 6 "6 tháng đầu năm".
            new RegExp(
              `^${a.through === 3 ? "Quý I" : a.through === 6 ? "6 tháng đầu năm" : `${a.through} tháng`} so với cùng kỳ$`,
            );
      expect(formatNumber(cell(r, "Chỉ số giá tiêu dùng", head) as number, 2, "vi")).toBe(
        formatNumber(100 + a.printed, 2, "vi"),
      );
    },
  );

  it("from fixed-base CPIs of two years gives the same average, in the grid and in the sentence", () => {
    const last = Array.from({ length: 12 }, (_, i) => 170 + i);
    const now = last.map((p, i) => (p * (yoy("2022")[i] as number)) / 100);
    const data = readDataset([
      {
        sheet: "D",
        values: [
          HEADER,
          ["CPI", "Chỉ số giá tiêu dùng", "%", "bình quân (gốc cố định)", 2021, null, ...last],
          ["CPI", "Chỉ số giá tiêu dùng", "%", "bình quân (gốc cố định)", 2022, "dưới 4", ...now],
        ],
      },
    ]);
    const r = buildReport(data, opts({ year: 2022, month: 12 }));
    expect(formatNumber(cell(r, "Chỉ số giá tiêu dùng", /^Năm 2022 so với năm 2021$/) as number, 2, "vi")).toBe(
      "103,15",
    );
    expect(r.paragraph).toMatch(/3,15% so với/);
    expect(r.grid.cells.some((l) => /bình quân nhân/.test(String(l[0]?.value ?? "")))).toBe(true);
  });

  it("lists an index row that does not say its basis, and reads it as fixed-base", () => {
    const data = readDataset([
      { sheet: "D", values: [HEADER, ["CPI", "Chỉ số giá tiêu dùng", "%", "bình quân", 2023, null, ...yoy("2023")]] },
    ]);
    const p = data.problems.find((x) => x.code === "index-basis-missing");
    expect(p?.address).toBe("D!D2");
    expect(p?.message.vi).toContain("gốc cố định");
    expect(p?.message.en).toContain("same month");
  });

  it("marks an IIP average made from its months (no published lũy kế) as an estimate in the note", () => {
    const data = readDataset([
      {
        sheet: "D",
        values: [
          HEADER,
          ["IIP", "Chỉ số sản xuất công nghiệp", "%", "bình quân (cùng kỳ)", 2023, null, ...yoy("2023")],
        ],
      },
    ]);
    const r = buildReport(data, opts({ year: 2023, month: 9 }));
    const notes = r.grid.cells.map((l) => String(l[0]?.value ?? ""));
    expect(notes.some((n) => n.startsWith("Ước tính") && n.includes("Chỉ số sản xuất công nghiệp"))).toBe(true);
  });
});
