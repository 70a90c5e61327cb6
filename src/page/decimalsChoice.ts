/** The page's choice of percent decimals (1, or 2 as in 44,72%), the same setting as the task pane's and --decimals. */
import type { Settings } from "../report/make/reportSettings";

/** The select in report.html, or null in an older page without it. */
function select(): HTMLSelectElement | null {
  return document.getElementById("percent-decimals") as HTMLSelectElement | null;
}

/** The choice for the request: 1 or 2 (44,72%); nothing in an older page without the select. */
export function readPageDecimals(): { percentDecimals?: 1 | 2 } {
  const value = select()?.value;
  return value === "2" ? { percentDecimals: 2 } : value === "1" ? { percentDecimals: 1 } : {};
}

/** Preset from the workbook's saved settings. */
export function presetPageDecimals(s: Settings): void {
  const el = select();
  if (el) el.value = s.percentDecimals === 2 ? "2" : "1";
}
