import fc from "fast-check";
import { runs } from "../setup/runs";
import {
  isBlank,
  isIncomingError,
  toNumber,
  toOptionalBoolean,
  toOptionalMonth,
  toOptionalNumber,
  toOptionalText,
} from "../../src/core/coerce";
import { isFailure } from "../../src/core/failure";

const excelError = { code: "#DIV/0!", message: "" };

describe("toNumber", () => {
  it.each([
    [5, 5],
    [0, 0],
    [-2.5, -2.5],
  ])("keeps the number %p", (x, expected) => {
    expect(toNumber(x, "x")).toBe(expected);
  });

  it.each([null, undefined, "", "   "])("reads the blank %p as missing (#N/A), never zero", (x) => {
    expect(toNumber(x, "T5")).toMatchObject({ kind: "na", code: "missing" });
  });

  it.each(["21.000", "5,2", "abc", "21000"])("refuses the text %p with #VALUE! naming the argument", (x) => {
    const r = toNumber(x, "previous");
    expect(r).toMatchObject({ kind: "value", code: "not-a-number" });
    expect(isFailure(r) && r.message.en).toContain("previous");
  });

  it.each([true, false])("refuses the boolean %p with #VALUE!", (x) => {
    expect(toNumber(x, "x")).toMatchObject({ kind: "value", code: "boolean" });
  });

  it("passes an incoming Excel error through untouched", () => {
    expect(toNumber(excelError, "x")).toBe(excelError);
  });

  it.each([NaN, Infinity])("returns #NUM! for %p", (x) => {
    expect(toNumber(x, "x")).toMatchObject({ kind: "num" });
  });

  it("never throws, whatever Excel hands it", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = toNumber(x, "x");
        return typeof r === "number" ? Number.isFinite(r) : isFailure(r) || isIncomingError(r);
      }),
      runs(10000),
    );
  });
});

describe("optional arguments", () => {
  it("reads a blank optional number as null", () => {
    expect(toOptionalNumber(null, "x")).toBeNull();
    expect(toOptionalNumber("", "x")).toBeNull();
  });

  it.each([
    [1, 1],
    [12, 12],
    [null, null],
  ])("reads the month %p", (x, expected) => {
    expect(toOptionalMonth(x)).toBe(expected);
  });

  it.each([0, 13, 9.5])("refuses the month %p with #VALUE! and a message", (x) => {
    expect(toOptionalMonth(x)).toMatchObject({
      kind: "value",
      code: "month-range",
    });
  });

  it.each([
    [null, false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    ["false", false],
  ])("reads the switch %p as %p", (x, expected) => {
    expect(toOptionalBoolean(x, "x")).toBe(expected);
  });

  it("refuses a word that is not TRUE or FALSE for a switch", () => {
    expect(toOptionalBoolean("maybe", "x")).toMatchObject({ kind: "value" });
  });

  it("trims text and refuses a number where text belongs", () => {
    expect(toOptionalText("  flow ", "kind")).toBe("flow");
    expect(toOptionalText(3, "kind")).toMatchObject({
      kind: "value",
      code: "not-text",
    });
  });
});

describe("isIncomingError and isBlank", () => {
  it.each(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"])("recognises %p", (code) => {
    expect(isIncomingError({ code })).toBe(true);
  });

  it("does not take our own failures or plain objects for Excel errors", () => {
    expect(
      isIncomingError({
        kind: "na",
        code: "#N/A",
        message: { vi: "", en: "" },
      }),
    ).toBe(false);
    expect(isIncomingError({ code: "missing" })).toBe(false);
    expect(isIncomingError([["#N/A"]])).toBe(false);
  });

  it("treats spaces as blank but not 0", () => {
    expect(isBlank("  ")).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});
