import { inferPeriod } from "../../../src/report/period/period";
import { defaultOptions } from "../../../src/report/make/request";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import type { IndicatorYear } from "../../../src/report/read/dataset";

function ind(year: number, months: (number | null)[]): IndicatorYear {
  const m = Array.from({ length: 12 }, (_, i) => months[i] ?? null);
  return {
    code: "A",
    group: "",
    name: "A",
    unit: "",
    kind: "flow",
    year,
    plan: null,
    months: m,
    ytd: null,
    source: { sheet: "S", row: 2 },
  };
}

describe("inferPeriod", () => {
  it("finds September 2013 in the sample, skipping 2014's plan-only rows", () => {
    expect(inferPeriod(readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]))).toEqual({
      year: 2013,
      month: 9,
    });
  });

  it.each([
    [[ind(2012, [1, 2, 3]), ind(2013, [1])], { year: 2013, month: 1 }],
    [[ind(2013, [1, null, null, 4]), ind(2013, [1, 2])], { year: 2013, month: 4 }],
    [[ind(2014, [])], null],
    [[], null],
  ])("infers %j as %j", (indicators, period) => {
    expect(inferPeriod({ indicators, problems: [] })).toEqual(period);
  });

  it("gives the ribbon's options when the period can be inferred", () => {
    expect(defaultOptions({ indicators: [ind(2013, [1, 2])], problems: [] }, "en")).toEqual({
      year: 2013,
      month: 2,
      method: "seasonal",
      comparison: "index",
      lang: "en",
      live: true,
      // docs/periods.md: a month other than 6, 9, 10, 12 is reported as the month.
      periodKind: "month",
    });
    expect(defaultOptions({ indicators: [], problems: [] }, "vi")).toBeNull();
  });
});
