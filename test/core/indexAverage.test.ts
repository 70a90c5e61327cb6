import fc from "fast-check";
import published from "../fixtures/published/cpi-averages.json";
import { formatNumber, formatTrim } from "../../src/core/format";
import { geometricMean, periodAverageIndex, sameMonthRatios } from "../../src/core/indexAverage";
import { isFailure } from "../../src/core/failure";

type Year = keyof typeof published.months;

/** The growth of an average index ratio as the office prints it: 2 decimals, Vietnamese style. */
const printed = (ratio: number): string => formatNumber((ratio - 1) * 100, 2, "vi");

/** A percent as the release prints it (trailing zeros dropped: 2,1%; 2%), not inside a longer number. */
const printedPercent = (x: number, url: string): RegExp => {
  const text = formatTrim(x, 2, url.includes("://en.") || url.includes("/en/") ? "en" : "vi");
  return new RegExp("(^|[^0-9.,])" + text.replace(/[.,]/g, "\\$&") + "%");
};

describe("the period average index reproduces GSO's published CPI averages (test/fixtures/published/cpi-averages.json)", () => {
  it.each(published.averages.map((a) => [a.period, a] as const))("%s", (_period, a) => {
    const months = published.months[String(a.year) as Year].sameMonth.map((g) => 100 + g);
    const r = periodAverageIndex(months, null, a.through, "same-month", a.first);
    expect(isFailure(r)).toBe(false);
    expect(printed(r as number)).toBe(formatNumber(a.printed, 2, "vi"));
  });

  it("cites a release for every average, whose quoted sentence prints the average", () => {
    for (const a of published.averages) {
      expect(a.url).toMatch(/^https?:\/\//);
      expect(a.quote).toMatch(printedPercent(a.printed, a.url));
    }
  });

  it("cites a release for every monthly figure, whose quoted sentence prints it", () => {
    for (const y of Object.keys(published.months) as Year[]) {
      const { sameMonth, sources } = published.months[y];
      const cited = sources as Record<string, { url: string; quote: string }>;
      sameMonth.forEach((g, i) => {
        const s = cited[String(i + 1)];
        expect(s?.url).toMatch(/^https?:\/\//);
        expect(s?.quote).toMatch(printedPercent(g, s?.url ?? ""));
      });
    }
  });

  it("gives the same average from fixed-base numbers built from the same monthly indices", () => {
    for (const y of Object.keys(published.months) as Year[]) {
      const yoy = published.months[y].sameMonth;
      // Any positive last-year levels: this year's month is last year's times its same-month index.
      const last = yoy.map((_, i) => 150 + 3 * i);
      const now = last.map((p, i) => (p * (100 + (yoy[i] as number))) / 100);
      for (const through of [3, 9, 12]) {
        const a = periodAverageIndex(now, last, through, "fixed") as number;
        const b = periodAverageIndex(
          yoy.map((g) => 100 + g),
          null,
          through,
          "same-month",
        ) as number;
        expect(a).toBeCloseTo(b, 12);
      }
    }
  });

  it("is not the ratio of simple averages of fixed-base numbers when the months move apart", () => {
    // Two months, last year 100 and 200, this year 110 and 200: geometric mean of 1.1 and 1.0 is 1.0488;
    // the ratio of averages is 310 / 300 = 1.0333.
    const r = periodAverageIndex([110, 200], [100, 200], 2, "fixed") as number;
    expect(r).toBeCloseTo(Math.sqrt(1.1), 12);
  });
});

describe("what the average refuses", () => {
  it("names a missing month of this year", () => {
    const r = periodAverageIndex([101, null, 102], null, 3, "same-month");
    expect(isFailure(r) && r.kind === "na" && r.message.en).toContain("T2");
  });

  it("names a missing month of last year for a fixed base", () => {
    const r = periodAverageIndex([101, 102], [100, null], 2, "fixed");
    expect(isFailure(r) && r.message.en).toContain("T2 (last year)");
  });

  it("needs last year's months for a fixed base", () => {
    expect(isFailure(periodAverageIndex([101], null, 1, "fixed"))).toBe(true);
  });

  it.each([0, -5])("refuses an index of %s", (bad) => {
    expect(isFailure(periodAverageIndex([bad], null, 1, "same-month"))).toBe(true);
    expect(isFailure(periodAverageIndex([100], [bad], 1, "fixed"))).toBe(true);
  });

  it.each([0, 13, 2.5])("refuses through month %s", (t) => {
    expect(isFailure(periodAverageIndex([100], null, t, "same-month"))).toBe(true);
  });
});

describe("properties of the geometric mean of monthly indices", () => {
  const ratio = fc.double({ min: 0.5, max: 2, noNaN: true });
  const ratios = fc.array(ratio, { minLength: 1, maxLength: 12 });

  it("lies between the lowest and the highest monthly index", () => {
    fc.assert(
      fc.property(ratios, (rs) => {
        const g = geometricMean(rs);
        return g >= Math.min(...rs) * (1 - 1e-12) && g <= Math.max(...rs) * (1 + 1e-12);
      }),
    );
  });

  it("is never above the arithmetic mean of the same indices", () => {
    fc.assert(
      fc.property(ratios, (rs) => geometricMean(rs) <= (rs.reduce((a, b) => a + b, 0) / rs.length) * (1 + 1e-12)),
    );
  });

  it("of a fixed base does not depend on the base (both years scaled alike)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 50, max: 300, noNaN: true }), ratio), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (pairs, k, through) => {
          const last = pairs.map(([p]) => p);
          const now = pairs.map(([p, r]) => p * r);
          const a = periodAverageIndex(now, last, through, "fixed") as number;
          const b = periodAverageIndex(
            now.map((x) => x * k),
            last.map((x) => x * k),
            through,
            "fixed",
          ) as number;
          return Math.abs(a - b) <= 1e-9 * a;
        },
      ),
    );
  });

  it("of the same index every month is that index", () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 1, max: 12 }), (r, through) => {
        const months = new Array(12).fill(r * 100);
        const g = periodAverageIndex(months, null, through, "same-month") as number;
        return Math.abs(g - r) <= 1e-12 * r;
      }),
    );
  });

  it("of a quarter uses only the quarter's months", () => {
    const ratiosQ3 = sameMonthRatios([1, 1, 1, 1, 1, 1, 103, 104, 105, null, null, null], null, 7, 9, "same-month");
    expect(ratiosQ3).toEqual([1.03, 1.04, 1.05]);
  });
});

describe("the monthly figures of the CPI fixture", () => {
  it("quote the figure they cite, for every month that has a source", () => {
    for (const y of Object.keys(published.months) as Year[]) {
      const { sameMonth, sources } = published.months[y];
      for (const [m, src] of Object.entries(sources as Record<string, { url: string; quote: string }>)) {
        const g = sameMonth[Number(m) - 1] as number;
        const vi = formatNumber(g, 2, "vi").replace(/,?0+$/, "");
        const en = formatNumber(g, 2, "en").replace(/\.?0+$/, "");
        expect(src.quote.includes(vi + "%") || src.quote.includes(en + "%")).toBe(true);
      }
    }
  });
});
