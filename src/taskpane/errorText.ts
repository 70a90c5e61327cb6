/** The words of a failure for the officer, in the pane's language. */
import type { Lang } from "../core/types";

function pick(value: unknown, lang: Lang): string | null {
  if (value && typeof value === "object") {
    const text = (value as Record<string, unknown>)[lang];
    if (typeof text === "string" && text) return text;
  }
  return null;
}

/**
 * A UserError from the adapter carries its message in both languages; take ours. Other errors give
 * their message; anything else its string form.
 */
export function errorText(e: unknown, lang: Lang): string {
  if (e && typeof e === "object") {
    const o = e as Record<string, unknown>;
    const direct = pick(o, lang);
    if (direct) return direct;
    for (const field of ["bilingual", "messages", "userMessage", "text", "message"]) {
      const text = pick(o[field], lang);
      if (text) return text;
    }
    if (typeof o.message === "string" && o.message) return o.message;
  }
  return typeof e === "string" ? e : String(e);
}
