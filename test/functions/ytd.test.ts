import fc from "fast-check";
import { allCellsSafe, codeOf, one, StubError } from "./customFunctionsStub";
import { YTD } from "../../src/functions/ytd";
import { anyCell, optionalArg, range, RUNS } from "./arbitraries";

const ytd = (...a: unknown[]): unknown[][] => YTD(...(a as Parameters<typeof YTD>));
const row9 = [[10, 20, 30, 40, 50, 60, 70, 80, 90, null, null, null]];

describe("CT.YTD", () => {
  it.each([
    [null, null, 450],
    [[[3]], null, 60],
    [null, [["cộng dồn"]], 450],
    [null, [["binh quan"]], 50],
    [null, [["Bình quân"]], 50],
    [null, [["index"]], 50],
    [null, [["cuối kỳ"]], 90],
    [[[4]], [["level"]], 40],
  ])("sums, averages or takes the last of T1..T9 (through %j, kind %j) as %p", (through, kind, expected) => {
    expect(one(ytd(row9, through, kind))).toBe(expected);
  });

  it("reads trailing zeros as months not reported yet when no through month is given", () => {
    const desktop = [[10, 20, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0]];
    expect(one(ytd(desktop, null, [["index"]]))).toBe(20);
    // Through month 4 reaches a trailing zero: not reported yet, never an average with 0 in it ((10+20+30+0)/4).
    expect(codeOf(one(ytd(desktop, [[4]], [["index"]])))).toBe("#N/A");
    expect(one(ytd(desktop, [[3]], [["index"]]))).toBe(20);
  });

  it("returns #N/A naming the month when a month inside the period is blank", () => {
    const r = one(ytd([[10, null, 30]], null, null)) as StubError;
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain("T2");
  });

  it.each([
    ["an unknown kind", row9, null, [["tổng hợp lạ"]], "#VALUE!"],
    ["a month 13", row9, [[13]], null, "#VALUE!"],
    ["text in a month", [[10, "20"]], null, null, "#VALUE!"],
    ["no month at all", [[null, 0]], [[2]], null, "#N/A"],
  ])("returns an error for %s", (_why, months, through, kind, code) => {
    expect(codeOf(one(ytd(months, through, kind)))).toBe(code);
  });

  it("passes an Excel error in a month through to that row's result only", () => {
    const e = new StubError("#DIV/0!" as never);
    const r = ytd([
      [1, e],
      [1, 2],
    ]);
    expect(r[0]?.[0]).toBe(e);
    expect(r[1]?.[0]).toBe(3);
  });

  it("gives one figure per row for several rows, and leaves a blank row blank", () => {
    expect(
      ytd([
        [1, 2],
        [null, null],
        [3, 4],
      ]),
    ).toEqual([[3], [""], [7]]);
  });

  it("reads a single column of up to twelve cells as one indicator's months", () => {
    expect(ytd([[1], [2], [3]])).toEqual([[6]]);
  });

  it("takes one kind per row from a column of kinds", () => {
    expect(
      ytd(
        [
          [1, 3],
          [1, 3],
        ],
        null,
        [["flow"], ["index"]],
      ),
    ).toEqual([[4], [2]]);
  });

  it("returns #VALUE! when the column of kinds has another number of rows", () => {
    expect(
      codeOf(
        one(
          ytd(
            [
              [1, 3],
              [1, 3],
            ],
            null,
            [["flow"], ["index"], ["level"]],
          ),
        ),
      ),
    ).toBe("#VALUE!");
  });

  it("gives the sum of the months for a flow", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), {
          minLength: 1,
          maxLength: 12,
        }),
        (m) => {
          // A row of zeros is no data yet (#N/A, the zero rule); any other row, trailing zeros cut, sums.
          const last = m.reduce((l, x, i) => (x !== 0 ? i + 1 : l), 0);
          if (last === 0) return codeOf(one(ytd([m], null))) === "#N/A";
          return one(ytd([m], [[last]])) === m.reduce((s, x) => s + x, 0);
        },
      ),
      RUNS,
    );
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(range(anyCell, 3, 14), optionalArg, optionalArg, (m, t, k) => allCellsSafe(ytd(m, t, k))),
      RUNS,
    );
  });
});

describe("CT.YTD at the edge of Excel's numbers (issue 8, point 10)", () => {
  it("answers a sum beyond Excel's largest number with #VALUE! naming the months, never a number", () => {
    const r = one(ytd([[1e308, 1e308, 1e308]], [[3]], null)) as StubError;
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toContain("T1, T2, T3");
  });

  it("takes a level's latest value at or before the month, as the report does", () => {
    expect(one(ytd([[null, null, 436, null, null, 441, null, null]], [[8]], [["cuối kỳ"]]))).toBe(441);
  });

  it("answers a period past the last month with data with #N/A naming the months", () => {
    const r = one(ytd([[1, 2, 3, 4, 5, 6, 7, 8, 9]], [[11]], null)) as StubError;
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain("T10, T11");
  });
});
