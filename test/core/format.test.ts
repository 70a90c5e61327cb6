import fc from "fast-check";
import { runs } from "../setup/runs";
import { formatNumber, formatPercent, formatTrim, roundHalfAway } from "../../src/core/format";

describe("formatNumber", () => {
  it.each([
    [21000, 0, "vi", "21.000"],
    [21000, 0, "en", "21,000"],
    [5.2, 1, "vi", "5,2"],
    [5.2, 1, "en", "5.2"],
    [1234567.891, 2, "vi", "1.234.567,89"],
    [1234567.891, 2, "en", "1,234,567.89"],
    [-6.4, 1, "vi", "-6,4"],
    [-0.04, 1, "vi", "0,0"],
    [0.5, 0, "vi", "1"],
    [1.005, 2, "en", "1.01"],
    [999.96, 1, "vi", "1.000,0"],
    [NaN, 1, "vi", ""],
    [Infinity, 0, "en", ""],
  ] as const)("writes %p with %i decimals in %s as %p", (x, d, lang, text) => {
    expect(formatNumber(x, d, lang)).toBe(text);
  });

  it("reads back to the rounded number in both styles", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const vi = formatNumber(x, d, "vi");
        const en = formatNumber(x, d, "en");
        expect(Number(vi.split(".").join("").replace(",", "."))).toBeCloseTo(roundHalfAway(x, d), 6);
        expect(Number(en.split(",").join(""))).toBeCloseTo(roundHalfAway(x, d), 6);
        expect(vi.replace(/[.,]/g, "")).toBe(en.replace(/[.,]/g, ""));
      }),
      runs(10000),
    );
  });
});

describe("formatPercent", () => {
  it.each([
    [0.052, 1, "vi", "5,2%"],
    [0.0763, 2, "vi", "7,63%"],
    [0.0022, 2, "en", "0.22%"],
    [-0.064, 1, "vi", "-6,4%"],
    [1.2, 0, "vi", "120%"],
  ] as const)("writes the fraction %p as %p", (x, d, lang, text) => {
    expect(formatPercent(x, d, lang)).toBe(text);
  });
});

describe("formatTrim", () => {
  it.each([
    [61, 1, "vi", "61"],
    [7.6, 2, "vi", "7,6"],
    [21000, 0, "vi", "21.000"],
    [0.22, 2, "en", "0.22"],
  ] as const)("drops trailing zeros of %p", (x, d, lang, text) => {
    expect(formatTrim(x, d, lang)).toBe(text);
  });
});
