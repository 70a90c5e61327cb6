import fc from "fast-check";
import { allCellsSafe, codeOf, one, StubError } from "./customFunctionsStub";
import { GROWTH } from "../../src/functions/growth";
import { anyArg, positive, RUNS } from "./arbitraries";

type Args = Parameters<typeof GROWTH>;
const g = (...a: unknown[]): unknown[][] => GROWTH(...(a as Args));

describe("CT.GROWTH", () => {
  it.each([
    [21000, 19962, 0.052],
    [93.6, 100, -0.064],
    [-5, -10, 0.5],
  ])("gives the growth of %p on %p as %p", (c, p, expected) => {
    expect(one(g([[c]], [[p]]))).toBeCloseTo(expected as number, 3);
  });

  it.each([
    ["the base is 0", 5, 0, "#DIV/0!"],
    ["the current figure is blank", null, 5, "#N/A"],
    ["the previous figure is blank", 5, "", "#N/A"],
    ["the current figure is text", "21.000", 5, "#VALUE!"],
    ["the previous figure is TRUE", 5, true, "#VALUE!"],
  ])("returns an error when %s", (_why, c, p, code) => {
    expect(codeOf(one(g([[c]], [[p]])))).toBe(code);
  });

  it("gives a message for #N/A and #VALUE! but none for #DIV/0!", () => {
    const na = one(g([[null]], [[5]])) as StubError;
    expect(na.message).toMatch(/Thiếu số liệu .* \/ Missing/);
    expect((one(g([[1]], [[0]])) as StubError).message).toBeUndefined();
  });

  it("passes an incoming Excel error through untouched", () => {
    const e = new StubError("#REF!" as never);
    expect(one(g([[e]], [[5]]))).toBe(e);
  });

  it("leaves a row blank when both figures are blank", () => {
    expect(one(g([[null]], [[""]]))).toBe("");
  });

  it("spills a range against a single previous figure, cell by cell", () => {
    const r = g([[110], [null], [90]], [[100]]);
    expect(r[0]?.[0]).toBeCloseTo(0.1, 10);
    expect(codeOf(r[1]?.[0])).toBe("#N/A");
    expect(r[2]?.[0]).toBeCloseTo(-0.1, 10);
  });

  it("returns one #VALUE! with a message when the ranges differ in size", () => {
    const r = g([[1, 2, 3]], [[1, 2]]);
    expect(codeOf(one(r))).toBe("#VALUE!");
    expect((one(r) as StubError).message).toContain("1x3");
  });

  it("gives back the current figure when the growth is applied to the previous one", () => {
    fc.assert(
      fc.property(positive, positive, (c, p) => {
        const r = one(g([[c]], [[p]])) as number;
        return Math.abs(p * (1 + r) - c) <= 1e-9 * Math.max(c, p);
      }),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell, whatever Excel hands it", () => {
    fc.assert(
      fc.property(anyArg, anyArg, (a, b) => allCellsSafe(g(a, b))),
      RUNS,
    );
  });
});
