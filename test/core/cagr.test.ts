import fc from "fast-check";
import { runs } from "../setup/runs";
import { cagr } from "../../src/core/cagr";
import { growth } from "../../src/core/growth";

const RUNS = runs(10000);
const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("cagr", () => {
  it.each([
    [100, 200, 5, Math.pow(2, 1 / 5) - 1],
    [100, 100, 3, 0],
    [100, 0, 2, -1],
    [12000, 18000, 5, 0.08447],
  ])("gives the yearly growth from %p to %p over %p years", (s, e, y, expected) => {
    expect(cagr(s, e, y)).toBeCloseTo(expected, 4);
  });

  it("returns #DIV/0! for a start of 0", () => {
    expect(cagr(0, 5, 2)).toMatchObject({ kind: "div0" });
  });

  it.each([
    [-1, 5, 2],
    [5, -1, 2],
    [-5, -10, 2],
  ])("returns #VALUE! with a message for negative figures (%p to %p)", (s, e, y) => {
    expect(cagr(s, e, y)).toMatchObject({ kind: "value", code: "cagr-sign" });
  });

  it.each([0, -2])("returns #VALUE! for %p years", (y) => {
    expect(cagr(1, 2, y)).toMatchObject({
      kind: "value",
      code: "years-positive",
    });
  });

  it("gives the end back when the start grows at the rate for the years", () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 30 }), (s, e, y) => {
        const r = cagr(s, e, y);
        return typeof r === "number" && Math.abs(s * Math.pow(1 + r, y) - e) <= 1e-7 * Math.max(e, s);
      }),
      RUNS,
    );
  });

  it("equals the simple growth over one year", () => {
    fc.assert(
      fc.property(positive, positive, (s, e) => {
        const r = cagr(s, e, 1);
        const g = growth(e, s);
        return typeof r === "number" && typeof g === "number" && Math.abs(r - g) <= 1e-9 * Math.max(1, Math.abs(g));
      }),
      RUNS,
    );
  });
});
