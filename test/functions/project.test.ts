import fc from "fast-check";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { PROJECT } from "../../src/functions/project";
import { anyArg, optionalArg, positive, RUNS } from "./arbitraries";

const pr = (...a: unknown[]): unknown[][] => PROJECT(...(a as Parameters<typeof PROJECT>));

describe("CT.PROJECT", () => {
  it("follows last year's seasonal shape by default when last year is given", () => {
    expect(one(pr([[21000]], [[9]], [[19962]], [[27500]]))).toBeCloseTo((21000 * 27500) / 19962, 6);
  });

  it("runs the year at the run rate without last year", () => {
    expect(one(pr([[21000]], [[9]]))).toBeCloseTo(28000, 9);
  });

  it.each([["runrate"], ["manual"]])("uses the run rate when the method is %p", (m) => {
    expect(one(pr([[21000]], [[9]], [[19962]], [[27500]], [[m]]))).toBeCloseTo(28000, 9);
  });

  it.each([
    ["the month is 0", [[0]], null, null, null, "#VALUE!"],
    ["seasonal is asked without last year", [[9]], null, null, [["seasonal"]], "#N/A"],
    ["last year's YTD is blank in a given range", [[9]], [[null]], [[27500]], null, "#N/A"],
    ["last year's YTD is 0", [[9]], [[0]], [[27500]], null, "#DIV/0!"],
    ["the method is recent (needs months)", [[9]], null, null, [["recent"]], "#VALUE!"],
    ["the method is unknown", [[9]], null, null, [["magic"]], "#VALUE!"],
  ])("returns an error when %s", (_why, month, lyy, lyt, method, code) => {
    expect(codeOf(one(pr([[21000]], month, lyy, lyt, method)))).toBe(code);
  });

  it("gives last year's total back for last year's own YTD", () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 12 }), (y, rest, m) => {
        const r = one(pr([[y]], [[m]], [[y]], [[y + rest]])) as number;
        return Math.abs(r - (y + rest)) <= 1e-9 * (y + rest);
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, optionalArg, optionalArg, optionalArg, (a, b, c, d, e) =>
        allCellsSafe(pr(a, b, c, d, e)),
      ),
      RUNS,
    );
  });
});
