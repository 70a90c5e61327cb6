import fc from "fast-check";
import { runs } from "../setup/runs";
import { isFailure } from "../../src/core/failure";
import { needed } from "../../src/core/needed";

const RUNS = runs(10000);
const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("needed", () => {
  it.each([
    [21000, 34500, 9, 4500],
    [0, 1200, 1, 1200 / 11],
    [100, 100, 6, 0],
    [150, 100, 6, 0],
    [150, 100, 12, 0],
  ])("needs per month, with %p done of %p by month %p, %p", (ytd, plan, m, expected) => {
    expect(needed(ytd, plan, m)).toBeCloseTo(expected, 9);
  });

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
      fc.property(positive, positive, fc.integer({ min: 1, max: 11 }), (ytd, plan, m) => {
        const r = needed(ytd, plan, m);
        if (isFailure(r)) return false;
        return ytd >= plan ? r === 0 : Math.abs(ytd + r * (12 - m) - plan) <= 1e-9 * plan;
      }),
      RUNS,
    );
  });
});
