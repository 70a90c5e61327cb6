/** The page names its downloads by the command's rule (src/cli/inputs.ts), held together here. */
import fc from "fast-check";
import * as cli from "../../src/cli/inputs";
import { docxName, reportFileName, uniqueName } from "../../src/page/names";

describe("page download names", () => {
  it("names a report as the command does: '<data file>.<report sheet>.xlsx'", () => {
    expect(reportFileName("Số liệu.xlsx", "BC 9T-2013")).toBe("Số liệu.BC-9T-2013.xlsx");
  });

  it("agrees with the command's rule for any file and sheet name", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, sheet) => {
        const file = `${base.replace(/[\\/]/g, "")}.xlsx`;
        expect(reportFileName(file, sheet)).toBe(cli.reportFileName(file, sheet));
      }),
    );
  });

  it("numbers a taken name -2, -3 … as the command does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a.xlsx", "A.xlsx", "b.xlsx"), { maxLength: 8 }), (names) => {
        const mine = new Set<string>();
        const theirs = new Set<string>();
        for (const n of names) expect(uniqueName(n, mine)).toBe(cli.uniqueName(n, theirs));
      }),
    );
  });

  it("puts the Word report beside its .xlsx report", () => {
    expect(docxName("Số liệu.BC-9T-2013-2.xlsx")).toBe("Số liệu.BC-9T-2013-2.docx");
  });
});
