import fc from "fast-check";
import { runs } from "../setup/runs";
import published from "../fixtures/published/cpi-averages.json";
import { allCellsSafe, codeOf, one } from "./customFunctionsStub";
import { AVGINDEX } from "../../src/functions/avgIndex";
import { YTD } from "../../src/functions/ytd";
import { formatNumber } from "../../src/core/format";
import { anyCell, optionalArg, range } from "./arbitraries";

const avg = (...a: unknown[]): unknown[][] => AVGINDEX(...(a as Parameters<typeof AVGINDEX>));

describe("CT.AVGINDEX", () => {
  const sameMonth = (y: keyof typeof published.months): number[][] => [
    published.months[y].sameMonth.map((g) => 100 + g),
  ];

  it.each([
    ["2022", 12, "3,15"],
    ["2023", 12, "3,25"],
    ["2024", 12, "3,63"],
    ["2023", 9, "3,16"],
    ["2024", 9, "3,88"],
  ] as const)("gives GSO's published CPI average of %s through month %i: +%s%%", (year, through, text) => {
    const r = one(avg(sameMonth(year), null, [[through]], [["cùng kỳ"]]));
    expect(typeof r).toBe("number");
    expect(formatNumber((r as number) - 100, 2, "vi")).toBe(text);
  });

  it.each(published.averages.map((a) => [a.period, a.url, a] as const))(
    "reproduces every published CPI average of the fixture to the printed digit: %s (%s)",
    (_period, _url, a) => {
      // A quarter or any period not starting in January: the row holds the period's own months.
      const row = [sameMonth(String(a.year) as keyof typeof published.months)[0]!.slice(a.first - 1, a.through)];
      const r = one(avg(row, null, [[row[0]!.length]], [["cùng kỳ"]]));
      expect(formatNumber((r as number) - 100, 2, "vi")).toBe(formatNumber(a.printed, 2, "vi"));
    },
  );

  it("computes the same from fixed-base rows of both years (basis by default with last year's months)", () => {
    const yoy = published.months["2022"].sameMonth;
    const last = yoy.map((_, i) => 160 + i);
    const now = last.map((p, i) => (p * (100 + (yoy[i] as number))) / 100);
    const r = one(avg([now], [last])) as number;
    expect(formatNumber(r - 100, 2, "vi")).toBe("3,15");
  });

  it("keeps CT.YTD's documented meaning: the simple average of index numbers", () => {
    expect(one(YTD([[100, 110]], undefined, [["bình quân"]]))).toBe(105);
  });

  it("asks for the basis when there is no last-year row, naming it in the message", () => {
    const r = one(avg([[103, 104]])) as { code: string; message: string };
    expect(codeOf(r)).toBe("#VALUE!");
    expect(r.message).toContain("cùng kỳ");
  });

  it.each([
    ["an unknown basis", [[103]], null, null, [["monthly"]], "#VALUE!"],
    ["a fixed basis without last year's months", [[103]], null, null, [["gốc cố định"]], "#N/A"],
    ["a blank month inside the period", [[103, null, 104]], null, [[3]], [["cùng kỳ"]], "#N/A"],
    ["a blank month of last year", [[150, 151]], [[140, null]], null, null, "#N/A"],
    [
      "an index of 0 (no index: the zero rule of CT.YTD and CT.PROJECTM too)",
      [[0]],
      null,
      [[1]],
      [["same-month"]],
      "#N/A",
    ],
    ["a month 13", [[103]], null, [[13]], [["same-month"]], "#VALUE!"],
  ])("returns an error for %s", (_why, months, last, through, basis, code) => {
    expect(codeOf(one(avg(months, last, through, basis)))).toBe(code);
  });

  it("gives one index per row, and leaves a blank row blank", () => {
    const r = avg(
      [
        [110, 121],
        [null, null],
      ],
      [
        [100, 100],
        [null, null],
      ],
    );
    expect(r[0]?.[0] as number).toBeCloseTo(Math.sqrt(1.1 * 1.21) * 100, 10);
    expect(r[1]?.[0]).toBe("");
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(range(anyCell, 3, 14), optionalArg, optionalArg, optionalArg, (m, l, t, b) =>
        allCellsSafe(avg(m, l, t, b)),
      ),
      runs(2000),
    );
  });
});
