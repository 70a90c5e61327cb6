/**
 * CT functions against their native Excel equivalents, computed by a real formula engine
 * (HyperFormula: GPL, test-only, never bundled) on the same inputs, errors included.
 * Where CT deliberately differs from the native formula (blank = missing, not 0; a negative base;
 * CAGR of negative figures) the difference is asserted here too, so it stays a documented choice.
 */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { HyperFormula } from "hyperformula";
import { codeOf, one } from "./customFunctionsStub";
import { CAGR } from "../../src/functions/cagr";
import { GROWTH } from "../../src/functions/growth";
import { INDEX } from "../../src/functions/indexOf";
import { PLANPCT } from "../../src/functions/planPct";
import { YTD } from "../../src/functions/ytd";

type Cell = number | string | null;

const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
const sheet = hf.getSheetId(hf.addSheet("S")) as number;

/** Put `inputs` in row 1 (A1, B1, ...) and `formula` in A2; return what the engine computed. */
function native(inputs: Cell[], formula: string): number | string {
  hf.setSheetContent(sheet, [inputs, [formula]]);
  const v = hf.getCellValue({ sheet, row: 1, col: 0 });
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "value" in v) return String((v as { value: string }).value);
  return String(v);
}

/** CT's result as the same comparable value: a number or the error code. */
function ct(result: unknown[][]): number | string {
  const v = one(result);
  return typeof v === "number" ? v : (codeOf(v) ?? String(v));
}

function same(a: number | string, b: number | string): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

const RUNS = runs(2000);
// Figures as officers type them (up to 4 decimals): the engine rounds below 1e-14 to 0, Excel-like.
const num = fc.oneof(
  fc.integer({ min: -1e10, max: 1e10 }).map((x) => x / 1e4),
  fc.integer({ min: -50, max: 50 }),
  fc.constant(0),
);
const pos = fc.oneof(
  fc.integer({ min: 1, max: 1e10 }).map((x) => x / 1e4),
  fc.integer({ min: 1, max: 1000 }),
);

afterAll(() => hf.destroy());

describe("CT.GROWTH against =A1/B1-1", () => {
  it("agrees on every positive base and on a base of 0 (#DIV/0! both)", () => {
    fc.assert(
      fc.property(num, fc.oneof(pos, fc.constant(0)), (a, b) =>
        same(ct(GROWTH([[a]], [[b]])), native([a, b], "=A1/B1-1")),
      ),
      RUNS,
    );
  });

  it.each([
    [21000, 19962],
    [5, 0],
  ])("agrees on %p over %p", (a, b) => {
    expect(same(ct(GROWTH([[a]], [[b]])), native([a, b], "=A1/B1-1"))).toBe(true);
  });

  it("differs by design on a negative base: CT divides by |previous|", () => {
    expect(ct(GROWTH([[-5]], [[-10]]))).toBeCloseTo(0.5, 12);
    expect(native([-5, -10], "=A1/B1-1")).toBeCloseTo(-0.5, 12);
  });

  it("differs by design on a blank: native reads 0, CT says #N/A", () => {
    expect(native([null, 5], "=A1/B1-1")).toBe(-1);
    expect(ct(GROWTH([[null]], [[5]]))).toBe("#N/A");
  });

  it("agrees on text: #VALUE! both", () => {
    expect(native(["abc", 5], "=A1/B1-1")).toBe("#VALUE!");
    expect(ct(GROWTH([["abc"]], [[5]]))).toBe("#VALUE!");
  });
});

describe("CT.INDEX against =A1/B1*100", () => {
  it("agrees on every positive base and on 0", () => {
    fc.assert(
      fc.property(num, fc.oneof(pos, fc.constant(0)), (a, b) =>
        same(ct(INDEX([[a]], [[b]])), native([a, b], "=A1/B1*100")),
      ),
      RUNS,
    );
  });
});

