/** Units that scale in sentences (issue 9, point 4; DOMAIN.md): the office's own lines are the examples. */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { scaleUnit } from "../../src/core/scaleUnit";
import { amountWords, sentence } from "../../src/core/narrative";

describe("scaleUnit", () => {
  it.each([
    [4567835, "tỷ đồng", "vi", "4.567,8 nghìn tỷ đồng"],
    [259670, "triệu USD", "vi", "259,67 tỷ USD"],
    [355500, "triệu USD", "vi", "355,5 tỷ USD"],
    [4567835, "billion VND", "en", "4,567.8 trillion VND"],
    [1234567, "triệu đồng", "vi", "1.234,6 tỷ đồng"],
    // Smaller figures the office scales when no digit is lost (test/fixtures/published/comparisons.json).
    [515400, "tỷ đồng", "vi", "515,4 nghìn tỷ đồng"],
    [1563, "triệu USD", "vi", "1,563 tỷ USD"],
    [4505, "triệu USD", "vi", "4,505 tỷ USD"],
    [565800, "billion VND", "en", "565.8 trillion VND"],
  ] as const)("%p %s reads %p", (x, unit, lang, words) => {
    expect(amountWords(x, unit, 0, lang, "approx")).toBe(words);
    expect(amountWords(x, unit, 0, lang, "exact")).toBe(words);
  });

  it.each([
    [567634.2, "tỷ đồng"],
    [720.6, "triệu USD"],
    [9999.4, "triệu USD"],
    [485984, "tỷ đồng"],
    [99900, "tỷ đồng"],
    [999, "triệu USD"],
    [21000, "tấn"],
    [98.3, "%"],
  ] as const)("leaves %p %s in its unit", (x, unit) => {
    expect(scaleUnit(x, unit, "vi")).toBeNull();
  });

  it("keeps the value: the scaled figure times the factor is the value within the printed digit", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e12, noNaN: true }), (x) => {
        const s = scaleUnit(x, "tỷ đồng", "vi");
        expect(s).not.toBeNull();
        expect(Math.abs((s?.value ?? 0) * 1000 - x)).toBeLessThan(1e-6 * x);
      }),
    );
  });

  it("scales a smaller figure only when the scaled figure holds every digit of the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 999_999 }), (x) => {
        const s = scaleUnit(x, "tỷ đồng", "vi");
        if (x % 100 === 0) expect(s?.unit).toBe("nghìn tỷ đồng");
        else expect(s).toBeNull();
        if (s) expect(Math.round(s.value * 10) * 100).toBe(x);
      }),
    );
  });

  it("writes the scaled unit in a sentence; the table keeps the data's unit (the report's unit column)", () => {
    expect(sentence({ name: "tổng mức bán lẻ", value: 4567835, unit: "tỷ đồng", lang: "vi", estimated: true })).toBe(
      "Tổng mức bán lẻ ước đạt 4.567,8 nghìn tỷ đồng.",
    );
  });
});

describe("a figure too small for its unit (issue 17, point 9)", () => {
  it.each([
    // 0,004 triệu USD is 4.000 USD: 4 nghìn USD, never "0 triệu USD".
    [0.004, "triệu USD", "vi", "4 nghìn USD"],
    [0.004, "million USD", "en", "4 thousand USD"],
    [0.0043, "triệu USD", "vi", "4,3 nghìn USD"],
    [0.04, "triệu USD", "vi", "40 nghìn USD"],
    [0.002, "tỷ đồng", "vi", "2 triệu đồng"],
    // No smaller unit known: the digits the figure needs.
    [0.004, "tấn", "vi", "0,004 tấn"],
    // Printed well at its decimals: unchanged.
    [0.5, "triệu USD", "vi", "0,5 triệu USD"],
  ] as const)("writes %p %s (%s) as %p", (value, unit, lang, words) => {
    expect(amountWords(value, unit, 2, lang, "exact")).toBe(words);
  });

  it("never writes a non-zero figure as 0 in any unit, exact or approx (property)", () => {
    const units = fc.constantFrom("triệu USD", "tỷ đồng", "triệu đồng", "tấn", "nghìn tấn", "%", "");
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        units,
        fc.constantFrom("exact" as const, "approx" as const),
        (x, d, unit, style) => !/^(gần |hơn )?0( |%|$)/.test(amountWords(x, unit, d, "vi", style)),
      ),
      runs(2000),
    );
  });
});
