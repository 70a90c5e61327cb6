import { UserError, USER_ERRORS } from "../../src/excel/userError";
import { errorText } from "../../src/taskpane/errorText";
import { fillMessage } from "../../src/core/message";
import { FAILURE_MESSAGES } from "../../src/core/failureMessages";

describe("the words of a failure in the task pane", () => {
  it.each(["vi", "en"] as const)("renders a UserError from its code and parameters in %s", (lang) => {
    const e = new UserError("source-missing", { name: "SoLieu" });
    expect(errorText(e, lang)).toBe(USER_ERRORS["source-missing"][lang].replace("{name}", "SoLieu"));
  });

  it("renders a UserError of another bundle (same name, code and params, no texts) through the catalogue", () => {
    const foreign = { name: "UserError", code: "template-missing", params: { name: "Mẫu" }, message: "x / y" };
    expect(errorText(foreign, "vi")).toBe("Không còn trang mẫu báo cáo “Mẫu”. Hãy chọn lại mẫu trong Bảng điều khiển.");
    expect(errorText(foreign, "en")).toBe(
      "The report template sheet “Mẫu” no longer exists. Choose the template again in the task pane.",
    );
  });

  it("takes the pane's language from a ribbon outcome's bilingual message", () => {
    expect(errorText({ vi: "Không thấy dữ liệu", en: "No data found" }, "vi")).toBe("Không thấy dữ liệu");
    expect(errorText({ vi: "Không thấy dữ liệu", en: "No data found" }, "en")).toBe("No data found");
  });

  it.each([
    [new Error("GeneralException"), "vi", "GeneralException"],
    [new Error("GeneralException"), "en", "GeneralException"],
    [
      { name: "RichApi.Error", code: "InvalidArgument", message: "The argument is invalid." },
      "vi",
      "The argument is invalid.",
    ],
    ["plain", "en", "plain"],
    [42, "vi", "42"],
    [{ name: "UserError", code: "no-such-code" }, "vi", "[object Object]"],
  ] as const)(
    "wraps the unknown error %p in the words every face uses for the unexpected, in %s",
    (e, lang, detail) => {
      const text = errorText(e, lang);
      expect(text).toBe(fillMessage(FAILURE_MESSAGES.unexpected, { detail })[lang]);
      expect(text).toMatch(lang === "vi" ? /^Lỗi không lường trước: / : /^Unexpected error: /);
      expect(text).toContain(detail);
    },
  );
});
