import { format, HELP_ADD_STEPS, HELP_COLUMNS, HELP_FUNCTIONS, STRINGS } from "../../src/ui/strings";

const slots = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe("the task pane's string catalogue", () => {
  it("has exactly the same keys in Vietnamese and English", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });

  it.each(Object.keys(STRINGS.vi))("gives %s a non-empty text with the same slots in both languages", (key) => {
    const k = key as keyof (typeof STRINGS)["vi"];
    expect(STRINGS.vi[k].trim()).not.toBe("");
    expect(STRINGS.en[k].trim()).not.toBe("");
    expect(slots(STRINGS.en[k])).toEqual(slots(STRINGS.vi[k]));
  });

  it("fills slots and leaves unknown ones visible", () => {
    expect(format("vi", "run.doneSheet", { sheet: "BC 9T-2013" })).toBe("Trang: BC 9T-2013");
    expect(format("en", "settings.periodAutoKnown", { month: 9, year: 2013 })).toBe("Automatic (9/2013)");
    expect(format("vi", "settings.periodAutoKnown", { month: 9, year: 2013 })).toBe("Tự động (9/2013)");
    expect(format("vi", "run.doneSheet")).toBe("Trang: {sheet}");
  });

  it("does not read a filled value as a slot again", () => {
    expect(format("en", "run.doneSheet", { sheet: "{count}" })).toBe("Sheet: {count}");
  });

  it("lists the ten CT functions in the help, each example calling its own function", () => {
    expect(HELP_FUNCTIONS.map((f) => f.id)).toEqual([
      "GROWTH",
      "INDEX",
      "PLANPCT",
      "YTD",
      "PROJECT",
      "PROJECTM",
      "NEEDED",
      "CAGR",
      "CONTRIB",
      "NARRATIVE",
    ]);
    for (const f of HELP_FUNCTIONS) {
      expect(f.example.startsWith(`=CT.${f.id}(`)).toBe(true);
      expect(f.example.endsWith(")")).toBe(true);
      expect(f.key).toBe(`help.fn.${f.id}`);
    }
  });

  it("names only catalogue keys in the help's columns and steps", () => {
    for (const key of [...HELP_COLUMNS, ...HELP_ADD_STEPS]) expect(STRINGS.vi[key]).toBeDefined();
  });
});
