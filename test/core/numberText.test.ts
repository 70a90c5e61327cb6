import fc from "fast-check";
import { runs } from "../setup/runs";
import { formatNumber } from "../../src/core/format";
import { parseNumberText } from "../../src/core/numberText";

describe("parseNumberText", () => {
  it.each([
    ["21.000", "vi", 21000, "vi", true],
    ["5,2", "vi", 5.2, "vi", false],
    ["1.234,5", "vi", 1234.5, "vi", false],
    ["1,234.5", "vi", 1234.5, "en", false],
    ["1,234.5", "en", 1234.5, "en", false],
    ["2.200", "vi", 2200, "vi", true],
    ["2.200", "en", 2.2, "en", true],
    ["2,2", "vi", 2.2, "vi", false],
    ["5.2", "vi", 5.2, "en", false],
    ["21000", "vi", 21000, "vi", false],
    ["-6,4", "vi", -6.4, "vi", false],
    ["−6,4", "vi", -6.4, "vi", false],
    ["7,63%", "vi", 7.63, "vi", false],
    [" 1 234 ", "vi", 1234, "vi", false],
  ] as const)("reads %p in %s style as %p (%s style, ambiguous %p)", (text, style, value, readStyle, ambiguous) => {
    expect(parseNumberText(text, style)).toEqual({ value, style: readStyle, ambiguous });
  });

  it.each(["", "abc", "1.2.3,4,5", "12,34,56", "--1", "1e5", "5,2 tỷ", "#N/A"])("does not read %p", (text) => {
    expect(parseNumberText(text, "vi")).toBeNull();
  });

  it("reads any number written in the declared style back to itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("vi" as const, "en" as const),
        (n, d, style) => {
          const x = n / Math.pow(10, d);
          const r = parseNumberText(formatNumber(x, d, style), style);
          expect(r?.style).toBe(style);
          expect(r?.value).toBeCloseTo(x, 9);
        },
      ),
      runs(10000),
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumberText(s, "vi");
        if (r) expect(Number.isFinite(r.value)).toBe(true);
      }),
      runs(10000),
    );
  });
});
