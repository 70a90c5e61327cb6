/**
 * The built dist/functions.js, loaded as Excel loads it (a fresh context whose CustomFunctions
 * global captures associate()), called by id with the arguments Excel hands a custom function:
 * every parameter is a matrix (any[][]), a single cell is a 1x1 array, an omitted optional parameter
 * is null, a blank cell is "" or null (the web) or 0 (desktop).
 */
import { BundleError, ensureBundle } from "./bundleFixture";

const IDS = [
  "GROWTH",
  "INDEX",
  "PLANPCT",
  "YTD",
  "PROJECT",
  "PROJECTM",
  "NEEDED",
  "CAGR",
  "CONTRIB",
  "NARRATIVE",
  "AVGINDEX",
];

let bundle: Awaited<ReturnType<typeof ensureBundle>>;

beforeAll(async () => {
  bundle = await ensureBundle();
}, 180_000);

/** A scalar as Excel passes it to an any[][] parameter. */
const cell = (x: unknown): unknown[][] => [[x]];
/** The one value of a 1x1 result. */
function one(result: unknown): unknown {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return (rows[0] as unknown[])[0];
}
/** The Excel error code of a cell result, or null when it is a value. */
const codeOf = (x: unknown): string | null => (x instanceof BundleError ? x.code : null);

describe("the functions bundle as Excel loads it", () => {
  it("associates every agreed id exactly once", () => {
    expect([...bundle.associations].sort()).toEqual([...IDS].sort());
  });

  it("needs no global but CustomFunctions to load (no window, document or Office)", () => {
    // loadBundle ran it in a context holding only CustomFunctions and console; reaching here is the proof,
    // and the captured functions are real functions.
    for (const id of IDS) expect(typeof bundle.functions.get(id)).toBe("function");
  });
});

describe("GROWTH by id", () => {
  it("returns 0.05 for 105 on 100", () => {
    expect(one(bundle.call("GROWTH", cell(105), cell(100)))).toBeCloseTo(0.05, 12);
  });

  it("returns #DIV/0! when the previous figure is 0", () => {
    expect(codeOf(one(bundle.call("GROWTH", cell(1), cell(0))))).toBe("#DIV/0!");
  });

  it("spills a column over a column, one result per row", () => {
    const r = bundle.call("GROWTH", [[21000], [120], [50]], [[19962], [101.5], [50]]) as number[][];
    expect(r).toHaveLength(3);
    expect(r[0]?.[0]).toBeCloseTo(21000 / 19962 - 1, 12);
    expect(r[1]?.[0]).toBeCloseTo(120 / 101.5 - 1, 12);
    expect(r[2]?.[0]).toBe(0);
  });

  it("gives #VALUE! with a message for text where a number belongs", () => {
    const x = one(bundle.call("GROWTH", cell("abc"), cell(100)));
    expect(codeOf(x)).toBe("#VALUE!");
    expect((x as BundleError).message).toMatch(/\S/);
  });

  it("passes an incoming Excel error through unchanged", () => {
    const incoming = new BundleError("#REF!");
    expect(codeOf(one(bundle.call("GROWTH", cell(incoming), cell(100))))).toBe("#REF!");
  });
});

describe("INDEX by id", () => {
  it.each([
    [105.2, 100, null, 105.2],
    [21000, 20000, null, 105],
    [110, 100, 1, 1.1],
  ])("INDEX(%p, %p, base %p) = %p", (c, p, base, expected) => {
    expect(one(bundle.call("INDEX", cell(c), cell(p), base === null ? null : cell(base)))).toBeCloseTo(expected, 9);
  });
});

describe("PLANPCT by id", () => {
  it("spills the percent of plan of a column: 21000 of 34500 and 120 of 161", () => {
    const r = bundle.call("PLANPCT", [[21000], [120]], [[34500], [161]], null) as number[][];
    expect(r).toHaveLength(2);
    expect(r[0]?.[0]).toBeCloseTo(21000 / 34500, 12);
    expect(r[1]?.[0]).toBeCloseTo(120 / 161, 12);
  });

  it("returns #DIV/0! for a plan of 0", () => {
    expect(codeOf(one(bundle.call("PLANPCT", cell(5), cell(0), null)))).toBe("#DIV/0!");
  });

  it("reads a ceiling target the other way when lower_is_better is TRUE", () => {
    expect(one(bundle.call("PLANPCT", cell(5), cell(7), cell(true)))).toBeCloseTo(7 / 5, 12);
  });
});

