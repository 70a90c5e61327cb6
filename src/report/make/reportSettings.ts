/**
 * The report options the officer sets in the task pane, saved in the workbook (Office document settings,
 * key "ct.settings"; Office keeps them in the file's xl/webextensions part, which src/xlsx reads). Pure:
 * the add-in stores them (src/excel/settings.ts), and the command and the browser page read the same
 * saved settings from the file, so one store serves every face; a command flag overrides a saved value.
 */
import { PERIOD_KINDS, type PeriodKind } from "../../core/periodPhrases";
import type { NumberStyle } from "../../core/numberText";
import { isEstimateMethod, type EstimateMethod, type Lang } from "../../core/types";
import { REPORT_DEFAULTS, type ReportRequest } from "./request";

export interface Settings {
  /** A data source id from listSources() ("table:Dữ liệu", "sheet:Dữ liệu mẫu"), or null: find it. */
  source: string | null;
  /** A sheet the officer designed with {{…}} placeholders, or null: the standard table. */
  template: string | null;
  year: number | null;
  month: number | null;
  method: EstimateMethod;
  comparison: "index" | "growth";
  /** null: follow Office's display language. */
  lang: Lang | null;
  /** Native formulas in comparison cells (true) or computed values. */
  live: boolean;
  /**
   * How numbers typed as text in the data are written: "vi" 21.000,5 (the default) or "en" 21,000.5.
   * Settings saved before this field existed load with the default.
   */
  numberStyle: NumberStyle;
  /**
   * The report's kind: the month, the quarter or the months so far; null: the month's default
   * (docs/periods.md). Settings saved before this field existed load with null.
   */
  periodKind: PeriodKind | null;
  /** Decimals of percent of plan and of growth: 2 where the officer sets it (44,72%); absent is 1. */
  percentDecimals?: 1 | 2;
}

export type { NumberStyle };

export const DEFAULT_SETTINGS: Settings = {
  source: null,
  template: null,
  year: null,
  month: null,
  method: REPORT_DEFAULTS.method,
  comparison: REPORT_DEFAULTS.comparison,
  lang: null,
  live: REPORT_DEFAULTS.live,
  numberStyle: REPORT_DEFAULTS.numberStyle,
  periodKind: null,
};

/** The document setting's name. */
export const SETTINGS_KEY = "ct.settings";

function str(x: unknown): string | null {
  return typeof x === "string" && x.trim() !== "" ? x : null;
}

function int(x: unknown, lo: number, hi: number): number | null {
  return typeof x === "number" && Number.isInteger(x) && x >= lo && x <= hi ? x : null;
}

/** Whatever was stored, made into valid settings (unknown or broken fields fall back to defaults). */
export function normalizeSettings(raw: unknown): Settings {
  const o = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return {
    source: str(o.source),
    template: str(o.template),
    year: int(o.year, 1900, 9999),
    month: int(o.month, 1, 12),
    method: isEstimateMethod(o.method) ? o.method : DEFAULT_SETTINGS.method,
    comparison: o.comparison === "growth" ? "growth" : "index",
    lang: o.lang === "vi" || o.lang === "en" ? o.lang : null,
    live: typeof o.live === "boolean" ? o.live : DEFAULT_SETTINGS.live,
    numberStyle: o.numberStyle === "en" ? "en" : DEFAULT_SETTINGS.numberStyle,
    periodKind: PERIOD_KINDS.includes(o.periodKind as PeriodKind) ? (o.periodKind as PeriodKind) : null,
    ...(o.percentDecimals === 2 ? { percentDecimals: 2 as const } : {}),
  };
}

/** The settings saved in a file's web-extension properties (JSON text as Office stores it), or null when none or unreadable. */
export function savedSettingsFromProperties(properties: Record<string, string> | undefined): Settings | null {
  const raw = properties?.[SETTINGS_KEY];
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
    // A setting saved as a JSON string of the object is read the same way.
    if (typeof value === "string") value = JSON.parse(value);
  } catch {
    return null;
  }
  return value && typeof value === "object" && !Array.isArray(value) ? normalizeSettings(value) : null;
}

/** The report request the saved settings make (the period, method, comparison, values, number style). */
export function requestFromSettings(s: Settings, lang: ReportRequest["lang"]): ReportRequest {
  return {
    lang,
    method: s.method,
    compare: s.comparison,
    values: !s.live,
    numberStyle: s.numberStyle,
    ...(s.percentDecimals === 2 ? { percentDecimals: 2 as const } : {}),
    ...(s.year !== null ? { year: s.year } : {}),
    ...(s.month !== null ? { month: s.month } : {}),
    ...(s.periodKind !== null ? { periodKind: s.periodKind } : {}),
  };
}
