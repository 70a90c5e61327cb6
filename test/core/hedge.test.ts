/**
 * Hedging one step coarser than the table, never more (issue 9, point 3; DOMAIN.md "What real published
 * reports do"). The worked examples are the and DOMAIN.md's own lines.
 */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { hedge, roundTo } from "../../src/core/hedge";
import { amountWords, sentence, spoken } from "../../src/core/narrative";

describe("the worked examples", () => {
  it.each([
    // value, decimals the table prints, the sentence's words
    [60.96, 1, "%", "gần 61%"], // 21.000 / 34.450: the seed report says "đạt gần 61%"
    [60.8, 1, "%", "gần 61%"],
    [119.6, 1, "triệu USD", "gần 120 triệu USD"],
    [18.3, 1, "%", "hơn 18%"],
    [11093, 0, "tỷ đồng", "hơn 11.090 tỷ đồng"],
    [720.6, 1, "triệu USD", "gần 721 triệu USD"],
    [21000, 0, "tỷ đồng", "21.000 tỷ đồng"],
    [74.5, 1, "%", "74,5%"],
    [82.5, 1, "%", "82,5%"],
    [5.2, 1, "%", "5,2%"],
    [6.4, 1, "%", "6,4%"],
  ] as const)("%p printed with %i decimals reads %p", (x, d, unit, words) => {
    expect(amountWords(x, unit, d, "vi", "approx")).toBe(words);
  });

  it.each([
    [567634.2, 1, "hơn 567.634 tỷ đồng"],
    [567634.2, 0, "hơn 567.630 tỷ đồng"],
  ] as const)("never rounds 567.634,2 to two significant digits (table with %p decimals: %p)", (x, d, words) => {
    const w = amountWords(x, "tỷ đồng", d as number, "vi", "approx");
    expect(w).toBe(words);
    expect(w).not.toContain("570.000");
  });

  it("writes an exact sentence with the printed digits, no hedge", () => {
    expect(amountWords(60.96, "%", 1, "vi", "exact")).toBe("61%");
    expect(amountWords(11093, "tỷ đồng", 0, "vi", "exact")).toBe("11.093 tỷ đồng");
  });

  it("speaks English hedges", () => {
    expect(spoken(119.6, 1, "en", "approx")).toBe("nearly 120");
    expect(spoken(11093, 0, "en", "approx")).toBe("more than 11,090");
  });

  it("hedges the percent of plan of the seed in CT.NARRATIVE's approx style: 21.000 of 34.450 is gần 61%", () => {
    expect(sentence({ name: "x", value: 21000, unit: "tỷ đồng", plan: 34450, lang: "vi", style: "approx" })).toBe(
      "X đạt 21.000 tỷ đồng, đạt gần 61% kế hoạch năm.",
    );
  });
});

describe("hedging properties", () => {
  const value = fc.double({ min: 0.01, max: 1e7, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 2 });

  it("a hedged figure is within half a coarser step of the true value, and only one step coarser", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const h = hedge(x, d);
        if (h.side === "printed") return h.value === roundTo(x, d);
        const coarse = Math.pow(10, 1 - d);
        // A multiple of the coarser step, and no coarser than it.
        expect(Math.abs(h.value / coarse - Math.round(h.value / coarse))).toBeLessThan(1e-6);
        expect(Math.abs(h.value - x)).toBeLessThanOrEqual(coarse / 2 + 1e-9 * x);
        return true;
      }),
      runs(10000),
    );
  });

  it("says gần when the true value is below the figure and hơn when above", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const h = hedge(x, d);
        if (h.side === "under") expect(x).toBeLessThan(h.value);
        if (h.side === "over") expect(x).toBeGreaterThan(h.value);
        const words = spoken(x, d, "vi", "approx");
        expect(words.startsWith("gần ")).toBe(h.side === "under");
        expect(words.startsWith("hơn ")).toBe(h.side === "over");
      }),
      runs(10000),
    );
  });

  it("keeps a figure that is exactly the coarser figure as printed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), decimals, (n, d) => {
        const x = n * Math.pow(10, 1 - d);
        expect(hedge(x, d).side).toBe("printed");
      }),
    );
  });

  it("is symmetric in sign", () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const a = hedge(x, d);
        const b = hedge(-x, d);
        expect(b.side).toBe(a.side);
        expect(b.value).toBeCloseTo(-a.value, 9);
      }),
    );
  });
});
