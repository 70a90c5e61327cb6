/** The page's choice of percent decimals (1, or 2 as in 44,72%), the same setting as the task pane's and --decimals. */
import type { Settings } from "../report/make/reportSettings";

/** The select in report.html, or null in an older page without it. */
function select(): HTMLSelectElement | null {
  return document.getElementById("percent-decimals") as HTMLSelectElement | null;
}

/** The choice for the request: 2, or nothing (1, the default). */
export function readPageDecimals(): { percentDecimals?: 2 } {
  return select()?.value === "2" ? { percentDecimals: 2 } : {};
}

/** Preset from the workbook's saved settings. */
export function presetPageDecimals(s: Settings): void {
  const el = select();
  if (el) el.value = s.percentDecimals === 2 ? "2" : "1";
}
