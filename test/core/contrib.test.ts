import fc from "fast-check";
import { contribution } from "../../src/core/contrib";
import { isFailure } from "../../src/core/failure";
import { growth } from "../../src/core/growth";

import { finite, RUNS } from "./arbitraries";

const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });

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
