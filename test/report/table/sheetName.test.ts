import fc from "fast-check";
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
      { numRuns: 3000 },
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
