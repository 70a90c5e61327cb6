// SHIM for branch h-page: replaced by the h-doc implementation at merge
/**
 * The report's document settings (issue 10: the agency heading, number and symbol, place, signer),
 * as a pure type with defaults and a parse from the workbook's saved key/values. Only what the browser
 * page needs until h-doc's store lands: the page reads the heading from the workbook and lets the
 * officer change it.
 */

export interface DocumentSettings {
  /** The governing body over the agency, e.g. "UBND TỈNH …". */
  agencyParent: string;
  /** The agency itself, e.g. "SỞ CÔNG THƯƠNG". */
  agency: string;
  /** Number and symbol, e.g. "…/BC-SCT". */
  number: string;
  place: string;
  signerTitle: string;
  signerName: string;
}

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  agencyParent: "UBND TỈNH …",
  agency: "SỞ CÔNG THƯƠNG",
  number: "…/BC-SCT",
  place: "…",
  signerTitle: "GIÁM ĐỐC",
  signerName: "",
};

/** The saved settings' name among the workbook's document settings. */
export const DOCUMENT_SETTINGS_KEY = "ct.document";

/** Settings from the workbook's saved key/values (a JSON object under DOCUMENT_SETTINGS_KEY); defaults elsewhere. */
export function parseDocumentSettings(values: Record<string, string>): DocumentSettings {
  const out = { ...DEFAULT_DOCUMENT_SETTINGS };
  const raw = values[DOCUMENT_SETTINGS_KEY];
  if (!raw) return out;
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    for (const k of Object.keys(out) as (keyof DocumentSettings)[]) {
      const v = o[k];
      if (typeof v === "string" && v.trim() !== "") out[k] = v;
    }
  } catch {
    // Broken JSON: the defaults stand.
  }
  return out;
}