describe("CT.PLANPCT against =A1/B1", () => {
  it("agrees on every plan, 0 and negative plans included", () => {
    fc.assert(
      fc.property(num, num, (a, b) => same(ct(PLANPCT([[a]], [[b]])), native([a, b], "=A1/B1"))),
      RUNS,
    );
  });

  it("agrees with =B1/A1 for a ceiling target with a non-zero plan, an actual of 0 included", () => {
    const plan = num.filter((x) => x !== 0);
    fc.assert(
      fc.property(num, plan, (a, b) => same(ct(PLANPCT([[a]], [[b]], [[true]])), native([a, b], "=B1/A1"))),
      RUNS,
    );
  });

  it("differs by design on a ceiling plan of 0: native gives 0, CT says the plan is 0", () => {
    expect(native([1, 0], "=B1/A1")).toBe(0);
    expect(ct(PLANPCT([[1]], [[0]], [[true]]))).toBe("#DIV/0!");
  });
});

describe("CT.CAGR against =(B1/A1)^(1/C1)-1", () => {
  it("agrees for positive figures over whole years, and on a start of 0", () => {
    fc.assert(
      fc.property(fc.oneof(pos, fc.constant(0)), pos, fc.integer({ min: 1, max: 30 }), (a, b, n) =>
        same(ct(CAGR([[a]], [[b]], [[n]])), native([a, b, n], "=(B1/A1)^(1/C1)-1")),
      ),
      RUNS,
    );
  });

  it("differs by design on negative figures: #VALUE! with a message, not a number or #NUM!", () => {
    expect(native([-100, -200, 2], "=(B1/A1)^(1/C1)-1")).toBeCloseTo(Math.SQRT2 - 1, 9);
    expect(native([-100, 200, 2], "=(B1/A1)^(1/C1)-1")).toBe("#NUM!");
    expect(ct(CAGR([[-100]], [[-200]], [[2]]))).toBe("#VALUE!");
    expect(ct(CAGR([[-100]], [[200]], [[2]]))).toBe("#VALUE!");
  });
});

describe("CT.YTD against SUM, AVERAGE and the last month", () => {
  // Months without a 0: a 0 that is not data (trailing, an index's) differs by design, below.
  const months = fc.array(
    num.filter((x) => x !== 0),
    { minLength: 1, maxLength: 12 },
  );
  const letters = "ABCDEFGHIJKL";
  const range = (n: number): string => `A1:${letters[n - 1]}1`;

  it("agrees with SUM for a flow", () => {
    fc.assert(
      fc.property(months, (m) => same(ct(YTD([m], [[m.length]], [["flow"]])), native(m, `=SUM(${range(m.length)})`))),
      RUNS,
    );
  });

  it("agrees with AVERAGE for an index", () => {
    fc.assert(
      fc.property(months, (m) =>
        same(ct(YTD([m], [[m.length]], [["bình quân"]])), native(m, `=AVERAGE(${range(m.length)})`)),
      ),
      RUNS,
    );
  });

  it("agrees with the last cell for a level", () => {
    fc.assert(
      fc.property(months, (m) =>
        same(ct(YTD([m], [[m.length]], [["cuối kỳ"]])), native(m, `=INDEX(${range(m.length)},1,${m.length})`)),
      ),
      RUNS,
    );
  });

  it("differs by design on a blank month: SUM skips it, CT says which month is missing", () => {
    expect(native([1, null, 3], "=SUM(A1:C1)")).toBe(4);
    expect(ct(YTD([[1, null, 3]], [[3]]))).toBe("#N/A");
  });

  it("differs by design on zeros that are not data: trailing zeros, an index of 0 (issue 17, point 1)", () => {
    expect(native([1, 2, 0], "=SUM(A1:C1)")).toBe(3);
    expect(ct(YTD([[1, 2, 0]], [[3]]))).toBe("#N/A");
    expect(native([104, 0, 106], "=AVERAGE(A1:C1)")).toBe(70);
    expect(ct(YTD([[104, 0, 106]], [[3]], [["bình quân"]]))).toBe("#N/A");
    // A flow's 0 between figures is a real zero: the same as SUM.
    expect(ct(YTD([[1, 0, 3]], [[3]]))).toBe(native([1, 0, 3], "=SUM(A1:C1)"));
  });
});
