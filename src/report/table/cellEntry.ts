/**
 * The one rule for what a cell receives from the add-in, shared by the report writer (writePlan.ts),
 * the template copy (templateCopy.ts) and the sample sheet: formulas and numbers as they are, and
 * EVERY text cell as text, unconditionally. Nothing here guesses which strings Excel would convert:
 * "1E3", "#N/A", "Jan 2013", "1-Jan", "5 ₫", "TRUE", "=1+1", "'abc" and " 0012" are all just text.
 *
 * How: a text cell gets the Text number format "@", queued in the same request BEFORE its value
 * (commands of a batch run in order), and the string is written as it is, without an apostrophe.
 * Microsoft documents the Text format as: "Text format cells are treated as text even when a number
 * is in the cell. The cell is displayed exactly as entered."
 * (Excel.NumberFormatCategory.text, https://learn.microsoft.com/javascript/api/excel/excel.numberformatcategory)
 * — the alternative, a leading apostrophe, is Excel's typing convention and is not documented for
 * Range.values / Range.formulas; Range.values only documents that a value starting with "+", "-"
 * or "=" is taken as a formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * A null in a 2-D numberFormat or formulas array leaves that cell as it is
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values): the
 * template copy keeps the officer's own format on the number cells it fills.
 */

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** What one cell receives: the input for `range.formulas`, and the format to set before it (null: leave it). */
export interface CellEntry {
  input: string | number | boolean;
  format: string | null;
}

/** A cell to write: a formula, a number, text, or blank; and its own number format, if any. */
export interface CellContent {
  value?: string | number | null;
  formula?: string;
  format?: string;
}

/** The entry for one cell. Text always gets the Text format, whatever format the cell asked for. */
export function cellEntry(cell: CellContent | undefined): CellEntry {
  if (!cell) return { input: "", format: null };
  const own = cell.format ?? null;
  if (typeof cell.formula === "string" && cell.formula !== "") {
    return { input: cell.formula.startsWith("=") ? cell.formula : "=" + cell.formula, format: own };
  }
  const v = cell.value;
  if (typeof v === "number") return { input: Number.isFinite(v) ? v : "", format: own };
  if (typeof v === "string" && v !== "") return { input: v, format: TEXT_FORMAT };
  return { input: "", format: own };
}

/** The entry for a plain value (a sample cell, a paragraph line, a filled template cell). */
export function valueEntry(value: string | number | null | undefined): CellEntry {
  return cellEntry(value === null || value === undefined ? undefined : { value });
}
