import fc from "fast-check";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { CAGR } from "../../src/functions/cagr";
import { anyArg, positive, RUNS } from "./arbitraries";

const cg = (...a: unknown[]): unknown[][] => CAGR(...(a as Parameters<typeof CAGR>));

describe("CT.CAGR", () => {
  it.each([
    [100, 200, 5, Math.pow(2, 0.2) - 1],
    [12000, 18000, 5, 0.08447],
    [100, 100, 3, 0],
  ])("gives the yearly growth from %p to %p over %p years", (s, e, y, expected) => {
    expect(one(cg([[s]], [[e]], [[y]]))).toBeCloseTo(expected, 4);
  });

  it.each([
    ["the start is 0", 0, 5, 2, "#DIV/0!"],
    ["the start is negative", -1, 5, 2, "#VALUE!"],
    ["the years are 0", 1, 2, 0, "#VALUE!"],
    ["the years are blank", 1, 2, null, "#N/A"],
  ])("returns an error when %s", (_why, s, e, y, code) => {
    expect(codeOf(one(cg([[s]], [[e]], [[y]])))).toBe(code);
  });

  it("gives the end back when the start grows at the rate for the years", () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 30 }), (s, e, y) => {
        const r = one(cg([[s]], [[e]], [[y]])) as number;
        return Math.abs(s * Math.pow(1 + r, y) - e) <= 1e-7 * Math.max(s, e);
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (a, b, c) => allCellsSafe(cg(a, b, c))),
      RUNS,
    );
  });
});
