import fc from "fast-check";
import { cagr } from "../../src/core/cagr";
import { contribution } from "../../src/core/contrib";
import { isFailure } from "../../src/core/failure";
import { growth } from "../../src/core/growth";
import { needed } from "../../src/core/needed";

const RUNS = { numRuns: 10000 };
const positive = fc.double({
  min: 0.01,
  max: 1e6,
  noNaN: true,
  noDefaultInfinity: true,
});
const finite = fc.double({
  min: -1e9,
  max: 1e9,
  noNaN: true,
  noDefaultInfinity: true,
});

describe("needed", () => {
  it.each([
    [21000, 34500, 9, 4500],
    [0, 1200, 1, 1200 / 11],
    [100, 100, 6, 0],
    [150, 100, 6, 0],
    [150, 100, 12, 0],
  ])(
    "needs per month, with %p done of %p by month %p, %p",
    (ytd, plan, m, expected) => {
      expect(needed(ytd, plan, m)).toBeCloseTo(expected, 9);
    },
  );

  it("returns #N/A with a message in month 12 when the plan is not reached", () => {
    expect(needed(90, 100, 12)).toMatchObject({
      kind: "na",
      code: "year-over",
    });
  });

  it.each([0, 13, 6.5])("returns #VALUE! for month %p", (m) => {
    expect(needed(1, 2, m)).toMatchObject({
      kind: "value",
      code: "month-range",
    });
  });

  it("reaches the plan exactly when the needed average is kept up", () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.integer({ min: 1, max: 11 }),
        (ytd, plan, m) => {
          const r = needed(ytd, plan, m);
          if (isFailure(r)) return false;
          return ytd >= plan
            ? r === 0
            : Math.abs(ytd + r * (12 - m) - plan) <= 1e-9 * plan;
        },
      ),
      RUNS,
    );
  });
});

describe("cagr", () => {
  it.each([
    [100, 200, 5, Math.pow(2, 1 / 5) - 1],
    [100, 100, 3, 0],
    [100, 0, 2, -1],
    [12000, 18000, 5, 0.08447],
  ])(
    "gives the yearly growth from %p to %p over %p years",
    (s, e, y, expected) => {
      expect(cagr(s, e, y)).toBeCloseTo(expected, 4);
    },
  );

  it("returns #DIV/0! for a start of 0", () => {
    expect(cagr(0, 5, 2)).toMatchObject({ kind: "div0" });
  });

  it.each([
    [-1, 5, 2],
    [5, -1, 2],
    [-5, -10, 2],
  ])(
    "returns #VALUE! with a message for negative figures (%p to %p)",
    (s, e, y) => {
      expect(cagr(s, e, y)).toMatchObject({ kind: "value", code: "cagr-sign" });
    },
  );

  it.each([0, -2])("returns #VALUE! for %p years", (y) => {
    expect(cagr(1, 2, y)).toMatchObject({
      kind: "value",
      code: "years-positive",
    });
  });

  it("gives the end back when the start grows at the rate for the years", () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.integer({ min: 1, max: 30 }),
        (s, e, y) => {
          const r = cagr(s, e, y);
          return (
            typeof r === "number" &&
            Math.abs(s * Math.pow(1 + r, y) - e) <= 1e-7 * Math.max(e, s)
          );
        },
      ),
      RUNS,
    );
  });

  it("equals the simple growth over one year", () => {
    fc.assert(
      fc.property(positive, positive, (s, e) => {
        const r = cagr(s, e, 1);
        const g = growth(e, s);
        return (
          typeof r === "number" &&
          typeof g === "number" &&
          Math.abs(r - g) <= 1e-9 * Math.max(1, Math.abs(g))
        );
      }),
      RUNS,
    );
  });
});

describe("contribution", () => {
  it("gives the points a part added to the whole", () => {
    expect(contribution(18500, 17600, 19962)).toBeCloseTo(0.04509, 4);
  });

  it("returns #DIV/0! when the whole was 0", () => {
    expect(contribution(1, 1, 0)).toMatchObject({
      kind: "div0",
      code: "zero-total",
    });
  });

  it("adds the parts' contributions up to the whole's growth", () => {
    fc.assert(
      fc.property(positive, positive, positive, positive, (a0, a1, b0, b1) => {
        const total0 = a0 + b0;
        const ca = contribution(a1, a0, total0);
        const cb = contribution(b1, b0, total0);
        const g = growth(a1 + b1, total0);
        if (isFailure(ca) || isFailure(cb) || isFailure(g)) return false;
        return Math.abs(ca + cb - g) <= 1e-9 * Math.max(1, Math.abs(g));
      }),
      RUNS,
    );
  });

  it("never returns NaN or Infinity", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), finite, (n, b, t) => {
        const r = contribution(n, b, t);
        return isFailure(r) || Number.isFinite(r);
      }),
      RUNS,
    );
  });
});
