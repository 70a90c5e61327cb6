import fc from "fast-check";
import { allCellsSafe, codeOf, one, StubError } from "./customFunctionsStub";
import { PLANPCT } from "../../src/functions/planPct";
import { anyArg, optionalArg, positive, RUNS } from "./arbitraries";

const pp = (...a: unknown[]): unknown[][] => PLANPCT(...(a as Parameters<typeof PLANPCT>));

describe("CT.PLANPCT", () => {
  it.each([
    [21000, 34500, null, 0.6087],
    [2200, 2666.67, null, 0.825],
    [6.5, 7, true, 1.0769],
    [6.5, 7, 1, 1.0769],
    [6.5, 7, false, 0.9286],
    [6.5, 7, "", 0.9286],
  ])("gives %p against a plan of %p (lower is better: %p) as %p", (a, p, l, expected) => {
    expect(one(pp([[a]], [[p]], l === null ? null : [[l]]))).toBeCloseTo(expected, 3);
  });

  it.each([
    ["the plan is 0", 5, 0, null, "#DIV/0!"],
    ["the plan is blank", 5, null, null, "#N/A"],
    ["the actual is text", "5,2", 5, null, "#VALUE!"],
    ["the switch is a word", 5, 5, "yes", "#VALUE!"],
  ])("returns an error when %s", (_why, a, p, l, code) => {
    expect(codeOf(one(pp([[a]], [[p]], l === null ? null : [[l]])))).toBe(code);
  });

  it.each([
    ["khoảng 34.500", 21000, null, 21000 / 34500],
    ["tối thiểu 34.500", 21000, null, 21000 / 34500],
    ["không quá 7", 6.5, null, 7 / 6.5],
    ["dưới 7", 6.5, false, 6.5 / 7],
    ["about 4.5", 4.5, null, 1],
  ])("reads the plan as written, %p, by the report's parser", (plan, a, l, expected) => {
    expect(one(pp([[a]], [[plan]], l === null ? null : [[l]]))).toBeCloseTo(expected, 9);
  });

  it.each([
    ["từ 6,5 đến 7%", "#VALUE!", "khoảng"],
    ["tăng 8% trở lên", "#VALUE!", "khoảng"],
    ["khoảng 4,5%", "#VALUE!", "tỷ lệ %"],
    // A bare "14%" is the growth plan "tăng 14%", as the report reads it (one parser): no figure either.
    ["14%", "#VALUE!", "mức tăng"],
    ["tăng 14%", "#VALUE!", "mức tăng"],
    ["đạt kế hoạch", "#VALUE!", "Không đọc được"],
    ["34.500", "#VALUE!", "phải là số"],
  ])("answers a plan %p with no one figure by %p and a message", (plan, code, words) => {
    const r = one(pp([[100]], [[plan]]));
    expect(codeOf(r)).toBe(code);
    expect(JSON.stringify(r)).toContain(words);
  });

  it.each(["theo NQ", "khoảng 4,5%", "4,5-5%", "Chưa giao"])(
    "answers a plan typed as text (%p) with #VALUE! and a message, never a number (the report shows it as typed, comparisons blank)",
    (plan) => {
      const r = one(pp([[4.2]], [[plan]]));
      expect(codeOf(r)).toBe("#VALUE!");
      expect((r as StubError).message).toMatch(/plan/);
    },
  );

  it("spills a column of results against a column of plans", () => {
    expect(pp([[50], [75]], [[100], [100]])).toEqual([[0.5], [0.75]]);
  });

  it("gives 1 for a result equal to its plan", () => {
    fc.assert(
      fc.property(positive, fc.boolean(), (x, l) => one(pp([[x]], [[x]], [[l]])) === 1),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(anyArg, anyArg, optionalArg, (a, b, c) => allCellsSafe(pp(a, b, c))),
      RUNS,
    );
  });
});

describe("CT.PLANPCT reads a plan as written in the workbook's number style (issue 18, point 3)", () => {
  const g = globalThis as unknown as { Office?: unknown };
  const saved = (settings: unknown): void => {
    g.Office = { context: { document: { settings: { get: (k: string) => (k === "ct.settings" ? settings : null) } } } };
  };
  afterEach(() => {
    delete g.Office;
  });

  it("reads khoảng 34,500 in an English-style workbook as 34.500, as the report does", () => {
    saved({ numberStyle: "en" });
    // By hand: 21.000 / 34.500 = 0,6087 (DOMAIN.md: nearly 61% of the plan).
    expect(one(pp([[21000]], [["khoảng 34,500"]]))).toBeCloseTo(21000 / 34500, 9);
  });

  it("reads khoảng 34.500 in a Vietnamese-style workbook (the default) as 34.500", () => {
    saved({ numberStyle: "vi" });
    expect(one(pp([[21000]], [["khoảng 34.500"]]))).toBeCloseTo(21000 / 34500, 9);
    saved(null);
    expect(one(pp([[21000]], [["khoảng 34.500"]]))).toBeCloseTo(21000 / 34500, 9);
  });
});
