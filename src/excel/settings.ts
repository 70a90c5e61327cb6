/**
 * The task pane's settings, kept in the workbook's document settings (Office.context.document
 * .settings + saveAsync) so they travel with the file to the next officer.
 */
import type { EstimateMethod, Lang } from "../core/types";
import { UserError } from "./userError";

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
}

/** The data's number style: "vi" 21.000,5 or "en" 21,000.5. */
export type NumberStyle = "vi" | "en";

export const DEFAULT_SETTINGS: Settings = {
  source: null,
  template: null,
  year: null,
  month: null,
  method: "seasonal",
  comparison: "index",
  lang: null,
  live: true,
  numberStyle: "vi",
};

/** The document setting's name. */
export const SETTINGS_KEY = "ct.settings";

const METHODS: readonly EstimateMethod[] = ["runrate", "seasonal", "recent", "manual"];

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
    method: METHODS.includes(o.method as EstimateMethod) ? (o.method as EstimateMethod) : DEFAULT_SETTINGS.method,
    comparison: o.comparison === "growth" ? "growth" : "index",
    lang: o.lang === "vi" || o.lang === "en" ? o.lang : null,
    live: typeof o.live === "boolean" ? o.live : DEFAULT_SETTINGS.live,
    numberStyle: o.numberStyle === "en" ? "en" : DEFAULT_SETTINGS.numberStyle,
  };
}

function documentSettings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

/** The workbook's settings (defaults outside Office or when none were saved). */
export function loadSettings(): Settings {
  const store = documentSettings();
  if (!store) return { ...DEFAULT_SETTINGS };
  let raw: unknown = null;
  try {
    raw = store.get(SETTINGS_KEY);
  } catch {
    raw = null;
  }
  return normalizeSettings(raw);
}

/** Store the settings in the workbook and save them (they are saved with the file). */
export function saveSettings(s: Settings): Promise<void> {
  const store = documentSettings();
  if (!store) return Promise.resolve();
  store.set(SETTINGS_KEY, normalizeSettings(s));
  return new Promise<void>((resolve, reject) => {
    store.saveAsync((result: Office.AsyncResult<void>) => {
      if (String(result.status) === "failed") {
        reject(new UserError("settings-save", { detail: result.error?.message ?? "" }));
      } else resolve();
    });
  });
}

/** Office's display language, or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** Office's display language to ours: any vi-* is Vietnamese, anything else English. */
export function langFromDisplay(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === "string" && /^vi(-|_|$)/i.test(displayLanguage) ? "vi" : "en";
}

/** The language in use: the officer's choice, else Office's display language. */
export function settingsLang(s: Pick<Settings, "lang">): Lang {
  return s.lang ?? langFromDisplay(officeDisplayLanguage());
}
