/**
 * Percent decimals in sentences (issue 9 point 7): at 1 or 2 printed decimals a sentence's percent of plan and
 * growth are hedged one step coarser than the printed digit, never more, with "gần" / "hơn" on the true side.
 */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { sentence } from "../../src/core/narrative";

/** The figure a clause says, its decimals and its hedge word. */
function said(text: string, re: RegExp): { n: number; k: number; word: string } | null {
  const m = re.exec(text);
  if (!m || m[2] === undefined) return null;
  const digits = m[2];
  const comma = digits.indexOf(",");
  return {
    n: Number(digits.replace(/\./g, "").replace(",", ".")),
    k: comma < 0 ? 0 : digits.length - comma - 1,
    word: (m[1] ?? "").trim(),
  };
}

const PLAN = /đạt (gần |hơn )?([0-9.,]+)% kế hoạch/;
const GROWTH = /tăng (gần |hơn )?([0-9.,]+)% so với/;

describe("a sentence's percents at the officer's decimals", () => {
  it("stay within one step coarser than the printed digit, on the side the true value lies", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: 1_001, max: 9_999 }),
        fc.integer({ min: 1_050, max: 10_000 }),
        fc.constantFrom(1, 2),
        fc.constantFrom("approx" as const, "exact" as const),
        (value, planPer, prevPer, d, style) => {
          // value / plan in (10%, 99,9%); growth on previous in (0%, 95%).
          const plan = (value * 10_000) / planPer / 10;
          const previous = (value * 1_000) / prevPer;
          const text = sentence({
            name: "x",
            value,
            unit: "tỷ đồng",
            plan,
            previous,
            lang: "vi",
            style,
            percentDecimals: d,
          });
          for (const [re, truth] of [
            [PLAN, (value / plan) * 100],
            [GROWTH, (value / previous - 1) * 100],
          ] as const) {
            const s = said(text, re);
            if (s === null) continue; // "bằng cùng kỳ", or a percent over 100 said as "vượt"
            const coarse = style === "approx" ? d - 1 : d;
            expect(s.k).toBeLessThanOrEqual(d);
            expect(Math.abs(s.n - truth)).toBeLessThanOrEqual(0.5 * 10 ** -coarse + 1e-9);
            if (s.word === "gần") expect(s.n).toBeGreaterThan(truth);
            if (s.word === "hơn") expect(s.n).toBeLessThan(truth);
            if (s.word === "") expect(Math.abs(s.n - truth)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
          }
        },
      ),
      runs(2000),
    );
  });

  it("say the second decimal only where the officer chose 2", () => {
    // 45.150 / 89.119 = 50,6626%: Dĩ An, 6 months of 2018, printed "đạt 50,66% kế hoạch".
    const at = (d?: number): string =>
      sentence({
        name: "x",
        value: 45150,
        unit: "tỷ đồng",
        plan: 89119,
        lang: "vi",
        ...(d ? { percentDecimals: d } : {}),
      });
    expect(at(2)).toContain("đạt 50,66% kế hoạch");
    expect(at()).toContain("đạt 50,7% kế hoạch");
    expect(at(1)).toContain("đạt 50,7% kế hoạch");
  });
});

describe("the clause on the period before (quarter, month) at the officer's decimals", () => {
  const PRIOR = /(tăng|giảm) (gần |hơn )?([0-9.,]+)% so với quý trước/;
  it("is hedged at most one step coarser than the printed digit, as the same-period clause", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: 1_050, max: 10_000 }),
        fc.constantFrom(1, 2),
        (value, priorPer, d) => {
          const prior = (value * 1_000) / priorPer; // growth on the prior quarter in (0%, 95%)
          const text = sentence({
            name: "x",
            value,
            unit: "tỷ đồng",
            priorPeriod: prior,
            lang: "vi",
            style: "approx",
            period: { month: 9, year: 2013, kind: "quarter" },
            percentDecimals: d,
          });
          const m = PRIOR.exec(text);
          if (!m || m[3] === undefined) return; // "bằng quý trước"
          const truth = (value / prior - 1) * 100;
          const n = Number(m[3].replace(/\./g, "").replace(",", "."));
          expect(Math.abs(n - truth)).toBeLessThanOrEqual(0.5 * 10 ** -(d - 1) + 1e-9);
          if ((m[2] ?? "") === "") expect(Math.abs(n - truth)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
        },
      ),
      runs(2000),
    );
  });

  it("says 18,75% for a quarter of 570 on 480 at 2 decimals (not 'gần 19%')", () => {
    // 570 / 480 = 1,1875: printed 118,75 at 2 decimals; half-way on 18,8, so the digits stay.
    const text = sentence({
      name: "x",
      value: 570,
      unit: "tỷ đồng",
      priorPeriod: 480,
      lang: "vi",
      style: "approx",
      period: { month: 9, year: 2013, kind: "quarter" },
      percentDecimals: 2,
    });
    expect(text).toContain("tăng 18,75% so với quý trước");
  });
});
