import fc from "fast-check";
import {
  dateWords,
  DEFAULT_DOCUMENT_SETTINGS,
  DOCUMENT_SETTINGS_KEY,
  documentSettingsFromProperties,
  parseDocumentSettings,
} from "../../../src/report/document/documentSettings";

describe("document settings (one store: the workbook's document settings)", () => {
  it("defaults to the decree's heading with blanks the clerk fills in", () => {
    expect(DEFAULT_DOCUMENT_SETTINGS.agency).toBe("SỞ CÔNG THƯƠNG");
    expect(DEFAULT_DOCUMENT_SETTINGS.province).toMatch(/^UBND TỈNH /);
    expect(DEFAULT_DOCUMENT_SETTINGS.reportNumber).toMatch(/\/BC-SCT$/);
    expect(DEFAULT_DOCUMENT_SETTINGS.recipients.at(-1)).toMatch(/^Lưu: VT/);
  });

  it("takes key/values over the defaults and reports unknown keys and bad dates in both languages", () => {
    const { settings, problems } = parseDocumentSettings({
      province: "  UBND TỈNH  QUẢNG NAM ",
      reportDate: "2013-02-30",
      colour: "red",
      recipients: "- Bộ Công Thương;|UBND tỉnh;",
    });
    expect(settings.province).toBe("UBND TỈNH QUẢNG NAM");
    expect(settings.reportDate).toBe(""); // the bad date is not taken
    expect(settings.recipients).toEqual(["Bộ Công Thương", "UBND tỉnh"]);
    expect(problems.map((p) => p.key).sort()).toEqual(["colour", "reportDate"]);
    for (const p of problems) {
      expect(p.message.vi).not.toBe("");
      expect(p.message.en).not.toBe("");
    }
  });

  it("reads what Office saved in the file (each setting as JSON text) and falls back with a problem when broken", () => {
    const saved = { [DOCUMENT_SETTINGS_KEY]: JSON.stringify({ place: "Tam Kỳ", signerName: "Nguyễn Văn A" }) };
    expect(documentSettingsFromProperties(saved).settings).toMatchObject({
      place: "Tam Kỳ",
      signerName: "Nguyễn Văn A",
    });
    expect(documentSettingsFromProperties({}).settings).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    const broken = documentSettingsFromProperties({ [DOCUMENT_SETTINGS_KEY]: "{not json" });
    expect(broken.settings).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    expect(broken.problems).toHaveLength(1);
  });

  it("writes the date as the decree does: a 0 before days under 10 and months 1 and 2", () => {
    expect(dateWords("2020-01-05", "vi")).toBe("ngày 05 tháng 01 năm 2020");
    expect(dateWords("2013-10-15", "vi")).toBe("ngày 15 tháng 10 năm 2013");
    expect(dateWords("2013-03-09", "vi")).toBe("ngày 09 tháng 3 năm 2013");
    expect(dateWords("", "vi", 2013)).toBe("ngày …… tháng …… năm 2013");
  });

  it("never throws and always returns text settings, whatever it is given", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (values) => {
        const { settings } = parseDocumentSettings(values);
        for (const [k, v] of Object.entries(settings)) {
          if (k === "recipients") expect(Array.isArray(v)).toBe(true);
          else expect(typeof v).toBe("string");
        }
      }),
    );
  });
});
