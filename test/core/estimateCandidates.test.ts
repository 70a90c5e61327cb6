import fc from "fast-check";
import { runs } from "../setup/runs";
import { candidateEstimate, CANDIDATES, yearFigure } from "../../src/core/estimateCandidates";

const RUNS = runs(200);
const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const year12 = fc.array(positive, { minLength: 12, maxLength: 12 });

// Last year 100, 110 … 210 (total 1860); the year before it 90 … 200 (total 1740); before that 80 … 190 (1620).
const y3 = Array.from({ length: 12 }, (_, i) => 80 + 10 * i);
const y2 = Array.from({ length: 12 }, (_, i) => 90 + 10 * i);
const y1 = Array.from({ length: 12 }, (_, i) => 100 + 10 * i);
const thisYear = [120, 130, 140]; // YTD 390, M = 3
const input = { kind: "flow" as const, months: thisYear, history: [y3, y2, y1] };

describe("candidateEstimate for a flow, worked by hand", () => {
  it("seasonal: 390 × 1860 / 330 = 2198,18…", () => {
    expect(candidateEstimate("seasonal", input)).toBeCloseTo((390 * 1860) / 330, 9);
  });

  it("seasonal3: 390 / mean(270/1620, 300/1740, 330/1860) = 390 / 0,17213… = 2265,7…", () => {
    // Months 1..3 and totals: 80+90+100 = 270 of 1620; 90+100+110 = 300 of 1740; 100+110+120 = 330 of 1860.
    const shares = [270 / 1620, 300 / 1740, 330 / 1860];
    expect(candidateEstimate("seasonal3", input)).toBeCloseTo(390 / ((shares[0]! + shares[1]! + shares[2]!) / 3), 9);
  });

  it("recent: 390 + 9 × 130 = 1560; runrate: 390 × 12 / 3 = 1560", () => {
    expect(candidateEstimate("recent", input)).toBeCloseTo(1560, 9);
    expect(candidateEstimate("runrate", input)).toBeCloseTo(1560, 9);
  });

  it("Holt-Winters: a 10-a-month line goes on: 990 + (350 + 360 + … + 430) = 990 + 3510", () => {
    // 80..190, then 200..310, then the third year's months 1..3: 320, 330, 340 (YTD 990).
    const thirdYear = { kind: "flow" as const, months: [320, 330, 340], history: [y3, y3.map((v) => v + 120)] };
    const rest = Array.from({ length: 9 }, (_, i) => 350 + 10 * i).reduce((s, v) => s + v, 0);
    expect(candidateEstimate("holtWinters", thirdYear)).toBeCloseTo(990 + rest, 6);
  });

  it("Holt-Winters needs 2 past years; seasonal needs 1", () => {
    expect(candidateEstimate("holtWinters", { ...input, history: [y1] })).toBeNull();
    expect(candidateEstimate("seasonal", { ...input, history: [] })).toBeNull();
  });

  it("every candidate gives the year itself once all 12 months are in", () => {
    fc.assert(
      fc.property(year12, year12, year12, (a, b, c) => {
        for (const m of CANDIDATES.flow)
          expect(candidateEstimate(m, { kind: "flow", months: c, history: [a, b] })).toBeCloseTo(
            yearFigure("flow", c),
            3,
          );
      }),
      RUNS,
    );
  });

  it("the share methods are exact when this year has last year's shape at any scale", () => {
    fc.assert(
      fc.property(year12, fc.double({ min: 0.5, max: 2, noNaN: true }), fc.integer({ min: 1, max: 11 }), (ly, k, M) => {
        const ty = ly.map((v) => v * k);
        const est = candidateEstimate("seasonal", { kind: "flow", months: ty.slice(0, M), history: [ly] }) as number;
        expect(est / yearFigure("flow", ty)).toBeCloseTo(1, 9);
        const est3 = candidateEstimate("seasonal3", {
          kind: "flow",
          months: ty.slice(0, M),
          history: [ly, ly, ly],
        }) as number;
        expect(est3 / yearFigure("flow", ty)).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });
});

describe("candidateEstimate for an index (base 100, same month of last year)", () => {
  const months = [104, 106, 105]; // M = 3
  const idx = { kind: "index" as const, months, history: [] };

  it("latest: the geometric mean of 104, 106, 105 and nine months of 105", () => {
    const expected = Math.exp((Math.log(104) + Math.log(106) + 10 * Math.log(105)) / 12);
    expect(candidateEstimate("latest", idx)).toBeCloseTo(expected, 9);
  });

  it("recent carries the average of the last 3 months (105); soFar is the average so far", () => {
    expect(candidateEstimate("recent", idx)).toBeCloseTo(candidateEstimate("latest", idx) as number, 9);
    expect(candidateEstimate("soFar", idx)).toBeCloseTo(Math.cbrt(104 * 106 * 105), 9);
  });

  it("the arithmetic average when asked: (104 + 106 + 105 × 10) / 12 = 105", () => {
    expect(candidateEstimate("latest", { ...idx, geometric: false })).toBeCloseTo(105, 9);
  });

  it("an index estimate lies between the smallest and the largest month", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 50, max: 200, noNaN: true }), { minLength: 1, maxLength: 12 }), (ms) => {
        for (const m of CANDIDATES.index) {
          const e = candidateEstimate(m, { kind: "index", months: ms, history: [] }) as number;
          expect(e).toBeGreaterThanOrEqual(Math.min(...ms) - 1e-9);
          expect(e).toBeLessThanOrEqual(Math.max(...ms) + 1e-9);
        }
      }),
      RUNS,
    );
  });
});
