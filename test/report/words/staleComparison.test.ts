/**
 * A level standing at an earlier month (gaps.ts) is never compared with a base it cannot be newer than: the
 * ratio of a month's figure with itself would print 100 (or 0%) and read as "no change". Expected cells are
 * relations between the raw months of the sample's level (Số doanh nghiệp), never the program's output.
 */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { buildReport, HEADER_ROW } from "../../../src/report/make/model";
import { SAMPLE_HEADER } from "../../../src/report/read/sample";
import type { GridCell } from "../../../src/report/table/grid";
import type { Report } from "../../../src/report/table/report";
import { holeData, holeValues } from "../holeData";
import { opts } from "../options";

const DN = "Số doanh nghiệp";
const T1 = SAMPLE_HEADER.indexOf("T1");
const raw = holeValues([]);
const dnRow = raw.find((r) => r[0] === "DN" && r[5] === 2013)!;
const dn = (m: number): number | null => (typeof dnRow[T1 + m - 1] === "number" ? (dnRow[T1 + m - 1] as number) : null);
/** The latest month at or before m with a figure of DN in 2013. */
const latest = (m: number): number => {
  for (let k = m; k >= 1; k--) if (dn(k) !== null) return k;
  throw new Error("no DN figure");
};

function cell(report: Report, head: RegExp): GridCell | undefined {
  const r = report.grid.cells.findIndex((row) => String(row[1]?.value ?? "").startsWith(DN));
  for (const hr of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (report.grid.cells[hr] ?? []).findIndex((x) => head.test(String(x?.value ?? "")));
    if (c >= 0) return report.grid.cells[r]?.[c];
  }
  throw new Error(`no column ${head}`);
}

describe("a level compared with the month before", () => {
  it("is blank with a note when the month stands at a month no later than the month before", () => {
    // September blank: the month's figure stands at the latest month before it, so it is the month before's.
    const data = holeData(dn(9) === null ? [] : ["DN:2013:9"]);
    const report = buildReport(data, opts({ periodKind: "month" }));
    const c = cell(report, /^Tháng 9 so với tháng trước$/);
    expect(c?.value ?? null).toBeNull();
    expect(c?.formula).toBeUndefined();
    expect(c?.note).toMatch(new RegExp(`^Không so sánh: .*tháng ${latest(8)}/2013`));
    expect(report.paragraph).not.toMatch(/[Ss]ố doanh nghiệp[^.]*so với tháng trước/);
  });

  it("is the ratio of the two figures when the month has its own", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (x) => {
        const data = holeData([], (rows) => {
          const row = rows.find((r) => r[0] === "DN" && r[5] === 2013)!;
          row[T1 + 8] = x;
        });
        const report = buildReport(data, opts({ periodKind: "month", comparison: "index" }));
        const c = cell(report, /^Tháng 9 so với tháng trước$/);
        expect(c?.note).toBeUndefined();
        expect(c?.value as number).toBeCloseTo((x / (dn(latest(8)) as number)) * 100, 9);
      }),
      runs(25),
    );
  });
});
