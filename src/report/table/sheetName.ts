/**
 * Names for new sheets, by Excel's rules: 1..31 characters, none of []:*?/\ , no apostrophe first or
 * last, not "History", unique ignoring case.
 * The one rule for both writers (the add-in's and the .xlsx file's), so a report has one name everywhere.
 */

export const MAX_SHEET_NAME = 31;

/** Spaces and apostrophes at either end, in any mix: "' '(" loses "' '", not only its first "'". */
const LOOSE_ENDS = /^[\s']+|[\s']+$/g;

/** Remove what Excel forbids in a sheet name; never empty. */
export function cleanSheetName(name: string, fallback = "BC"): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .replace(LOOSE_ENDS, "");
  return cleaned === "" || cleaned.toLowerCase() === "history" ? fallback : cleaned;
}

/**
 * The first free name: "BC 9T-2013", then "BC 9T-2013 (2)", "(3)"… The base is cut so the name
 * and its suffix stay within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = cleanSheetName(wanted);
  const lower = new Set(taken.map((t) => t.toLocaleLowerCase()));
  // A cut can end on an apostrophe or a space; the base never starts with one, so the cut is never empty.
  const fit = (b: string, suffix: string): string =>
    b.slice(0, MAX_SHEET_NAME - suffix.length).replace(LOOSE_ENDS, "") + suffix;
  const first = fit(base, "");
  if (!lower.has(first.toLocaleLowerCase())) return first;
  for (let n = 2; ; n++) {
    const name = fit(base, ` (${n})`);
    if (!lower.has(name.toLocaleLowerCase())) return name;
  }
}
