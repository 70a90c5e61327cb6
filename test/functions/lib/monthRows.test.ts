/**
 * One rule for the CT functions' month rows (issue 18, point 3): a row of zeros (how desktop Excel hands
 * blanks), or a period reaching trailing zero months, is the same #N/A with the same message in CT.YTD,
 * CT.PROJECTM and CT.AVGINDEX — never 0 in one and #N/A in another.
 */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { codeOf, one, StubError } from "../customFunctionsStub";
import { AVGINDEX } from "../../../src/functions/avgIndex";
import { PROJECTM } from "../../../src/functions/projectM";
import { YTD } from "../../../src/functions/ytd";

type Cells = unknown[][] | null;
/** The three functions on one row of an index (same-month basis: the months are the indices themselves). */
const faces = (months: Cells, through: Cells): [string, unknown][] => [
  ["CT.YTD", one(YTD(months as never, through as never, [["bình quân"]]))],
  ["CT.PROJECTM", one(PROJECTM(months as never, null as never, [["bình quân"]], null as never, through as never))],
  ["CT.AVGINDEX", one(AVGINDEX(months as never, null as never, through as never, [["cùng kỳ"]]))],
];

const zeros = [new Array(12).fill(0)];
// The sample's CPI on the same month of 2012 (DOMAIN.md: September +7,63%), then a template's zeros.
const cpi = [[106.0, 106.5, 106.3, 106.1, 106.1, 106.6, 107.4, 109.0, 107.63, 0, 0, 0]];

describe("the CT functions' month rows", () => {
  it("answer a row of zeros with the same #N/A and the same message in all three (today 0, 0 and #N/A)", () => {
    const got = faces(zeros, null);
    for (const [, r] of got) expect(codeOf(r)).toBe("#N/A");
    const messages = new Set(got.map(([, r]) => (r as StubError).message));
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(/^T1–T12 bằng 0: chưa có số liệu.* \/ T1–T12 is 0: not reported yet/);
  });

  it("answer a period through trailing zero months with the same #N/A, naming the months", () => {
    const got = faces(cpi, [[12]]);
    for (const [, r] of got) expect(codeOf(r)).toBe("#N/A");
    expect(new Set(got.map(([, r]) => (r as StubError).message)).size).toBe(1);
    expect((got[0]?.[1] as StubError).message).toContain("T10–T12");
  });

  it("stop at the last month with data when no through_month is given: nine months, not twelve", () => {
    const [ytd, projected, average] = faces(cpi, null).map(([, r]) => r as number);
    // By hand: the arithmetic mean of the nine months, and the geometric mean for CT.AVGINDEX.
    const nine = cpi[0]!.slice(0, 9);
    expect(ytd).toBeCloseTo(nine.reduce((s, x) => s + x, 0) / 9, 9);
    expect(average).toBeCloseTo(Math.exp(nine.reduce((s, x) => s + Math.log(x / 100), 0) / 9) * 100, 9);
    // An index's year: the nine months and September carried forward to December (DOMAIN.md).
    expect(projected).toBeCloseTo((nine.reduce((s, x) => s + x, 0) + 3 * 107.63) / 12, 9);
  });

  it("read an index of 0 inside the period as no index in all three: #N/A naming the month", () => {
    const iferror = [[106.0, 106.5, 0, 106.1]];
    for (const [, r] of faces(iferror, null)) {
      expect(codeOf(r)).toBe("#N/A");
      expect((r as StubError).message).toContain("T3");
    }
  });

  it("use a flow's 0 between figures (a real zero) and sum it", () => {
    expect(one(YTD([[5, 0, 7, 0, 0]]))).toBe(12);
    expect(one(PROJECTM([[5, 0, 7, 0, 0]], null as never, null as never, [["runrate"]]))).toBeCloseTo((12 * 12) / 3, 9);
  });

  it("agree for any row: all three a number or all three #N/A (property)", () => {
    const month = fc.oneof(fc.constant(0), fc.constant(null), fc.double({ min: 50, max: 200, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 12, maxLength: 12 }),
        fc.option(fc.integer({ min: 1, max: 12 })),
        (m, t) => {
          if (m.every((x) => x === null)) return true;
          const codes = faces([m], t === null ? null : [[t]]).map(([, r]) => codeOf(r));
          return codes.every((c) => c === codes[0]);
        },
      ),
      runs(300),
    );
  });
});
