/** Inputs and output names: folders, lock files, names after the input, no clashes. */
import { writeFileSync, mkdirSync, symlinkSync } from "fs";
import * as path from "path";
import {
  besideName,
  expandInputs,
  isOtherSpreadsheetName,
  isWorkbookName,
  reportFileName,
  uniqueName,
} from "../../src/cli/inputs";
import { tempDir } from "./helpers";

describe("inputs", () => {
  it.each([
    ["data.xlsx", true],
    ["DATA.XLSX", true],
    ["~$data.xlsx", false],
    [".hidden.xlsx", false],
    ["data.xls", false],
    ["data.csv", false],
  ])("takes %s from a folder: %s", (name, taken) => {
    expect(isWorkbookName(name)).toBe(taken);
  });

  it("expands a folder to its workbooks sorted by name, and lists missing paths", async () => {
    const d = tempDir("expand");
    for (const n of ["b.xlsx", "a.xlsx", "~$a.xlsx", "notes.txt"]) writeFileSync(path.join(d, n), "x");
    mkdirSync(path.join(d, "sub.xlsx"));
    const r = await expandInputs([d, path.join(d, "missing.xlsx"), path.join(d, "notes.txt")]);
    expect(r.files.map((f) => [path.basename(f.path), f.fromFolder])).toEqual([
      ["a.xlsx", true],
      ["b.xlsx", true],
      ["notes.txt", false],
    ]);
    expect(r.missing).toEqual([path.join(d, "missing.xlsx")]);
  });

  it.each([
    ["data.xlsx", "BC 9T-2013", "data.BC-9T-2013.xlsx"],
    ["/x/y/Huyện A.XLSX", "BC 9T-2013", "Huyện A.BC-9T-2013.xlsx"],
    ["d.xlsx", "Report 9M-2013", "d.Report-9M-2013.xlsx"],
    ["d.xlsx", "BC năm 2012", "d.BC-năm-2012.xlsx"],
  ])("names the report of %s (%s) %s", (input, sheet, name) => {
    expect(reportFileName(input, sheet)).toBe(name);
  });

  it.each([
    ["data.xls", true],
    ["DATA.ODS", true],
    ["so-lieu.csv", true],
    ["macro.xlsm", true],
    ["~$data.xls", false],
    ["notes.txt", false],
    ["data.xlsx", false],
  ])("takes %s from a folder to refuse it by name: %s", (name, taken) => {
    expect(isOtherSpreadsheetName(name)).toBe(taken);
  });

  it("lists what cannot be taken in order, with its reason, instead of stopping", async () => {
    const d = tempDir("expand-bad");
    writeFileSync(path.join(d, "a.xlsx"), "x");
    symlinkSync(path.join(d, "gone.xlsx"), path.join(d, "b.xlsx"));
    writeFileSync(path.join(d, "c.xls"), "x");
    const r = await expandInputs([d, path.join(d, "missing.xlsx")]);
    expect(r.entries.map((e) => [path.basename(e.path), e.kind, e.kind === "refused" ? e.error.code : ""])).toEqual([
      ["a.xlsx", "file", ""],
      ["b.xlsx", "refused", "not-found"],
      ["c.xls", "file", ""],
      ["missing.xlsx", "refused", "not-found"],
    ]);
    expect(r.entries[1]).toMatchObject({ error: { bilingual: { en: expect.stringMatching(/broken symbolic link/) } } });
    expect(r.missing).toEqual([path.join(d, "missing.xlsx")]);
  });

  it.each([
    ["/r/data.BC-9T-2013.xlsx", 2, "/r/data.BC-9T-2013 (2).xlsx"],
    ["bao-cao.xlsx", 3, "bao-cao (3).xlsx"],
  ])("names the report beside %s as number %d: %s", (file, n, expected) => {
    expect(besideName(file, n)).toBe(expected);
  });

  it("numbers a name already taken in the run", () => {
    const taken = new Set<string>();
    expect(["a.xlsx", "A.xlsx", "a.xlsx"].map((n) => uniqueName(n, taken))).toEqual(["a.xlsx", "A-2.xlsx", "a-3.xlsx"]);
  });
});
