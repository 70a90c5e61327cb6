import fc from "fast-check";
import { isFailure } from "../../src/core/failure";
import { growth, indexOf } from "../../src/core/growth";

import { finite, nonZero, RUNS } from "./arbitraries";

describe("growth", () => {
  it.each([
    [21000, 19962, 0.052],
    [120, 101.5, 0.1823],
    [93.6, 100, -0.064],
    [100, 100, 0],
    [-5, -10, 0.5],
    [-15, -10, -0.5],
    [5, -10, 1.5],
  ])("gives the growth of %p on %p as %p", (cur, prev, expected) => {
    expect(growth(cur, prev)).toBeCloseTo(expected, 3);
  });

  it("returns #DIV/0! with the zero-base code when the base is 0", () => {
    expect(growth(5, 0)).toMatchObject({ kind: "div0", code: "zero-base" });
  });

  it.each([NaN, Infinity, -Infinity])("returns #NUM! when an input is %p", (bad) => {
    expect(growth(bad, 1)).toMatchObject({ kind: "num" });
    expect(growth(1, bad)).toMatchObject({ kind: "num" });
  });

  it("gives the base back when the growth is applied in reverse", () => {
    fc.assert(
      fc.property(finite, nonZero, (cur, prev) => {
        const g = growth(cur, prev);
        if (isFailure(g)) return true; // overflow of huge ratios is a failure, never a number
        return Math.abs(prev + g * Math.abs(prev) - cur) <= 1e-6 * Math.max(1, Math.abs(cur), Math.abs(prev));
      }),
      RUNS,
    );
  });

  it("never returns NaN or Infinity and never throws", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        const g = growth(a, b);
        return isFailure(g) || Number.isFinite(g);
      }),
      RUNS,
    );
  });

  it("has the sign of the change for any non-zero base", () => {
    fc.assert(
      fc.property(finite, nonZero, (cur, prev) => {
        const g = growth(cur, prev);
        return isFailure(g) || Math.sign(g) === Math.sign(cur - prev) || g === 0;
      }),
      RUNS,
    );
  });
});

describe("indexOf", () => {
  it.each([
    [21000, 19962, 100, 105.2],
    [107.63, 100, 100, 107.63],
    [50, 100, 1, 0.5],
    [-5, -10, 100, 150],
  ])("gives the index of %p on %p with base %p as %p", (cur, prev, base, expected) => {
    expect(indexOf(cur, prev, base)).toBeCloseTo(expected, 2);
  });

  it("uses 100 as the base when none is given", () => {
    expect(indexOf(110, 100)).toBeCloseTo(110, 10);
  });

  it("returns #DIV/0! when the previous period is 0", () => {
    expect(indexOf(1, 0)).toMatchObject({ kind: "div0" });
  });

  it("equals base × (1 + growth) for every input", () => {
    fc.assert(
      fc.property(finite, nonZero, (cur, prev) => {
        const i = indexOf(cur, prev);
        const g = growth(cur, prev);
        if (isFailure(i) || isFailure(g)) return isFailure(i) === isFailure(g) || isFailure(i);
        return Math.abs(i - 100 * (1 + g)) <= 1e-6 * Math.max(1, Math.abs(i));
      }),
      RUNS,
    );
  });
});
