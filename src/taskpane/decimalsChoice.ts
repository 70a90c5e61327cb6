/** The task pane's choice of percent decimals (1, or 2 as many provincial reports print 44,72%); price indices keep 2. */
import type { Settings } from "../report/make/reportSettings";

/** The select in taskpane.html, or null in an older page without it. */
function select(): HTMLSelectElement | null {
  return document.getElementById("percent-decimals") as HTMLSelectElement | null;
}

/** Show the saved choice. */
export function fillDecimals(s: Settings): void {
  const el = select();
  if (el) el.value = s.percentDecimals === 2 ? "2" : "1";
}

/** The choice as a settings field: 2 is saved, 1 is the default and left out. */
export function readDecimals(): Pick<Settings, "percentDecimals"> {
  return select()?.value === "2" ? { percentDecimals: 2 } : { percentDecimals: undefined };
}
