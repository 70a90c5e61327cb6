import fc from "fast-check";
import { runs } from "../setup/runs";
import { holtWintersForecast } from "../../src/core/holtWinters";

const RUNS = runs(200);
const pattern = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 });

describe("holtWintersForecast", () => {
  it("needs two whole years", () => {
    expect(holtWintersForecast(Array<number>(23).fill(5), 3, "additive")).toBeNull();
  });

  it("refuses a month that is not positive in the multiplicative model", () => {
    const x = [...Array<number>(23).fill(5), 0];
    expect(holtWintersForecast(x, 3, "multiplicative")).toBeNull();
    expect(holtWintersForecast(x, 3, "additive")).not.toBeNull();
  });

  it("continues a straight line: 1, 2, 3 … 24 gives 25, 26, 27 (no season, no noise: every grid point fits)", () => {
    // Level 6.5 and trend 1 start the first year; the seasonal factors of the line are 0, every forecast exact.
    const x = Array.from({ length: 24 }, (_, i) => i + 1);
    const f = holtWintersForecast(x, 3, "additive") as number[];
    f.forEach((v, i) => expect(v).toBeCloseTo(25 + i, 9));
  });

  it("repeats a season that repeats exactly, in both models", () => {
    fc.assert(
      fc.property(pattern, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 11 }), (p, years, m) => {
        const x = [...Array.from({ length: years }, () => p).flat(), ...p.slice(0, m)];
        for (const how of ["additive", "multiplicative"] as const) {
          const f = holtWintersForecast(x, 12 - m, how) as number[];
          f.forEach((v, h) => expect(v).toBeCloseTo(p[m + h] as number, 6));
        }
      }),
      RUNS,
    );
  });

  it("carries a trend under an additive season: pattern + 10 a month", () => {
    fc.assert(
      fc.property(pattern, (p) => {
        const x = Array.from({ length: 36 }, (_, t) => (p[t % 12] as number) + 10 * t);
        const f = holtWintersForecast(x, 5, "additive") as number[];
        f.forEach((v, h) => expect(v).toBeCloseTo((p[(36 + h) % 12] as number) + 10 * (36 + h), 6));
      }),
      RUNS,
    );
  });
});
