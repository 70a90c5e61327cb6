import { estimateYear } from "../../src/core/estimate";
import { describeChoice, errorExceedsPrecision, estimateChosen, yearRanges } from "../../src/core/estimateChosen";
import type { AutoChoice } from "../../src/core/estimateAuto";

const halves = (a: number, b: number): number[] => [...Array<number>(6).fill(a), ...Array<number>(6).fill(b)];
const ty = [...Array<number>(6).fill(10), ...Array<null>(6).fill(null)];

describe("estimateChosen", () => {
  it("with only last year, gives today's seasonal estimate exactly and says why", () => {
    const input = {
      kind: "flow" as const,
      months: ty,
      through: 6,
      method: "auto" as const,
      lastYearMonths: halves(10, 20),
    };
    const r = estimateChosen({ ...input, year: 2023, pastYears: [{ year: 2022, months: halves(10, 20) }] });
    expect(r.value).toBe(estimateYear({ ...input, method: "seasonal" }));
    expect(r.value).toBe(180); // 60 × 180 / 60
    expect(r.choice).toMatchObject({ chosen: false, reason: "few-years" });
  });

  it("a forced method is estimateYear's, with no choice", () => {
    const r = estimateChosen({ kind: "flow", months: ty, through: 6, method: "runrate", year: 2023 });
    expect(r).toEqual({ value: 120, choice: null });
  });

  it("chooses over 3 or more past years", () => {
    const pastYears = [2018, 2019, 2020, 2021, 2022].map((year) => ({ year, months: halves(10, 20) }));
    const r = estimateChosen({ kind: "flow", months: ty, through: 6, method: "auto", year: 2023, pastYears });
    expect(r.value).toBe(180);
    expect(r.choice).toMatchObject({ chosen: true, method: "seasonal", error: 0 });
  });
});

describe("describeChoice", () => {
  const choice: AutoChoice = {
    chosen: true,
    method: "seasonal3",
    estimate: 1000,
    error: 0.009,
    years: [2019, 2021, 2022, 2018],
    errors: {},
    leftOut: [{ year: 2020, reason: "break" }],
  };

  it("names the method, its error and the years, in both languages", () => {
    expect(describeChoice(choice)).toEqual({
      vi: "chọn: mùa vụ bình quân 3 năm; sai số bình quân 0,9% các năm 2018–2019, 2021–2022; không tính năm 2020 (năm đột biến)",
      en: "chosen: the average seasonal shape of 3 years; mean error 0.9% over 2018–2019, 2021–2022; left out: 2020 (a break)",
    });
  });

  it("says why it fell back", () => {
    expect(describeChoice({ chosen: false, reason: "few-years", years: [2022], leftOut: [] }).vi).toBe(
      "chưa đủ 3 năm để kiểm chứng (có 1): tính theo mùa vụ năm trước",
    );
  });

  it("writes runs of years as ranges", () => {
    expect(yearRanges([2014, 2015, 2016, 2018, 2020, 2021])).toBe("2014–2016, 2018, 2020–2021");
  });
});

describe("errorExceedsPrecision", () => {
  const choice = (error: number): AutoChoice => ({
    chosen: true,
    method: "seasonal",
    estimate: 0,
    error,
    years: [],
    errors: {},
    leftOut: [],
  });
  it("0,9% of 21.000 (189) is wider than half a unit of 1 decimal (0,05): say khoảng", () => {
    expect(errorExceedsPrecision(choice(0.009), 21000, 1)).toBe(true);
  });
  it("an error of 0 never hedges, nor does a fallback", () => {
    expect(errorExceedsPrecision(choice(0), 21000, 1)).toBe(false);
    expect(errorExceedsPrecision({ chosen: false, reason: "few-years", years: [], leftOut: [] }, 21000, 1)).toBe(false);
  });
  it("0,1% of 20 (0,02) is within half a unit of 1 decimal", () => {
    expect(errorExceedsPrecision(choice(0.001), 20, 1)).toBe(false);
  });
});
