import fc from "fast-check";
import { allCellsSafe, codeOf, one, StubError } from "./customFunctionsStub";
import { NEEDED } from "../../src/functions/needed";
import { anyArg, positive, RUNS } from "./arbitraries";

const nd = (...a: unknown[]): unknown[][] => NEEDED(...(a as Parameters<typeof NEEDED>));

describe("CT.NEEDED", () => {
  it.each([
    [21000, 34500, 9, 4500],
    [120, 100, 9, 0],
    [100, 100, 12, 0],
  ])("needs, with %p done of %p by month %p, %p a month", (y, p, m, expected) => {
    expect(one(nd([[y]], [[p]], [[m]]))).toBeCloseTo(expected, 9);
  });

  it("returns #N/A saying the year is over in month 12 when the plan is not reached", () => {
    const r = one(nd([[90]], [[100]], [[12]])) as StubError;
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain("month 12");
  });

  it.each([
    [[[1]], [[2]], [[0]], "#VALUE!"],
    [[[1]], [[2]], [[null]], "#N/A"],
    [[["x"]], [[2]], [[3]], "#VALUE!"],
  ])("returns an error for %j, %j, %j", (y, p, m, code) => {
    expect(codeOf(one(nd(y, p, m)))).toBe(code);
  });

  it("reaches the plan when the needed average is kept up", () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 11 }), (y, p, m) => {
        const r = one(nd([[y]], [[p]], [[m]])) as number;
        return y >= p ? r === 0 : Math.abs(y + r * (12 - m) - p) <= 1e-9 * p;
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (a, b, c) => allCellsSafe(nd(a, b, c))),
      RUNS,
    );
  });
});
