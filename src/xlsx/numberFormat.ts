/**
 * Which number formats show a date or a time. One rule, used by the command's reader (src/xlsx) and by
 * the add-in (src/excel/readWorkbook.ts loads `numberFormat` and asks the same question), so both
 * agree on what a date is. A number with a unit ("#,##0 \"kWh\""), a colour, a condition or an
 * escaped letter stays a number.
 */

/**
 * Excel's built-in date and time formats (ECMA-376 Part 1, 18.8.30 numFmt): 14–22, and the East Asian
 * date formats 27–36, 45–47 (mm:ss, [h]:mm:ss, mm:ss.0) and 50–58.
 */
export function isBuiltInDateId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Built-in codes that Excel's range.numberFormat gives for a few common ids (en-US). */
export const BUILT_IN_CODES: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The bare codes of a format: quoted text, escapes (\\x), fill and padding (*x, _x) and brackets removed. */
function bareCode(code: string): string {
  return code
    .replace(/"[^"]*"?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]?/g, "");
}

/** Excel's built-in percent formats (ECMA-376 Part 1, 18.8.30): 9 "0%" and 10 "0.00%". */
export function isBuiltInPercentId(id: number): boolean {
  return id === 9 || id === 10;
}

/**
 * True when a format code shows the number as a percent: a "%" outside quoted text, escapes and brackets,
 * which makes Excel show the cell's value times 100 ("0.00%": 1,6145 shows 161,45%). A quoted or escaped
 * "%" (0.0"%", 0.0\%) is a literal sign: Excel shows the value itself.
 */
export function isPercentFormatCode(code: string): boolean {
  return !!code && bareCode(code).includes("%");
}

/**
 * True when a format code shows a date or time: a d, m, y, h or s outside quoted text, escapes
 * (\x), fill and padding (*x, _x) and brackets ([Red], [>100], [$-42A]). "General" is not a date.
 */
export function isDateFormatCode(code: string): boolean {
  if (!code) return false;
  const bare = bareCode(code);
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare.replace(/general/gi, ""));
}