describe("YTD by id", () => {
  const months = [[1, 2, 3, 4, 5, 6, 7, 8, 9, "", "", ""]];
  it.each([
    ["cộng dồn", 45],
    ["flow", 45],
    ["bình quân", 5],
    ["cuối kỳ", 9],
  ])("sums, averages or takes the last month by kind %p", (kind, expected) => {
    expect(one(bundle.call("YTD", months, cell(9), cell(kind)))).toBeCloseTo(expected, 12);
  });

  it("stops at the last month with data when through_month is omitted", () => {
    expect(one(bundle.call("YTD", months, null, null))).toBeCloseTo(45, 12);
  });
});

describe("PROJECT and PROJECTM by id", () => {
  it("estimates a run rate from 9 months: 21000 × 12 / 9", () => {
    expect(one(bundle.call("PROJECT", cell(21000), cell(9), null, null, cell("runrate")))).toBeCloseTo(28000, 9);
  });

  it("uses last year's seasonal shape when last year is given", () => {
    expect(one(bundle.call("PROJECT", cell(21000), cell(9), cell(19962), cell(27500), null))).toBeCloseTo(
      (21000 * 27500) / 19962,
      9,
    );
  });

  it("estimates a flow's year from monthly rows by run rate", () => {
    const months = [[10, 10, 10, 10, 10, 10, 10, 10, 10, "", "", ""]];
    expect(one(bundle.call("PROJECTM", months, null, null, cell("runrate"), null))).toBeCloseTo(120, 9);
  });
});

describe("NEEDED, CAGR and CONTRIB by id", () => {
  it("NEEDED: (34500 − 21000) / 3 still needed per month", () => {
    expect(one(bundle.call("NEEDED", cell(21000), cell(34500), cell(9)))).toBeCloseTo(4500, 9);
  });

  it("CAGR: doubling over 5 years is 2^(1/5) − 1 a year", () => {
    expect(one(bundle.call("CAGR", cell(100), cell(200), cell(5)))).toBeCloseTo(Math.pow(2, 1 / 5) - 1, 12);
  });

  it("CONTRIB: (18500 − 17600) / 19962 points", () => {
    expect(one(bundle.call("CONTRIB", cell(18500), cell(17600), cell(19962)))).toBeCloseTo(900 / 19962, 12);
  });
});

describe("NARRATIVE by id", () => {
  it("writes the 2013 report's sentence in Vietnamese style", () => {
    const s = one(
      bundle.call(
        "NARRATIVE",
        cell("Giá trị sản xuất công nghiệp"),
        cell(21000),
        cell("tỷ đồng"),
        cell(19962),
        cell(34500),
        null,
        null,
      ),
    );
    expect(typeof s).toBe("string");
    expect(s).toContain("21.000 tỷ đồng");
    expect(s).toContain("tăng 5,2% so với cùng kỳ");
  });

  it("writes English number style when language is en", () => {
    const s = one(
      bundle.call(
        "NARRATIVE",
        cell("Industrial production value"),
        cell(21000),
        cell("billion VND"),
        cell(19962),
        null,
        cell("en"),
        null,
      ),
    );
    // 21,000 billion VND stays in its unit (sentences scale from 1,000,000 billion, or from 100,000 when no digit is lost: src/core/scaleUnit.ts).
    expect(s).toContain("21,000");
    expect(s).toContain("5.2%");
  });
});

describe("what never reaches a cell", () => {
  it.each(IDS.filter((id) => id !== "NARRATIVE"))(
    "%s returns no NaN, Infinity, null or undefined for odd input",
    (id) => {
      const odd: unknown[][] = [[0], [-1], [""], [null], ["x"], [true], [1e308], [Number.NaN]];
      const fn = bundle.functions.get(id) as (...a: unknown[]) => unknown;
      const arity = fn.length;
      const args = Array.from({ length: Math.max(arity, 3) }, () => odd);
      const r = fn(...args) as unknown[][];
      expect(Array.isArray(r)).toBe(true);
      for (const row of r)
        for (const c of row)
          expect(
            c instanceof BundleError || typeof c === "string" || (typeof c === "number" && Number.isFinite(c)),
          ).toBe(true);
    },
  );
});
