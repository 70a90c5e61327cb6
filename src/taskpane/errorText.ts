/** The words of a failure for the officer, in the pane's language, always from a catalogue. */
import type { Lang } from "../core/types";
import { isUserError, isUserErrorCode, userErrorText } from "../excel/userError";

/** A ribbon outcome's message, already in both languages (a Message, from the adapter's catalogue). */
function bilingual(value: unknown, lang: Lang): string | null {
  if (value && typeof value === "object" && !(value instanceof Error)) {
    const text = (value as Record<string, unknown>)[lang];
    if (typeof text === "string" && text) return text;
  }
  return null;
}

/** What an unknown error says about itself (its message, else its string form). */
function detail(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (e && typeof e === "object") {
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return String(e);
}

/**
 * A UserError (also one thrown by another bundle of the shared runtime, known by its name) is
 * rendered from its code and parameters through the adapter's catalogue; a ribbon outcome's
 * Message gives our language; anything else is wrapped, with its detail, in the words every face uses
 * for the unexpected (the ribbon's too), so a raw English message never stands alone.
 */
export function errorText(e: unknown, lang: Lang): string {
  if (isUserError(e)) {
    const o = e as { code?: unknown; params?: unknown };
    if (isUserErrorCode(o.code)) {
      const params = o.params && typeof o.params === "object" ? (o.params as Record<string, string | number>) : {};
      return userErrorText(o.code, params, lang);
    }
  }
  const direct = bilingual(e, lang);
  if (direct) return direct;
  return userErrorText("excel-failed", { detail: detail(e) }, lang);
}
