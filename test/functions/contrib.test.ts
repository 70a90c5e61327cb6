import fc from "fast-check";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { CONTRIB } from "../../src/functions/contrib";
import { GROWTH } from "../../src/functions/growth";
import { anyArg, positive, RUNS } from "./arbitraries";

const ct = (...a: unknown[]): unknown[][] => CONTRIB(...(a as Parameters<typeof CONTRIB>));

describe("CT.CONTRIB", () => {
  it("gives the points a part added to the whole as a fraction", () => {
    expect(one(ct([[18500]], [[17600]], [[19962]]))).toBeCloseTo(0.04509, 4);
  });

  it.each([
    ["the whole was 0", 1, 1, 0, "#DIV/0!"],
    ["the part before is blank", 1, null, 5, "#N/A"],
    ["the whole is text", 1, 1, "tổng", "#VALUE!"],
  ])("returns an error when %s", (_why, n, b, t, code) => {
    expect(codeOf(one(ct([[n]], [[b]], [[t]])))).toBe(code);
  });

  it("spills a column of parts against one whole, adding up to the whole's growth", () => {
    const parts = ct([[60], [55]], [[50], [50]], [[100]]);
    const whole = one(GROWTH([[115]], [[100]])) as number;
    expect((parts[0]?.[0] as number) + (parts[1]?.[0] as number)).toBeCloseTo(whole, 12);
  });

  it("adds the parts' contributions up to the whole's growth", () => {
    fc.assert(
      fc.property(positive, positive, positive, positive, (a0, a1, b0, b1) => {
        const r = ct([[a1], [b1]], [[a0], [b0]], [[a0 + b0]]);
        const g = one(GROWTH([[a1 + b1]], [[a0 + b0]])) as number;
        return Math.abs((r[0]?.[0] as number) + (r[1]?.[0] as number) - g) <= 1e-9 * Math.max(1, Math.abs(g));
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (a, b, c) => allCellsSafe(ct(a, b, c))),
      RUNS,
    );
  });
});
