/**
 * Percent-formatted cells (src/core/percentShown.ts): the number Excel shows is the value times 100
 * (1,6145 in "0.00%" shows 161,45%), and a figure off by about ×100 against the rest of its row is found.
 */
import fc from "fast-check";
import { scaleOutliers, shownPercent } from "../../src/core/percentShown";
import { runs } from "../setup/runs";

const RUNS = runs(500);

describe("shownPercent", () => {
  it.each([
    [1.6145, 161.45],
    [1.0763, 107.63],
    [0.14, 14],
    [0.0022, 0.22],
    [-0.064, -6.4],
    [0, 0],
  ])("%p shows %p", (value, shown) => {
    expect(shownPercent(value)).toBe(shown);
  });

  it("gives back the figure an officer typed as a percent (x% held as x / 100), to the digit", () => {
    // Figures with up to 4 decimals and 9 significant digits, as offices type them.
    const typed = fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => n / 10_000);
    fc.assert(
      fc.property(typed, (x) => shownPercent(x / 100) === x),
      RUNS,
    );
  });
});

describe("scaleOutliers", () => {
  /** Four to twelve positive figures within a factor 3 of each other. */
  const row = fc
    .tuple(
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 4, maxLength: 12 }),
    )
    .map(([base, factors]) => factors.map((f) => base * f));

  it("finds nothing in a row whose figures lie within a factor 3 of each other, blanks and zeros aside", () => {
    fc.assert(
      fc.property(row, fc.array(fc.constantFrom(null, 0), { maxLength: 3 }), (xs, extra) => {
        expect(scaleOutliers([...xs, ...extra])).toEqual([]);
      }),
      RUNS,
    );
  });

  it("finds exactly the one figure multiplied or divided by 100, and names the row's typical figure", () => {
    fc.assert(
      fc.property(row, fc.nat(), fc.constantFrom(100, 0.01), (xs, pick, by) => {
        const i = pick % xs.length;
        const slipped = xs.map((x, j) => (j === i ? x * by : x));
        const found = scaleOutliers(slipped);
        expect(found.map((f) => f.at)).toEqual([i]);
        const others = xs.filter((_x, j) => j !== i);
        expect(found[0]!.typical).toBeGreaterThanOrEqual(Math.min(...others));
        expect(found[0]!.typical).toBeLessThanOrEqual(Math.max(...others));
      }),
      RUNS,
    );
  });

  it("judges no figure against fewer than three others (which of two would be wrong?)", () => {
    expect(scaleOutliers([107.63, 1.0763])).toEqual([]);
    expect(scaleOutliers([107.63, 1.0763, null, 108])).toEqual([]);
    expect(scaleOutliers([153.9, 155.6, 155.5, 16145])).toEqual([{ at: 3, typical: 155.5 }]);
  });
});
