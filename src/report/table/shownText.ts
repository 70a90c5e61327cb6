/**
 * The one number-format renderer: a number as a spreadsheet shows it under an Excel number format code, in
 * the report language's marks (21.000,5 / 21,000.5). The Word report's table and the task pane's copy show
 * grid cells by it (shownText), and the officer's template formats its placeholders by it (formatByCode),
 * so a figure reads the same in the sheet, the template and the Word table. Pure.
 */
import { formatNumber, separators } from "../../core/format";
import type { Lang } from "../../core/types";
import type { GridCell } from "./grid";

/** The codes read: "0", "0.0", "#,##0", "#,##0.00", "0.0%", with any number of decimal zeros. */
const CODE = /^(#,##)?0(?:\.(0+))?(%)?$/;
/** Excel shows at most 15 significant digits: decimals past them are shown as zeros, as Excel does. */
const EXCEL_DIGITS = 15;
/** formatNumber's own limit on decimal places. */
const MAX_PLACES = 20;
/** Excel's General format shows up to 10 decimal places, without grouping and without trailing zeros. */
const GENERAL_PLACES = 10;

/** `x` with `decimals` places (any number of them), digits past Excel's 15 significant ones as zeros. */
function fixedPlaces(x: number, decimals: number, lang: Lang): string {
  // Digits before the point that count as significant (0 or less for 0.05: its zeros do not count).
  const whole = x === 0 ? 1 : Math.floor(Math.log10(Math.abs(x))) + 1;
  const shown = Math.min(decimals, Math.max(0, EXCEL_DIGITS - whole), MAX_PLACES);
  const s = formatNumber(x, shown, lang);
  if (shown === decimals || s.includes("e")) return s;
  return s + (shown === 0 ? separators(lang).decimal : "") + "0".repeat(decimals - shown);
}

/**
 * `x` under a format code ("0", "0.0", "#,##0", "#,##0.00", "0.0%", any number of decimal zeros); null for
 * any other code (the template lists it; a grid cell falls back to General).
 */
export function formatByCode(x: number, code: string, lang: Lang): string | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const s = m[3] ? fixedPlaces(x * 100, decimals, lang) + "%" : fixedPlaces(x, decimals, lang);
  return m[1] ? s : s.split(separators(lang).group).join("");
}

/** `x` under Excel's General format: 21000 is "21000", 5.25 is "5,25" (vi); never "21" for 21000. */
export function generalText(x: number, lang: Lang): string {
  const { group, decimal } = separators(lang);
  // Up to 10 places, and never past Excel's 15 significant digits (binary noise would show).
  const whole = x === 0 ? 1 : Math.floor(Math.log10(Math.abs(x))) + 1;
  const places = Math.max(0, Math.min(GENERAL_PLACES, EXCEL_DIGITS - whole));
  const s = formatNumber(x, places, lang).split(group).join("");
  return s.includes(decimal) && !s.includes("e") ? s.replace(/0+$/, "").replace(new RegExp(`\\${decimal}$`), "") : s;
}

/** The first section of a format code, without its quoted text ("#,##0.0;-#,##0.0" -> "#,##0.0"). */
function firstSection(format: string): string {
  return (format.split(";")[0] ?? "").replace(/"[^"]*"/g, "").trim();
}

/** The text a cell shows; "" for an empty cell or a formula that shows nothing. */
export function shownText(cell: GridCell | undefined, lang: Lang): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return "";
  const code = firstSection(cell?.format ?? "General");
  return (code === "General" ? null : formatByCode(v, code, lang)) ?? generalText(v, lang);
}
