import fc from "fast-check";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { PROJECTM } from "../../src/functions/projectM";
import { anyCell, optionalArg, positive, range, RUNS } from "./arbitraries";

const pm = (...a: unknown[]): unknown[][] => PROJECTM(...(a as Parameters<typeof PROJECTM>));
const ly = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 250];
const ty = [110, 121, 132, 143, 154, 165, 176, 187, 198, null, null, null];
const lyTotal = ly.reduce((s, x) => s + x, 0);
const tySum = 110 + 121 + 132 + 143 + 154 + 165 + 176 + 187 + 198;

describe("CT.PROJECTM", () => {
  it.each([
    ["seasonal by default with last year", [ly], null, null, lyTotal * 1.1],
    ["runrate", [ly], null, [["runrate"]], (tySum * 12) / 9],
    ["runrate by default without last year", null, null, null, (tySum * 12) / 9],
    ["recent", null, null, [["recent"]], tySum + 3 * ((176 + 187 + 198) / 3)],
    ["an index's year average", null, [["bình quân"]], null, (tySum + 3 * 198) / 12],
    ["a level's latest value", [ly], [["cuối kỳ"]], null, 198],
  ])("estimates the year: %s", (_why, last, kind, method, expected) => {
    expect(one(pm([ty], last, kind, method))).toBeCloseTo(expected, 6);
  });

  it("stops at the through month when one is given", () => {
    expect(one(pm([ty], null, null, null, [[3]]))).toBeCloseTo(((110 + 121 + 132) * 12) / 3, 9);
  });

  it("gives one estimate per row, and leaves a blank row blank", () => {
    const r = pm([ty, new Array(12).fill(null), ty], [ly]);
    expect(r).toHaveLength(3);
    expect(r[1]).toEqual([""]);
    expect(r[2]?.[0]).toBeCloseTo(lyTotal * 1.1, 6);
  });

  it.each([
    ["last year has a blank month", [ty], [[...ly.slice(0, 11), null]], null, "#N/A"],
    ["last year has other rows", [ty, ty], [ly, ly, ly], null, "#VALUE!"],
    ["a month inside the period is blank", [[1, null, 3]], null, null, "#N/A"],
    ["the method is unknown", [ty], null, [["magic"]], "#VALUE!"],
  ])("returns an error when %s", (_why, months, last, method, code) => {
    const r = pm(months, last, null, method);
    expect(codeOf(r[0]?.[0])).toBe(code);
  });

  it("gives last year's own total back when last year is projected on itself", () => {
    const year = fc.array(positive, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (months, m) => {
        const r = one(pm([months], [months], null, null, [[m]])) as number;
        const total = months.reduce((s, x) => s + x, 0);
        return Math.abs(r - total) <= 1e-9 * total;
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(range(anyCell, 3, 13), optionalArg, optionalArg, optionalArg, optionalArg, (a, b, c, d, e) =>
        allCellsSafe(pm(a, b, c, d, e)),
      ),
      RUNS,
    );
  });
});
