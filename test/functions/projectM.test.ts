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

describe("CT.PROJECTM with past_years and method auto (tự động)", () => {
  // 10 a month in January–June, 20 in July–December, every year: 120 of 180 by September (a share of 2/3).
  const halves = [10, 10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 20];
  const thisYear = [...halves.slice(0, 9), null, null, null];
  const past = [halves, halves, halves, halves, halves];

  it("keeps the method exact on every past year: 120 × 180 / 120 = 180 (run rate: 160)", () => {
    expect(one(pm([thisYear], null, null, [["tự động"]], null, past))).toBeCloseTo(180, 9);
  });

  it("spills the estimate, the method and its mean past error when details is TRUE", () => {
    expect(pm([thisYear], null, null, [["auto"]], null, past, [[true]])).toEqual([[180, "mùa vụ năm trước", 0]]);
  });

  it("with only last year, gives seasonal exactly as before and says why", () => {
    const seasonal = one(pm([ty], [ly], null, [["seasonal"]]));
    expect(one(pm([ty], [ly], null, [["tự động"]]))).toBe(seasonal);
    expect(pm([ty], [ly], null, [["auto"]], null, null, [[true]])).toEqual([
      [seasonal, "chưa đủ 3 năm để kiểm chứng (có 0): tính theo mùa vụ năm trước", ""],
    ]);
  });

  it("without last year or past years, auto is run rate, the default without last year", () => {
    expect(one(pm([ty], null, null, [["auto"]]))).toBeCloseTo((tySum * 12) / 9, 9);
  });

  it("answers #VALUE! when past_years comes with several rows of this year", () => {
    expect(codeOf(one(pm([thisYear, thisYear], null, null, [["auto"]], null, past)))).toBe("#VALUE!");
  });

  it("names a forced method in the details, with no error", () => {
    expect(pm([thisYear], null, null, [["runrate"]], null, null, [[true]])).toEqual([[160, "bình quân tháng", ""]]);
  });
});
