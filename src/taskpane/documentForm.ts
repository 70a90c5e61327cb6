/**
 * The document settings' form (agency heading, number, place, signer, recipients): filled from the
 * workbook, checked by the one parser (src/report/document/documentSettings.ts), saved into the workbook
 * (src/excel/documentSettingsStore.ts). No business logic here.
 */
import { loadDocumentSettings, saveDocumentSettings } from "../excel/documentSettingsStore";
import { parseDocumentSettings, type DocumentSettings } from "../report/document/documentSettings";
import type { Lang } from "../core/types";

function fields(form: HTMLFormElement): (HTMLInputElement | HTMLTextAreaElement)[] {
  return Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-doc]"));
}

/** Put the workbook's document settings into the form. */
export function fillDocumentForm(form: HTMLFormElement, settings: DocumentSettings = loadDocumentSettings()): void {
  for (const f of fields(form)) {
    const key = f.dataset.doc as keyof DocumentSettings;
    const v = settings[key];
    f.value = Array.isArray(v) ? v.join("\n") : (v ?? "");
  }
}

/** The form's values through the one parser: the settings, and what was not taken (in `lang`). */
export function readDocumentForm(
  form: HTMLFormElement,
  lang: Lang,
): { settings: DocumentSettings; problems: string[] } {
  const values: Record<string, string> = {};
  for (const f of fields(form)) if (f.dataset.doc) values[f.dataset.doc] = f.value;
  const { settings, problems } = parseDocumentSettings(values);
  return { settings, problems: problems.map((p) => p.message[lang]) };
}

/** Wire the form: saving writes the settings into the workbook; `say` shows the outcome. */
export function wireDocumentForm(
  form: HTMLFormElement,
  lang: () => Lang,
  say: (outcome: { ok: true } | { ok: false; detail: string }) => void,
): void {
  fillDocumentForm(form);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const { settings, problems } = readDocumentForm(form, lang());
    if (problems.length > 0) {
      say({ ok: false, detail: problems.join(" ") });
      return;
    }
    saveDocumentSettings(settings).then(
      () => say({ ok: true }),
      (err: unknown) => say({ ok: false, detail: err instanceof Error ? err.message : String(err) }),
    );
  });
}
