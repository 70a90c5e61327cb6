import fc from "fast-check";
import { runs } from "../../setup/runs";
import { checkSheetName } from "../../double/excelDouble";
import { cleanSheetName, uniqueSheetName } from "../../../src/report/table/sheetName";

describe("uniqueSheetName", () => {
  it.each([
    ["BC 9T-2013", [], "BC 9T-2013"],
    ["BC 9T-2013", ["BC 9T-2013"], "BC 9T-2013 (2)"],
    ["BC 9T-2013", ["bc 9t-2013", "BC 9T-2013 (2)"], "BC 9T-2013 (3)"],
    ["BC 9/2013: [ước]", [], "BC 9 2013 ước"],
    ["Báo cáo kết quả thực hiện 9 tháng năm 2013", [], "Báo cáo kết quả thực hiện 9 thá"],
    [
      "Báo cáo kết quả thực hiện 9 tháng năm 2013",
      ["Báo cáo kết quả thực hiện 9 thá"],
      "Báo cáo kết quả thực hiện 9 (2)",
    ],
    ["'''", [], "BC"],
    // Excel refuses an apostrophe first or last: "' '(" once gave "'(" (only the first "'" went).
    ["' '(", [], "("],
    ["x' ' ", [], "x"],
    // 30 letters, an apostrophe, a letter: the cut at 31 characters ends on the apostrophe, which goes too.
    ["a".repeat(30) + "'b", [], "a".repeat(30)],
    // 26 letters + "'bcdef": its first cut "…'bcde" is taken; the second cut keeps 31 - 4 = 27 characters,
    // 26 letters and the apostrophe, which goes before " (2)" as it would at the end.
    ["a".repeat(26) + "'bcdef", ["a".repeat(26) + "'bcde"], "a".repeat(26) + " (2)"],
    ["History", [], "BC"],
  ])("names %j, with %j taken, %j", (wanted, taken, want) => {
    expect(uniqueSheetName(wanted, taken)).toBe(want);
  });

  it("always gives a name Excel accepts and that is not taken", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }),
        (wanted, taken) => {
          const name = uniqueSheetName(wanted, taken);
          expect(() => checkSheetName(name, taken)).not.toThrow();
        },
      ),
      runs(3000),
    );
  });

  it("gives an accepted name from apostrophes, spaces and brackets, where the edge cases live", () => {
    // Arbitrary strings rarely put an apostrophe next to a space; these are made of little else.
    const edgy = fc.string({ unit: fc.constantFrom("'", " ", "(", ")", "[", "a", "ư"), maxLength: 40 });
    fc.assert(
      fc.property(edgy, fc.array(edgy, { maxLength: 4 }), (wanted, taken) => {
        expect(() => checkSheetName(uniqueSheetName(wanted, taken), taken)).not.toThrow();
      }),
    );
  });

  it("never leaves a forbidden character in a cleaned name", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(cleanSheetName(s)).not.toMatch(/[[\]:*?/\\]/);
      }),
    );
  });
});
