import fc from "fast-check";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { INDEX } from "../../src/functions/indexOf";
import { GROWTH } from "../../src/functions/growth";
import { anyArg, optionalArg, positive, RUNS } from "./arbitraries";

const idx = (...a: unknown[]): unknown[][] => INDEX(...(a as Parameters<typeof INDEX>));

describe("CT.INDEX", () => {
  it.each([
    [[[21000]], [[19962]], null, 105.2],
    [[[107.63]], [[100]], null, 107.63],
    [[[50]], [[100]], [[1]], 0.5],
    [[[50]], [[100]], [[""]], 50],
  ])("gives the index of %j on %j with base %j as %p", (c, p, b, expected) => {
    expect(one(idx(c, p, b))).toBeCloseTo(expected, 2);
  });

  it.each([
    [[[1]], [[0]], "#DIV/0!"],
    [[[1]], [["x"]], "#VALUE!"],
    [[[1]], [[null]], "#N/A"],
  ])("returns an error for %j on %j", (c, p, code) => {
    expect(codeOf(one(idx(c, p)))).toBe(code);
  });

  it("refuses text as the base with #VALUE!", () => {
    expect(codeOf(one(idx([[1]], [[2]], [["cent"]])))).toBe("#VALUE!");
  });

  it("is 100 × (1 + CT.GROWTH) for the same figures", () => {
    fc.assert(
      fc.property(positive, positive, (c, p) => {
        const i = one(idx([[c]], [[p]])) as number;
        const gr = one(GROWTH([[c]], [[p]])) as number;
        return Math.abs(i - 100 * (1 + gr)) <= 1e-9 * Math.max(1, i);
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, optionalArg, (a, b, c) => allCellsSafe(idx(a, b, c))),
      RUNS,
    );
  });
});
