import fc from "fast-check";
import { runs } from "../setup/runs";
import { CELL_TEXT_LIMIT, fitCell } from "../../src/core/cellText";

describe("fitCell", () => {
  it("keeps a text of up to 32,767 characters (Excel's cell limit) and refuses a longer one with #VALUE!", () => {
    expect(fitCell("a".repeat(CELL_TEXT_LIMIT))).toHaveLength(32767);
    const r = fitCell("a".repeat(CELL_TEXT_LIMIT + 1));
    expect(r).toMatchObject({ kind: "value", code: "text-too-long" });
    expect(typeof r === "object" && r.message.vi).toContain("32767");
  });

  it("never returns a text longer than the limit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70000 }), (n) => {
        const r = fitCell("x".repeat(n));
        return typeof r === "string" ? r.length <= CELL_TEXT_LIMIT && n <= CELL_TEXT_LIMIT : n > CELL_TEXT_LIMIT;
      }),
      runs(200),
    );
  });
});
