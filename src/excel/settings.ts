/**
 * The task pane's settings, kept in the workbook's document settings (Office.context.document
 * .settings + saveAsync) so they travel with the file to the next officer.
 */
import type { Lang } from "../core/types";
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_KEY,
  type NumberStyle,
  type Settings,
} from "../report/make/reportSettings";
import { UserError } from "./userError";

export {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_KEY,
  type NumberStyle,
  type Settings,
} from "../report/make/reportSettings";

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

/**
 * The number style of the workbook's data as the officer saved it (the pane's "Kiểu số trong dữ liệu", ct.settings):
 * how CT.PLANPCT reads a plan typed as text, as the report reads the data. Vietnamese outside Office or unsaved.
 */
export function savedNumberStyle(): NumberStyle {
  return loadSettings().numberStyle;
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
