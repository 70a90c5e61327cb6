import fc from "fast-check";
import { runs } from "../setup/runs";
import { chooseEstimate } from "../../src/core/estimateAuto";
import type { AutoChoice, PastYear } from "../../src/core/estimateAuto";
import { candidateEstimate, yearFigure } from "../../src/core/estimateCandidates";
import type { MonthValue } from "../../src/core/types";

const RUNS = runs(100);
const halves = (a: number, b: number): number[] => [...Array<number>(6).fill(a), ...Array<number>(6).fill(b)];
const upTo = (months: number[], M: number): MonthValue[] => months.map((v, i) => (i < M ? v : null));

describe("chooseEstimate, worked by hand", () => {
  // Every year: 10 a month in January–June, 20 in July–December (60 of 180: a share of 1/3).
  const past: PastYear[] = [2018, 2019, 2020, 2021, 2022].map((year) => ({ year, months: halves(10, 20) }));

  it("picks the share method that is exact over the run rate that misses by a third", () => {
    const c = chooseEstimate({
      kind: "flow",
      year: 2023,
      months: upTo(halves(10, 20), 6),
      through: 6,
      pastYears: past,
    });
    expect(c.chosen).toBe(true);
    const choice = c as AutoChoice;
    expect(choice.method).toBe("seasonal"); // seasonal, seasonal3 and Holt-Winters are exact: the first wins
    expect(choice.estimate).toBeCloseTo(180, 9);
    expect(choice.error).toBe(0);
    // run rate and recent: 60 × 2 = 120 for 180, |120 − 180| / 180 = 1/3 in every year
    expect(choice.errors.runrate).toBeCloseTo(1 / 3, 12);
    expect(choice.errors.recent).toBeCloseTo(1 / 3, 12);
    // 2018 has no year before it; Holt-Winters needs two, so 2019 is left out too and 2020–2022 are compared
    expect(choice.years).toEqual([2020, 2021, 2022]);
    expect(choice.leftOut).toEqual([
      { year: 2018, reason: "no-year-before" },
      { year: 2019, reason: "short-history" },
    ]);
  });

  it("names a break year (every method errs over 3× its median) and leaves it out", () => {
    // Flat at 10 a month, except the second half of 2020 at 20: every method errs on 2020 (1/3 each), none
    // on the others but seasonal (2021 shaped like 2020: 180 for 120, 1/2) and the methods learning from 2020.
    const flat = Array<number>(12).fill(10);
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((year) => ({
      year,
      months: year === 2020 ? halves(10, 20) : flat,
    }));
    const c = chooseEstimate({ kind: "flow", year: 2023, months: upTo(flat, 6), through: 6, pastYears: years });
    expect(c.chosen).toBe(true);
    const choice = c as AutoChoice;
    expect(choice.leftOut).toEqual([
      { year: 2015, reason: "no-year-before" },
      { year: 2016, reason: "short-history" },
      { year: 2020, reason: "break" },
    ]);
    expect(choice.years).toEqual([2017, 2018, 2019, 2021, 2022]);
    expect(choice.method).toBe("recent"); // recent and run rate: 60 + 6 × 10 = 120, exact every year; recent first
    expect(choice.estimate).toBe(120);
    expect(choice.error).toBe(0);
    expect(choice.errors.seasonal).toBeCloseTo(0.5 / 5, 12); // 1/2 in 2021, 0 in the four other years
  });

  it("falls back with the reason when fewer than 3 years can be tested: only last year", () => {
    const c = chooseEstimate({
      kind: "flow",
      year: 2023,
      months: upTo(halves(10, 20), 6),
      through: 6,
      pastYears: [{ year: 2022, months: halves(10, 20) }],
    });
    expect(c).toEqual({
      chosen: false,
      reason: "few-years",
      years: [],
      leftOut: [{ year: 2022, reason: "no-year-before" }],
    });
  });

  it("leaves out a year with a hole or a revision, and the year after a hole", () => {
    const withHole: PastYear[] = past.map((p) =>
      p.year === 2019 ? { year: 2019, months: [...halves(10, 20).slice(0, 11), null] } : p,
    );
    withHole.push({ year: 2017, months: halves(10, 20), revised: true });
    const c = chooseEstimate({
      kind: "flow",
      year: 2023,
      months: upTo(halves(10, 20), 6),
      through: 6,
      pastYears: withHole,
    });
    expect(c.leftOut).toEqual(
      expect.arrayContaining([
        { year: 2017, reason: "revised" },
        { year: 2019, reason: "incomplete" },
        { year: 2020, reason: "no-year-before" },
      ]),
    );
    expect(c.chosen).toBe(false); // 2021 and 2022 are all that is left
  });

  it("says so when this year has a hole before the report's month", () => {
    const months = [10, null, 10, 10, 10, 10, null, null, null, null, null, null];
    const c = chooseEstimate({ kind: "flow", year: 2023, months, through: 6, pastYears: past });
    expect(c).toMatchObject({ chosen: false, reason: "this-year-incomplete" });
  });
});

describe("chooseEstimate, properties", () => {
  const year12 = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 });

  it("the error said is the chosen method's mean over the years named, and no candidate did better", () => {
    fc.assert(
      fc.property(fc.array(year12, { minLength: 5, maxLength: 7 }), fc.integer({ min: 1, max: 11 }), (ys, M) => {
        const pastYears = ys.slice(0, -1).map((months, i) => ({ year: 2010 + i, months }));
        const year = 2010 + ys.length - 1;
        const c = chooseEstimate({ kind: "flow", year, months: upTo(ys.at(-1)!, M), through: M, pastYears });
        if (!c.chosen) return;
        for (const e of Object.values(c.errors)) expect(c.error).toBeLessThanOrEqual(e as number);
        const errs = c.years.map((y) => {
          const i = y - 2010;
          const history = ys.slice(0, i).slice(-i); // every year before y is whole here
          const est = candidateEstimate(c.method, { kind: "flow", months: ys[i]!.slice(0, M), history }) as number;
          const actual = yearFigure("flow", ys[i]!);
          return Math.abs(est - actual) / actual;
        });
        expect(c.error).toBeCloseTo(errs.reduce((s, x) => s + x, 0) / errs.length, 9);
        expect(c.years.length).toBeGreaterThanOrEqual(3);
      }),
      RUNS,
    );
  });
});
