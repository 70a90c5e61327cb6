import { StubError } from "../functions/customFunctionsStub";
import { fail } from "../../src/core/failure";
import { errorMessage, MESSAGE_LIMIT, toExcelError } from "../../src/excel/errors";

describe("toExcelError", () => {
  it.each([
    ["value", "#VALUE!"],
    ["na", "#N/A"],
    ["div0", "#DIV/0!"],
    ["num", "#NUM!"],
  ] as const)("maps the %s kind to %s", (kind, code) => {
    const e = toExcelError(fail(kind, "missing", { what: "T5" }));
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe(code);
  });

  it("gives #VALUE! and #N/A the message in Vietnamese then English", () => {
    const e = toExcelError(fail("na", "missing", { what: "T5" }));
    expect(e.message).toBe(
      "Thiếu số liệu T5: ô trống được coi là chưa có số liệu, không phải số 0. / Missing T5: a blank cell means not reported yet, not zero.",
    );
  });

  it("gives #DIV/0! and #NUM! no message, since Excel would not show it", () => {
    expect(toExcelError(fail("div0", "zero-base")).message).toBeUndefined();
    expect(toExcelError(fail("num", "not-finite", { what: "x" })).message).toBeUndefined();
  });

  it("trims a long message to the limit with an ellipsis", () => {
    const long = fail("value", "not-a-number", { what: "x".repeat(400) });
    const m = errorMessage(long);
    expect(m.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(m.endsWith("…")).toBe(true);
  });
});
