/** The choices form: read into the report request's choices, and preset from a workbook's saved settings. */
import { PERIOD_KINDS, type PeriodKind } from "../core/periodPhrases";
import { isEstimateMethod, type Lang } from "../core/types";
import type { Settings } from "../report/make/reportSettings";
import { byId, setOptions } from "../ui/dom";
import { presetPageDecimals, readPageDecimals } from "./decimalsChoice";
import type { Choices } from "./make";
import { pageText } from "./strings";

const select = (id: string): HTMLSelectElement => byId<HTMLSelectElement>(id);
const input = (id: string): HTMLInputElement => byId<HTMLInputElement>(id);

/**
 * The form's choices in the page's language: overrides of each workbook's saved settings (the form starts
 * from them, presetFromSaved). "Tự động" is null: inferred from the data even when a period was saved.
 */
export function readChoices(lang: Lang): Choices {
  const year = Number(select("year").value);
  const month = Number(select("month").value);
  const method = select("method").value;
  const kind = select("period-kind").value;
  return {
    year: year > 0 ? year : null,
    month: month > 0 ? month : null,
    periodKind: PERIOD_KINDS.includes(kind as PeriodKind) ? (kind as PeriodKind) : null,
    ...(isEstimateMethod(method) ? { method } : {}),
    compare: select("comparison").value === "growth" ? "growth" : "index",
    lang,
    values: select("live").value === "false",
    numberStyle: select("number-style").value === "en" ? "en" : "vi",
    ...readPageDecimals(),
    heading: { agencyParent: input("agency-parent").value, agency: input("agency").value },
  };
}

/** The year list: "automatic" then every year the data holds; months 1..12 after "automatic". */
export function fillPeriods(lang: Lang, years: readonly number[]): void {
  setOptions(select("year"), [
    { value: "", label: pageText(lang, "page.yearAuto") },
    ...years.map((y) => ({ value: String(y), label: String(y) })),
  ]);
  setOptions(select("month"), [
    { value: "", label: pageText(lang, "page.monthAuto") },
    ...Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      label: pageText(lang, "settings.monthN", { n: i + 1 }),
    })),
  ]);
}

/** Preset the form from the task pane's settings saved in the workbook (ct.settings), when there are any. */
export function presetFromSaved(s: Settings | null, lang: Lang, years: readonly number[]): void {
  if (!s) return;
  fillPeriods(lang, s.year !== null && !years.includes(s.year) ? [...years, s.year].sort() : years);
  select("year").value = s.year !== null ? String(s.year) : "";
  select("month").value = s.month !== null ? String(s.month) : "";
  select("period-kind").value = s.periodKind ?? "";
  select("method").value = s.method;
  select("comparison").value = s.comparison;
  select("live").value = String(s.live);
  select("number-style").value = s.numberStyle;
  presetPageDecimals(s);
}

/** Call `onChange` whenever a choice changes. */
export function watchChoices(onChange: () => void): void {
  byId("choices").addEventListener("change", onChange);
  byId("choices").addEventListener("submit", (e) => e.preventDefault());
}
