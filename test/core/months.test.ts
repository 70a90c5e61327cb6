import fc from "fast-check";
import { runs } from "../setup/runs";
import {
  checkPeriod,
  lastMonthWithData,
  monthRuns,
  monthsThrough,
  readMonthRow,
  readZeros,
} from "../../src/core/months";
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

describe("readZeros: the zeros that are not data (issue 17, point 1)", () => {
  const kinds = fc.constantFrom("flow" as const, "index" as const, "level" as const);
  const row = fc.array(fc.oneof(fc.constant(0), fc.constant(null), fc.integer({ min: 1, max: 999 })), {
    minLength: 12,
    maxLength: 12,
  });

  it("reads a template's T10–T12 = 0 after nine months as not reported yet, for every kind", () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0];
    for (const kind of ["flow", "index", "level"] as const) {
      const z = readZeros(months, kind);
      expect(z.notYet).toEqual([10, 11, 12]);
      expect(z.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null]);
    }
  });

  it("reads an index's 0 as no index (a hole), and keeps a flow's 0 between figures as a real zero", () => {
    expect(readZeros([106, 0, 107], "index")).toMatchObject({ months: [106, null, 107], noFigure: [2], used: [] });
    expect(readZeros([5, 0, 7], "flow")).toMatchObject({ months: [5, 0, 7], noFigure: [], used: [2] });
  });

  it("never keeps a zero after the last non-zero month, never turns a non-zero into null (property)", () => {
    fc.assert(
      fc.property(row, kinds, (m, kind) => {
        const z = readZeros(m, kind);
        const last = m.reduce<number>((l, x, i) => (x !== null && x !== 0 ? i + 1 : l), 0);
        return z.months.every((v, i) => {
          if (i + 1 > last) return v === null;
          if (m[i] !== 0) return v === m[i];
          return kind === "flow" ? v === 0 : v === null;
        });
      }),
      runs(2000),
    );
  });

  it("lists every zero once: not yet, no figure or used (property)", () => {
    fc.assert(
      fc.property(row, kinds, (m, kind) => {
        const z = readZeros(m, kind);
        const listed = [...z.notYet, ...z.noFigure, ...z.used].sort((a, b) => a - b);
        const zeros = m.map((v, i) => (v === 0 ? i + 1 : 0)).filter((x) => x > 0);
        return JSON.stringify(listed) === JSON.stringify(zeros);
      }),
      runs(2000),
    );
  });

  it("gives a function's period the last month with data, and #N/A for a row of zeros", () => {
    expect(monthsThrough([1, 2, 0, 0], "flow", null)).toMatchObject({ through: 2 });
    expect(monthsThrough([0, 0, 0], "flow", null)).toMatchObject({ kind: "na", code: "zeros-not-data" });
    expect(monthsThrough([1, 2, 0, 0], "flow", 4)).toMatchObject({ kind: "na", code: "zeros-not-data" });
    // A level stands at its latest figure, as in the report.
    expect(monthsThrough([1, 2, 0, 0], "level", 4)).toMatchObject({ through: 4, months: [1, 2, null, null] });
  });

  it("names months as runs", () => {
    expect(monthRuns([3])).toBe("T3");
    expect(monthRuns([1, 2])).toBe("T1, T2");
    expect(monthRuns([3, 10, 11, 12])).toBe("T3, T10–T12");
  });
});
