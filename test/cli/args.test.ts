/** The command line parser: every option, its spellings, and the usage errors. */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it.each([
    [["d.xlsx"], { inputs: ["d.xlsx"], lang: "vi", values: false, strict: false, force: false, quiet: false }],
    [["d.xlsx", "-o", "r.xlsx", "--force"], { out: "r.xlsx", force: true }],
    [["d.xlsx", "--beside"], { beside: true, force: false }],
    [["d.xlsx", "--year", "2013", "--month", "9"], { year: 2013, month: 9 }],
    [["d.xlsx", "-y", "2013", "-m", "09"], { year: 2013, month: 9 }],
    [["d.xlsx", "--year=2013", "--month=9"], { year: 2013, month: 9 }],
    [["d.xlsx", "--method", "recent", "--compare", "growth"], { method: "recent", compare: "growth" }],
    [["d.xlsx", "--method", "auto"], { method: "auto" }],
    [["d.xlsx", "--period", "quarter"], { periodKind: "quarter" }],
    [["d.xlsx", "--period=cumulative"], { periodKind: "cumulative" }],
    [["d.xlsx", "--lang", "en", "--values", "--strict", "-q"], { lang: "en", values: true, strict: true, quiet: true }],
    [["d.xlsx", "-o", "r.xlsx"], { out: "r.xlsx" }],
    [["a.xlsx", "b.xlsx", "-d", "out"], { inputs: ["a.xlsx", "b.xlsx"], outDir: "out" }],
    [["d.xlsx", "--number-style", "en"], { numberStyle: "en" }],
    [["d.xlsx", "--decimals", "2"], { percentDecimals: 2 }],
    [["d.xlsx", "--decimals=1"], { percentDecimals: 1 }],
    [["--", "-odd-name.xlsx"], { inputs: ["-odd-name.xlsx"] }],
    [["--help"], { help: true }],
    [["-v"], { version: true }],
  ])("reads %j", (argv, expected) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.options).toMatchObject(expected);
  });

  it.each([
    [["d.xlsx", "--month", "0"], "--month"],
    [["d.xlsx", "--month", "-1"], "month must be 1 to 12"],
    [["d.xlsx", "--month=-1"], "month must be 1 to 12"],
    [["d.xlsx", "--month", "13"], "--month"],
    [["d.xlsx", "--month", "9.5"], "--month"],
    [["d.xlsx", "--year", "13"], "--year"],
    [["d.xlsx", "--method", "magic"], "--method"],
    [["d.xlsx", "--compare", "ratio"], "--compare"],
    [["d.xlsx", "--lang", "fr"], "--lang"],
    [["d.xlsx", "--decimals", "3"], "--decimals"],
    [["d.xlsx", "--year"], "--year"],
    [["d.xlsx", "--year", "--month", "9"], "--year"],
    [["d.xlsx", "--values=yes"], "--values"],
    [["d.xlsx", "--bogus"], "--bogus"],
    [["d.xlsx", "-o", "a.xlsx", "--out-dir", "b"], "--out-dir"],
    [[], "--help"],
  ])("refuses %j with a message naming %s in both languages", (argv, named) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain(named);
      expect(r.message.vi).not.toBe(r.message.en);
    }
  });

  it("never throws, whatever the arguments", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("--year", "-o", "--month", "--lang", "--", "-"))),
        (argv) => {
          const r = parseArgs(argv);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      runs(2000),
    );
  });
});

describe("the Word report's options", () => {
  it("--docx asks for the Word report; --doc key=value sets document settings, repeatable", () => {
    const r = parseArgs(["a.xlsx", "--docx", "--doc", "place=Tam Kỳ", "--doc=signerName=Nguyễn Văn An"]);
    expect(r.ok && r.options.docx).toBe(true);
    expect(r.ok && r.options.doc).toEqual({ place: "Tam Kỳ", signerName: "Nguyễn Văn An" });
    const plain = parseArgs(["a.xlsx"]);
    expect(plain.ok && plain.options.docx).toBe(false);
  });

  it.each([["colour=red"], ["place"], ["=x"], ["reportDate=05/10/2013"]])("refuses --doc %s in both languages", (v) => {
    const r = parseArgs(["a.xlsx", "--doc", v]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.vi).not.toBe("");
      expect(r.message.en).not.toBe("");
    }
  });
});
