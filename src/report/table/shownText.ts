/**
 * A grid cell's value as a spreadsheet shows it under its number format, for documents made from the
 * grid (the Word report's appendix): "#,##0.0" groups thousands and keeps one decimal, "0.00" keeps two
 * without grouping, in the report language's marks (21.000,5 / 21,000.5). Pure.
 */
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/types";
import type { GridCell } from "./grid";

/** Decimals and grouping of an Excel number format's first section ("#,##0.0;…"). */
export function formatShape(format: string | undefined): { decimals: number; grouped: boolean } {
  const first = (format ?? "General").split(";")[0] ?? "";
  const body = first.replace(/"[^"]*"/g, "");
  return { decimals: /\.(0+)/.exec(body)?.[1]?.length ?? 0, grouped: /[#0],[#0]/.test(body) };
}

/** The text a cell shows; "" for an empty cell or a formula that shows nothing. */
export function shownText(cell: GridCell | undefined, lang: Lang): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return "";
  if (!cell?.format || cell.format === "General") return formatNumber(v, decimalsOf(v), lang).replace(/[.,]0+$/, "");
  const { decimals, grouped } = formatShape(cell.format);
  const text = formatNumber(v, decimals, lang);
  return grouped ? text : text.split(lang === "vi" ? "." : ",").join("");
}

/** Enough decimals to show a General number as Excel does (up to 10 significant places). */
function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : Math.min(10, s.length - dot - 1);
}
