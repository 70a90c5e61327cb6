import { fitCell } from "../core/cellText";
import { isBlank, toNumber, toOptionalNumber, toOptionalText } from "../core/coerce";
import { fail } from "../core/failure";
import { sentence } from "../core/narrative";
import { parseLang, parseStyle } from "../core/options";
import { allBlank, firstProblem, spill } from "./lib/cells";

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
  const args = [name, value, unit, previous ?? null, plan ?? null, language ?? null, style ?? null];
  return spill(args, (x) => {
    const n = x[0],
      v = x[1],
      u = x[2],
      pv = x[3],
      pl = x[4],
      lg = x[5],
      st = x[6];
    if (allBlank([n, v])) return "";
    const nm = isBlank(n) ? fail("na", "missing", { what: "name" }) : typeof n === "string" ? n : String(n);
    if (typeof n === "boolean") return fail("value", "not-text", { what: "name" });
    const val = toNumber(v, "value");
    const un = toOptionalText(typeof u === "number" ? String(u) : u, "unit");
    const prev = toOptionalNumber(pv, "previous");
    const pln = toOptionalNumber(pl, "plan");
    const lt = toOptionalText(lg, "language");
    const stt = toOptionalText(st, "style");
    const p0 = firstProblem(nm, val, un, prev, pln, lt, stt);
    if (p0) return p0;
    const lang = parseLang(lt as string | null);
    if (typeof lang !== "string") return lang;
    const sty = parseStyle(stt as string | null);
    if (typeof sty !== "string") return sty;
    try {
      return fitCell(
        sentence({
          name: nm as string,
          value: val as number,
          unit: (un as string | null) ?? "",
          previous: prev as number | null,
          plan: pln as number | null,
          lang,
          style: sty,
          // The period's last month is always an estimate when the report is written: "ước đạt".
          estimated: true,
        }),
      );
    } catch {
      return fail("value", "not-a-number", { what: "value" });
    }
  });
}
