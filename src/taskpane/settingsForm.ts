/**
 * The settings form: Settings in, Settings out. No Office call here; the page saves what read() gives.
 */
import { isEstimateMethod, type Lang } from "../core/types";
import { fillDecimals, readDecimals } from "./decimalsChoice";
import { DEFAULT_SETTINGS, type Settings } from "../excel/settings";
import { byId, setOptions } from "../ui/dom";
import { fillPeriodKind, readPeriodKind } from "./periodKindChoice";
import { format } from "../ui/strings";

/** A data source as listSources() gives it. */
export interface SourceItem {
  id: string;
  kind: "table" | "sheet";
  name: string;
}

/** What the option labels depend on. */
export interface FormContext {
  lang: Lang;
  officeLang: Lang;
  sources: readonly SourceItem[];
  inferred: { year: number; month: number } | null;
}

function radios(name: string): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name=${name}]`));
}

function checkRadio(name: string, value: string): void {
  for (const r of radios(name)) r.checked = r.value === value;
}

function radioValue(name: string): string | null {
  return radios(name).find((r) => r.checked)?.value ?? null;
}

/** Rebuild the option lists whose labels depend on the language, the sources found and the inferred period. */
export function renderOptions(ctx: FormContext): void {
  const t = (key: Parameters<typeof format>[1], params: Record<string, string | number> = {}): string =>
    format(ctx.lang, key, params);
  const sourceOptions = [{ value: "", label: t("settings.sourceAuto") }];
  for (const s of ctx.sources) {
    sourceOptions.push({
      value: s.id,
      label: t(s.kind === "table" ? "settings.sourceTable" : "settings.sourceSheet", { name: s.name }),
    });
  }
  setOptions(byId<HTMLSelectElement>("source"), sourceOptions);

  const templateOptions = [{ value: "", label: t("settings.templateNone") }];
  for (const s of ctx.sources) if (s.kind === "sheet") templateOptions.push({ value: s.name, label: s.name });
  setOptions(byId<HTMLSelectElement>("template"), templateOptions);

  const months = [];
  for (let n = 1; n <= 12; n++) months.push({ value: String(n), label: t("settings.monthN", { n }) });
  setOptions(byId<HTMLSelectElement>("month"), months);

  const auto = byId<HTMLSelectElement>("period-mode").options[0];
  if (auto) {
    auto.textContent = ctx.inferred
      ? t("settings.periodAutoKnown", { month: ctx.inferred.month, year: ctx.inferred.year })
      : t("settings.periodAuto");
  }
  byId("lang-office").textContent = t("settings.langOffice", {
    name: format(ctx.lang, ctx.officeLang === "vi" ? "settings.langVi" : "settings.langEn"),
  });
}

/** Keep a saved choice visible even when the workbook no longer lists it (a renamed sheet, say). */
function ensureOption(select: HTMLSelectElement, value: string): void {
  if (value && !Array.from(select.options).some((o) => o.value === value)) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }
}

/** Show a Settings in the form. */
export function fillForm(s: Settings, ctx: FormContext): void {
  const source = byId<HTMLSelectElement>("source");
  ensureOption(source, s.source ?? "");
  source.value = s.source ?? "";
  const template = byId<HTMLSelectElement>("template");
  ensureOption(template, s.template ?? "");
  template.value = s.template ?? "";
  const manual = s.year !== null && s.month !== null;
  byId<HTMLSelectElement>("period-mode").value = manual ? "manual" : "auto";
  byId("manual-period").hidden = !manual;
  const year = byId<HTMLInputElement>("year");
  year.value = s.year !== null ? String(s.year) : String(ctx.inferred?.year ?? new Date().getFullYear());
  year.removeAttribute("aria-invalid");
  byId("year-error").textContent = "";
  byId<HTMLSelectElement>("month").value = String(s.month ?? ctx.inferred?.month ?? 12);
  byId<HTMLSelectElement>("method").value = isEstimateMethod(s.method) ? s.method : DEFAULT_SETTINGS.method;
  checkRadio("comparison", s.comparison);
  checkRadio("live", String(s.live));
  byId<HTMLSelectElement>("lang").value = s.lang ?? "";
  byId<HTMLSelectElement>("number-style").value = s.numberStyle === "en" ? "en" : "vi";
  fillPeriodKind(s.periodKind, s.month ?? ctx.inferred?.month ?? null, ctx.lang);
  fillDecimals(s);
}

/**
 * The Settings the form shows, starting from `previous` (fields the form does not hold are kept).
 * Returns null when a typed value is invalid (the field is marked and explained).
 */
export function readForm(previous: Settings, lang: Lang): Settings | null {
  const manual = byId<HTMLSelectElement>("period-mode").value === "manual";
  byId("manual-period").hidden = !manual;
  const yearInput = byId<HTMLInputElement>("year");
  let year: number | null = null;
  let month: number | null = null;
  if (manual) {
    year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      yearInput.setAttribute("aria-invalid", "true");
      byId("year-error").textContent = format(lang, "settings.yearInvalid");
      return null;
    }
    month = Number(byId<HTMLSelectElement>("month").value);
  }
  yearInput.removeAttribute("aria-invalid");
  byId("year-error").textContent = "";
  const langValue = byId<HTMLSelectElement>("lang").value;
  const method = byId<HTMLSelectElement>("method").value;
  const numberStyle = byId<HTMLSelectElement>("number-style").value;
  return {
    ...previous,
    source: byId<HTMLSelectElement>("source").value || null,
    template: byId<HTMLSelectElement>("template").value || null,
    year,
    month,
    method: isEstimateMethod(method) ? method : previous.method,
    comparison: radioValue("comparison") === "growth" ? "growth" : "index",
    live: radioValue("live") !== "false",
    lang: langValue === "vi" || langValue === "en" ? langValue : null,
    numberStyle: numberStyle === "en" ? "en" : "vi",
    periodKind: readPeriodKind(),
    ...readDecimals(),
  };
}
