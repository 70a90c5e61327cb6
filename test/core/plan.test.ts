import fc from "fast-check";
import { isFailure } from "../../src/core/failure";
import { planPct } from "../../src/core/plan";

import { nonZero, RUNS } from "./arbitraries";

describe("planPct", () => {
  it.each([
    [21000, 34500, false, 0.6087],
    [120, 161.07, false, 0.745],
    [2200, 2666.67, false, 0.825],
    [6.5, 7, true, 1.0769],
    [8, 7, true, 0.875],
  ])("gives %p against a plan of %p (lower is better: %p) as %p", (a, p, lower, expected) => {
    expect(planPct(a, p, lower)).toBeCloseTo(expected, 3);
  });

  it("returns #DIV/0! with the zero-plan code when the plan is 0", () => {
    expect(planPct(5, 0)).toMatchObject({ kind: "div0", code: "zero-plan" });
  });

  it("returns #DIV/0! for a ceiling target whose actual is 0", () => {
    expect(planPct(0, 7, true)).toMatchObject({
      kind: "div0",
      code: "zero-actual-ceiling",
    });
  });

  it("gives exactly 1 for a result equal to its plan, either way round", () => {
    fc.assert(
      fc.property(nonZero, fc.boolean(), (x, lower) => planPct(x, x, lower) === 1),
      RUNS,
    );
  });

  it("reads a ceiling target as the inverse of the ordinary ratio", () => {
    fc.assert(
      fc.property(nonZero, nonZero, (a, p) => {
        const up = planPct(a, p);
        const down = planPct(a, p, true);
        if (isFailure(up) || isFailure(down)) return true;
        return Math.abs(up * down - 1) < 1e-9;
      }),
      RUNS,
    );
  });

  it("never returns NaN or Infinity and never throws", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.boolean(), (a, p, l) => {
        const r = planPct(a, p, l);
        return isFailure(r) || Number.isFinite(r);
      }),
      RUNS,
    );
  });
});
