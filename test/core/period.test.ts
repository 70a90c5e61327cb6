/**
 * The one period rule (src/core/period.ts): a period figure exists iff every month of the period is
 * there (a level: iff any month at or before its end is); it is then the sum, the average or the latest
 * value (DOMAIN.md, "Indicator kinds"); a blank month never shortens it; an overflowing sum is an error.
 */
import fc from "fast-check";
import { isPeriodGap, periodFigure, periodValue } from "../../src/core/period";
import type { MonthValue } from "../../src/core/types";
import { RUNS } from "./arbitraries";

const figure = fc.integer({ min: -1e6, max: 1e6 });
/** Twelve months, each a figure or blank (null). */
const months = fc.array(fc.option(figure, { nil: null, freq: 4 }), { minLength: 12, maxLength: 12 });
const through = fc.integer({ min: 1, max: 12 });

describe("periodFigure", () => {
  it("has a figure for a flow or an index exactly when every month of the period is there", () => {
    fc.assert(
      fc.property(months, through, fc.constantFrom("flow" as const, "index" as const), (m, t, kind) => {
        const complete = m.slice(0, t).every((v) => typeof v === "number");
        return isPeriodGap(periodFigure(m, t, kind)) === !complete;
      }),
      RUNS,
    );
  });

  it("is then the sum (flow) or the average (index) of the period's months", () => {
    const full = fc.array(figure, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(full, through, (m, t) => {
        const sum = m.slice(0, t).reduce((a, b) => a + b, 0);
        const flow = periodFigure(m, t, "flow");
        const index = periodFigure(m, t, "index");
        return (
          !isPeriodGap(flow) &&
          flow.value === sum &&
          !isPeriodGap(index) &&
          Math.abs(index.value - sum / t) <= 1e-9 * Math.max(1, Math.abs(sum))
        );
      }),
      RUNS,
    );
  });

  it("loses the figure when any month of the period is removed, naming that month", () => {
    const full = fc.array(figure, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(full, through, fc.nat(11), fc.constantFrom("flow" as const, "index" as const), (m, t, k, kind) => {
        const hole = k % t; // a month inside 1..t
        const holed: MonthValue[] = m.slice();
        holed[hole] = null;
        const r = periodFigure(holed, t, kind);
        return isPeriodGap(r) && r.reason === "missing" && r.months.join() === String(hole + 1);
      }),
      RUNS,
    );
  });

  it("gives a level its latest value at or before the period's end, and the month it stands at", () => {
    fc.assert(
      fc.property(months, through, (m, t) => {
        const r = periodFigure(m, t, "level");
        let latest = 0;
        for (let i = 1; i <= t; i++) if (typeof m[i - 1] === "number") latest = i;
        if (latest === 0) return isPeriodGap(r);
        return !isPeriodGap(r) && r.month === latest && r.value === m[latest - 1];
      }),
      RUNS,
    );
  });

  it("says a period past the last month with data is missing those months (data to T9, report to T11)", () => {
    const m = [1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null];
    const r = periodFigure(m, 11, "flow");
    expect(isPeriodGap(r) && r.months).toEqual([10, 11]);
    expect(periodValue(m, 11, "flow")).toMatchObject({ kind: "na", code: "missing" });
  });

  it("never reads the blank T5 of GTSX 2013 as zero (DOMAIN.md sample: the nine months sum 20.000 + T5)", () => {
    const gtsx = [2150, 1950, 2260, 2310, null, 2400, 2440, 2500, 2620, null, null, null];
    const r = periodValue(gtsx, 9, "flow");
    expect(r).toMatchObject({ kind: "na", code: "missing" });
    expect(typeof r === "object" && r.message.vi).toContain("T5");
  });

  it("answers an overflowing sum with an error naming the month cells, never a number", () => {
    const huge = [1e308, 1e308, 1e308, 1e308, 1e308, 1e308, 1e308, 1e308, 1e308, null, null, null];
    const r = periodFigure(huge, 9, "flow");
    expect(isPeriodGap(r) && r.reason).toBe("overflow");
    expect(isPeriodGap(r) && r.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const v = periodValue(huge, 9, "flow");
    expect(v).toMatchObject({ kind: "value", code: "overflow" });
    expect(typeof v === "object" && v.message.en).toContain("T1, T2");
    // An average of months Excel holds stays within them; a sum of two may not: every partial sum stays within the months.
    expect(periodValue([9e307, 9e307, 9e307], 3, "index")).toBeCloseTo(9e307, -300);
    expect(periodValue([9e307, 9e307], 2, "flow")).toMatchObject({ code: "overflow" });
  });

  it("never returns a number that is not finite, whatever the months", () => {
    const any = fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null, freq: 6 }), {
      minLength: 12,
      maxLength: 12,
    });
    fc.assert(
      fc.property(any, through, fc.constantFrom("flow" as const, "index" as const, "level" as const), (m, t, k) => {
        const v = periodValue(m, t, k);
        return typeof v !== "number" || Number.isFinite(v);
      }),
      RUNS,
    );
  });
});
