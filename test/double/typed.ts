/** What Excel makes of a value typed (or written through values/formulas) into a cell. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"];

/** Excel's date serial of a day (the 1900 system, after Feb 1900). */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * A string Excel would convert to a number, date, time or boolean in SOME locale (the double plays
 * every locale at once, so a test fails whenever text is left to Excel's guess): plain and grouped
 * numbers ("1E3", " 0012", "1,234", "1.234,5"), percents, currency ("5 ₫", "$5", "5 €"), dates
 * ("Jan 2013", "1-Jan", "1/2/2013", "2013-01-02"), times, TRUE/FALSE. Null when it stays text.
 */
function converted(t: string): number | boolean | null {
  const num = (x: string): number | null => {
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(x)) return Number(x);
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(x)) return Number(x.replace(/,/g, "")); // en-US grouping
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(x)) return Number(x.replace(/\./g, "").replace(",", ".")); // vi-VN
    if (/^[+-]?\d+,\d+$/.test(x)) return Number(x.replace(",", ".")); // a decimal comma
    return null;
  };
  const plain = num(t);
  if (plain !== null) return plain;
  if (t.endsWith("%")) {
    const p = num(t.slice(0, -1).trim());
    if (p !== null) return p / 100;
  }
  const money = /^([$€£¥₫]|đ|VND)?\s*([^$€£¥₫\s]+)\s*([$€£¥₫]|đ|VND)?$/i.exec(t);
  if (money && (money[1] || money[3])) {
    const m = num(money[2] ?? "");
    if (m !== null) return m;
  }
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const month = (w: string): number => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;
  let m = /^([a-z]{3,9})[\s-]+(\d{2}|\d{4})$/i.exec(t); // "Jan 2013", "Jan-13"
  if (m && month(m[1]!) > 0) return serial(m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]), month(m[1]!), 1);
  m = /^(\d{1,2})[\s-]([a-z]{3,9})([\s-](\d{2,4}))?$/i.exec(t); // "1-Jan", "1 Jan 2013"
  if (m && month(m[2]!) > 0) return serial(m[4] ? Number(m[4]) : 2013, month(m[2]!), Number(m[1]));
  m = /^(\d{1,4})[/.-](\d{1,2})([/.-](\d{1,4}))?$/.exec(t); // "1/2/2013", "2013-01-02", "1-2"
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return serial(2013, Number(m[2]), Math.min(28, Number(m[1]) || 1));
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return 0.5;
  return null;
}

/**
 * What Excel makes of a value written through values/formulas into a cell whose number format is
 * `format`. In a Text-format cell ("@") a string is kept exactly as given, as Microsoft documents
 * (Excel.NumberFormatCategory.text: "treated as text even when a number is in the cell ... displayed
 * exactly as entered"). Elsewhere Excel reads it as typed: a leading "'" is dropped and keeps the
 * rest as text, "=..." (and "+"/"-" not followed by a number) is a formula, an error word is an
 * error value, and anything convertible is converted (see `converted`).
 */
export function typed(
  input: unknown,
  format = "General",
): { value: string | number | boolean | null; formula: string | null; error?: boolean } {
  if (input === null || input === undefined || input === "") return { value: null, formula: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const s = String(input);
  if (format === "@") return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s };
  const t = s.trim();
  if (ERRORS.includes(t.toUpperCase())) return { value: t.toUpperCase(), formula: null, error: true };
  const c = converted(t);
  if (c !== null) return { value: c, formula: null };
  if (/^[+-]/.test(s) && s.length > 1) return { value: null, formula: "=" + s };
  return { value: s, formula: null };
}
