import { UserError, USER_ERRORS } from "../../src/excel/userError";
import { errorText } from "../../src/taskpane/errorText";
import { format } from "../../src/taskpane/strings";

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
    [new Error("GeneralException"), "vi", "Đã xảy ra lỗi: GeneralException"],
    [new Error("GeneralException"), "en", "Something went wrong: GeneralException"],
    [
      { name: "RichApi.Error", code: "InvalidArgument", message: "The argument is invalid." },
      "vi",
      "Đã xảy ra lỗi: The argument is invalid.",
    ],
    ["plain", "en", "Something went wrong: plain"],
    [42, "vi", "Đã xảy ra lỗi: 42"],
    [{ name: "UserError", code: "no-such-code" }, "vi", "Đã xảy ra lỗi: [object Object]"],
  ] as const)("wraps the unknown error %p in the catalogue's error.generic in %s", (e, lang, text) => {
    expect(errorText(e, lang)).toBe(text);
    expect(text.startsWith(format(lang, "error.generic", { error: "" }))).toBe(true);
  });
});
