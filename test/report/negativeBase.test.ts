/**
 * A negative base (a loss, a deficit) is compared by CT.GROWTH's one rule, (current − previous) / |previous|,
 * in the table's value and its native formula, in the template's {{X.TT}} and in the paragraph alike:
 * a loss of 10 that shrinks to 5 is a rise of 50% (index 150). They used to disagree: the function and
 * the paragraph said +50%, the table and the template were blank.
 */
import { HyperFormula } from "hyperformula";
import "../functions/customFunctionsStub";
import { GROWTH } from "../../src/functions/growth";
import { buildReport, FIRST_DATA_ROW, HEADER_ROW } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { fillTemplate } from "../../src/report/table/template";
import type { Grid } from "../../src/report/table/grid";
import { opts } from "./options";

const HEADER = ["Mã", "Nhóm", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "Kế hoạch", "T1", "T2", "T3"];
/** A loss-making line: −10 over the first three months of 2012, −5 over those of 2013 (DOMAIN.md's growth rule). */
const data = readDataset([
  {
    sheet: "Dữ liệu",
    values: [
      HEADER,
      ["LN", "Doanh nghiệp", "Lợi nhuận doanh nghiệp nhà nước", "tỷ đồng", "cộng dồn", 2012, null, -4, -3, -3],
      ["LN", "Doanh nghiệp", "Lợi nhuận doanh nghiệp nhà nước", "tỷ đồng", "cộng dồn", 2013, 10, -2, -2, -1],
    ],
  },
]);
const growthOfFunction = (GROWTH([[-5]], [[-10]])[0] as unknown[])[0] as number;

/** The comparison cell "Quý I so với cùng kỳ" (the first 3 months are quý I, DOMAIN.md) of the one indicator row. */
function sameperiodCell(grid: Grid): { r: number; c: number } {
  for (const hr of [HEADER_ROW, HEADER_ROW + 1]) {
    const c = (grid.cells[hr] ?? []).findIndex(
      (x) => typeof x?.value === "string" && /^Quý I (tăng\/giảm )?so với cùng kỳ/.test(x.value),
    );
    if (c >= 0) {
      const r = grid.cells.findIndex((row, i) => i >= FIRST_DATA_ROW && row[2]?.value === "tỷ đồng");
      return { r, c };
    }
  }
  throw new Error("no same-period column");
}

function computed(grid: Grid, at: { r: number; c: number }): unknown {
  const sheet = grid.cells.map((row) => row.map((cell) => (cell?.formula ? cell.formula : (cell?.value ?? null))));
  const hf = HyperFormula.buildFromArray(sheet as (string | number | null)[][], { licenseKey: "gpl-v3" });
  return hf.getCellValue({ sheet: 0, row: at.r, col: at.c });
}

describe("a negative base, by CT.GROWTH's rule everywhere", () => {
  it("CT.GROWTH reads −10 → −5 as +50%", () => {
    expect(growthOfFunction).toBeCloseTo(0.5, 12);
  });

  it.each([
    ["index", 150],
    ["growth", 50],
  ] as const)("the table shows %s %p, and its live formula computes the same", (comparison, expected) => {
    const values = buildReport(data, opts({ month: 3, comparison, live: false }));
    const live = buildReport(data, opts({ month: 3, comparison, live: true }));
    const at = sameperiodCell(values.grid);
    expect(values.grid.cells[at.r]?.[at.c]?.value).toBeCloseTo(expected, 9);
    expect(live.grid.cells[at.r]?.[at.c]?.formula).toBeDefined();
    expect(computed(live.grid, at)).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(growthOfFunction * 100 + (comparison === "index" ? 100 : 0), 9);
  });

  it("the template's {{LN.TT}} gives the function's growth", () => {
    const { cells, problems } = fillTemplate([["{{LN.TT}}"]], data, opts({ month: 3 }), "Mẫu");
    expect(problems.filter((p) => p.address.includes("Mẫu"))).toEqual([]);
    expect(cells[0]?.value as number).toBeCloseTo(growthOfFunction, 12);
  });

  it("the paragraph says the same rise", () => {
    expect(buildReport(data, opts({ month: 3 })).paragraph).toMatch(/tăng 50(,0)?%/);
  });

  it("a positive base keeps Excel's plain A/B×100 (the formula is unchanged for it)", () => {
    const positive = readDataset([
      {
        sheet: "Dữ liệu",
        values: [
          HEADER,
          ["LN", "Doanh nghiệp", "Lợi nhuận", "tỷ đồng", "cộng dồn", 2012, null, 4, 3, 3],
          ["LN", "Doanh nghiệp", "Lợi nhuận", "tỷ đồng", "cộng dồn", 2013, 20, 5, 4, 2],
        ],
      },
    ]);
    const live = buildReport(positive, opts({ month: 3, live: true }));
    const at = sameperiodCell(live.grid);
    expect(computed(live.grid, at)).toBeCloseTo((11 / 10) * 100, 9);
  });
});
