/**
 * The document settings (agency heading, number, place, signer: src/report/document/documentSettings.ts) in the
 * workbook's document settings under DOCUMENT_SETTINGS_KEY, beside the report options ("ct.settings").
 * Office saves them inside the .xlsx (xl/webextensions/webextension*.xml), where ct-report and the
 * browser page read them back: the one store every door shares.
 */
import {
  DEFAULT_DOCUMENT_SETTINGS,
  DOCUMENT_SETTINGS_KEY,
  parseDocumentSettings,
  type DocumentSettings,
} from "../report/document/documentSettings";
import { UserError } from "./userError";

function store(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

/** The workbook's document settings (the defaults outside Office or when none were saved). */
export function loadDocumentSettings(): DocumentSettings {
  const s = store();
  let raw: unknown = null;
  try {
    raw = s?.get(DOCUMENT_SETTINGS_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { ...DEFAULT_DOCUMENT_SETTINGS };
  return parseDocumentSettings(raw as Record<string, unknown>).settings;
}

/** Store the document settings in the workbook and save them with it. */
export function saveDocumentSettings(settings: DocumentSettings): Promise<void> {
  const s = store();
  if (!s) return Promise.resolve();
  s.set(DOCUMENT_SETTINGS_KEY, { ...settings, recipients: [...settings.recipients] });
  return new Promise<void>((resolve, reject) => {
    s.saveAsync((result: Office.AsyncResult<void>) => {
      if (String(result.status) === "failed") {
        reject(new UserError("settings-save", { detail: result.error?.message ?? "" }));
      } else resolve();
    });
  });
}
