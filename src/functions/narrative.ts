import { fitCell } from "../core/cellText";
import { isBlank, isIncomingError } from "../core/coerce";
import { fail } from "../core/failure";
import { sentence } from "../core/narrative";
import { parseLang, parseStyle } from "../core/options";
import { num, optNum, optText, runCells, type CellFunction } from "./lib/runner";

/**
 * The officer's sentence for an indicator: "… ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt 61% kế hoạch năm." Example: =CT.NARRATIVE(B5;F5;C5;G5;E5)
 * @customfunction NARRATIVE
 * @param {any[][]} name The indicator's name (e.g. "Giá trị sản xuất công nghiệp"), a cell or a column.
 * @param {any[][]} value This period's figure (e.g. 21000).
 * @param {any[][]} unit The unit as it should read (e.g. "tỷ đồng"); may be blank.
 * @param {any[][]} [previous] The same period a year earlier, for "tăng/giảm …% so với cùng kỳ" (e.g. 19962).
 * @param {any[][]} [plan] The annual plan, for "đạt …% kế hoạch năm" (e.g. 34500).
 * @param {any[][]} [language] "vi" (the default) or "en".
 * @param {any[][]} [style] "exact" (5,2%; the default) or "approx" as officers speak ("gần 61%", "hơn 18%").
 * @returns {any[][]} The sentence, in Vietnamese number style (21.000; 5,2%) or English (21,000; 5.2%).
 */
export function NARRATIVE(
  name: any[][],
  value: any[][],
  unit: any[][],
  previous?: any[][],
  plan?: any[][],
  language?: any[][],
  style?: any[][],
): any[][] {
  return runCells(NARRATIVE_SPEC, [name, value, unit, previous, plan, language, style]);
}

/** The name is text; a number typed as a name reads as itself, TRUE/FALSE does not. */
function nameText(x: unknown, what: string): unknown {
  if (isBlank(x)) return fail("na", "missing", { what });
  if (typeof x === "boolean") return fail("value", "not-text", { what });
  if (isIncomingError(x)) return x;
  return typeof x === "string" ? x : String(x);
}

/** The unit may be blank; a number as a unit ("1000") reads as text. */
function unitText(x: unknown, what: string): unknown {
  if (isBlank(x)) return null;
  if (typeof x === "number") return String(x);
  if (typeof x === "string") return x.trim();
  return isIncomingError(x) ? x : fail("value", "not-text", { what });
}

export const NARRATIVE_SPEC: CellFunction = {
  params: [
    { name: "name", type: nameText },
    num("value"),
    { name: "unit", type: unitText },
    optNum("previous"),
    optNum("plan"),
    optText("language"),
    optText("style"),
  ],
  blankWhen: [0, 1],
  body: ([name, value, unit, previous, plan, language, style]) => {
    const lang = parseLang(language as string | null);
    if (typeof lang !== "string") return lang;
    const sty = parseStyle(style as string | null);
    if (typeof sty !== "string") return sty;
    try {
      // Excel holds at most 32,767 characters in a cell: a longer sentence is #VALUE! saying so.
      return fitCell(
        sentence({
          name: name as string,
          value: value as number,
          unit: (unit as string | null) ?? "",
          previous: previous as number | null,
          plan: plan as number | null,
          lang,
          style: sty,
          // The period's last month is always an estimate when the report is written: "ước đạt".
          estimated: true,
        }),
      );
    } catch {
      return fail("value", "not-a-number", { what: "value" });
    }
  },
};
