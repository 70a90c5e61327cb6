/**
 * The summary line above "Tạo báo cáo": what the button will make (data source, period, estimate
 * method), read from the settings form as it stands, so it says exactly what the form says even while
 * the form is folded away.
 */
import type { Lang } from "../core/types";
import { byId } from "../ui/dom";
import { format } from "../ui/strings";

/** The text of a select's chosen option ("" when none). */
function chosen(id: string): string {
  const select = byId<HTMLSelectElement>(id);
  return (select.selectedOptions[0]?.textContent ?? "").trim();
}

/** The period as the form gives it: "Tự động (9/2013)", or "6/2013" for a chosen month. */
function period(): string {
  if (byId<HTMLSelectElement>("period-mode").value !== "manual") return chosen("period-mode");
  return `${byId<HTMLSelectElement>("month").value}/${byId<HTMLInputElement>("year").value}`;
}

/** Fill #summary-source, #summary-period and #summary-method in `lang`. */
export function renderSummary(lang: Lang): void {
  byId("summary-source").textContent = format(lang, "summary.source", { source: chosen("source") });
  byId("summary-period").textContent = format(lang, "summary.period", { period: period() });
  byId("summary-method").textContent = format(lang, "summary.method", { method: chosen("method") });
}
