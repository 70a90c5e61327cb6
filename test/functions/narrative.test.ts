import fc from "fast-check";
import { allCellsSafe, codeOf, one, StubError } from "./customFunctionsStub";
import { NARRATIVE } from "../../src/functions/narrative";
import { anyArg, optionalArg, RUNS } from "./arbitraries";

const nr = (...a: unknown[]): unknown[][] => NARRATIVE(...(a as Parameters<typeof NARRATIVE>));
const GTSX = "Giá trị sản xuất công nghiệp";

describe("CT.NARRATIVE", () => {
  it("writes the officer's sentence with growth and plan in Vietnamese", () => {
    const s = one(nr([[GTSX]], [[21000]], [["tỷ đồng"]], [[19962]], [[34500]], null, [["approx"]])) as string;
    expect(s).toBe(
      "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt gần 61% kế hoạch năm.",
    );
  });

  it("writes in English with English number style", () => {
    const s = one(nr([["Exports"]], [[120]], [["million USD"]], [[101.5]], null, [["en"]])) as string;
    expect(s).toMatch(/^Exports\b.*120 million USD, up 18(\.\d)?%/);
  });

  it("leaves out the plan clause when no plan is given", () => {
    const s = one(nr([[GTSX]], [[21000]], [["tỷ đồng"]], [[19962]])) as string;
    expect(s).not.toContain("kế hoạch");
  });

  it.each([
    ["the value is blank", GTSX, null, "#N/A"],
    ["the value is text", GTSX, "21.000", "#VALUE!"],
    ["the name is blank", null, 5, "#N/A"],
  ])("returns an error when %s", (_why, name, value, code) => {
    expect(codeOf(one(nr([[name]], [[value]], [["tỷ đồng"]])))).toBe(code);
  });

  it.each([
    ["language", [["fr"]], null],
    ["style", null, [["loud"]]],
  ])("returns #VALUE! for an unknown %s", (_what, lang, style) => {
    expect(codeOf(one(nr([[GTSX]], [[1]], [[""]], null, null, lang, style)))).toBe("#VALUE!");
  });

  it("writes one sentence per row for a column of indicators", () => {
    const r = nr([["A"], ["B"]], [[1], [2]], [["tấn"]]);
    expect(r).toHaveLength(2);
    expect(r[1]?.[0]).toContain("B");
  });

  it("never throws and never puts NaN, Infinity or null in a cell", () => {
    fc.assert(
      fc.property(
        anyArg,
        anyArg,
        optionalArg,
        optionalArg,
        optionalArg,
        optionalArg,
        optionalArg,
        (a, b, c, d, e, f, g) => allCellsSafe(nr(a, b, c ?? [[""]], d, e, f, g)),
      ),
      RUNS,
    );
  });
});

describe("CT.NARRATIVE and Excel's cell limit", () => {
  it("returns #VALUE! with a message instead of a sentence over 32,767 characters", () => {
    const r = one(NARRATIVE([["x".repeat(40000)]], [[1]], [[""]])) as StubError;
    expect(codeOf(r)).toBe("#VALUE!");
    expect(r.message).toMatch(/32767/);
  });

  it("keeps a sentence that fits", () => {
    const r = one(NARRATIVE([["x".repeat(30000)]], [[1]], [[""]]));
    expect(typeof r === "string" && r.length <= 32767).toBe(true);
  });
});

describe("CT.NARRATIVE on a figure too small for its unit (issue 17, point 9)", () => {
  it("writes 0,004 triệu USD as 4 nghìn USD, never 0 triệu USD", () => {
    const s = one(nr([["Xuất khẩu hàng thủ công"]], [[0.004]], [["triệu USD"]])) as string;
    expect(s).toBe("Xuất khẩu hàng thủ công ước đạt 4 nghìn USD.");
  });
});
