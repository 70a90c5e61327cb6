import fc from "fast-check";
import { runs } from "../setup/runs";
import { checkPeriod, lastMonthWithData, readMonthRow } from "../../src/core/months";
import { periodValue } from "../../src/core/period";

describe("readMonthRow", () => {
  it("reads blanks as null and pads to twelve months", () => {
    expect(readMonthRow([1, "", null, 4])).toEqual([1, null, null, 4, null, null, null, null, null, null, null, null]);
  });

  it.each([
    ["abc", "not-a-number"],
    [true, "boolean"],
  ])("refuses %p in a month, naming it", (bad, code) => {
    const r = readMonthRow([1, bad]);
    expect(r).toMatchObject({ kind: "value", code });
    expect(typeof r === "object" && !Array.isArray(r) && "message" in r && (r.message as { en: string }).en).toContain(
      "T2",
    );
  });

  it("refuses more than twelve filled cells", () => {
    expect(readMonthRow(new Array(13).fill(1))).toMatchObject({
      kind: "value",
      code: "too-many-months",
    });
  });

  it("passes an incoming Excel error through", () => {
    const e = { code: "#REF!" };
    expect(readMonthRow([1, e])).toBe(e);
  });
});

describe("lastMonthWithData", () => {
  it("finds the last month with a figure", () => {
    expect(lastMonthWithData([1, 2, null, 4, null], false)).toBe(4);
  });

  it("reads trailing zeros as not reported when desktop Excel may have handed 0 for blanks", () => {
    expect(lastMonthWithData([1, 2, 3, 0, 0, 0], true)).toBe(3);
    expect(lastMonthWithData([1, 2, 3, 0, 0, 0], false)).toBe(6);
  });
});

describe("checkPeriod", () => {
  it("returns #N/A naming the first blank month inside the period of a flow", () => {
    const r = checkPeriod([1, null, 3], 3, "flow");
    expect(r).toMatchObject({ kind: "na", code: "missing" });
    expect(r?.message.en).toContain("T2");
  });

  it("needs only the last month of a level", () => {
    expect(checkPeriod([null, null, 3], 3, "level")).toBeNull();
  });
});

describe("periodValue", () => {
  it.each([
    ["flow", 6],
    ["index", 2],
    ["level", 3],
  ] as const)("gives the %s figure of 1, 2, 3 as %p", (kind, expected) => {
    expect(periodValue([1, 2, 3], 3, kind)).toBe(expected);
  });

  it("returns #VALUE! with a message for a month outside 1..12", () => {
    expect(periodValue([1], 13, "flow")).toMatchObject({
      kind: "value",
      code: "month-range",
    });
  });

  it("sums the months of a flow exactly as their total", () => {
    const months = fc.array(fc.integer({ min: -1e6, max: 1e6 }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(months, (m) => periodValue(m, m.length, "flow") === m.reduce((s, x) => s + x, 0)),
      runs(10000),
    );
  });
});

describe("checkPeriod and periodValue share the one rule", () => {
  it("accepts a level whose latest value is before the period's end (reported each quarter)", () => {
    expect(checkPeriod([null, null, 436, null, null, 441, null, null], 8, "level")).toBeNull();
    expect(periodValue([null, null, 436, null, null, 441, null, null], 8, "level")).toBe(441);
  });

  it("never averages an index over fewer months than the period", () => {
    expect(periodValue([100, null, 104], 3, "index")).toMatchObject({ kind: "na", code: "missing" });
  });
});
