/**
 * Puts the catalogue's strings into the static page: data-i18n sets the text, data-i18n-aria-label,
 * data-i18n-placeholder and data-i18n-title set those attributes. Always as text, never as HTML.
 */
import type { Lang } from "../core/types";
import { STRINGS, type StringKey } from "../ui/strings";

function lookup(lang: Lang, key: string | null): string | null {
  if (!key || !(key in STRINGS[lang])) return null;
  return STRINGS[lang][key as StringKey];
}

/** Translate every marked element under `root` and set the document's language. */
export function applyStrings(root: ParentNode, lang: Lang): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    const text = lookup(lang, node.getAttribute("data-i18n"));
    if (text !== null) node.textContent = text;
  }
  for (const attr of ["aria-label", "placeholder", "title"]) {
    for (const node of Array.from(root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`))) {
      const text = lookup(lang, node.getAttribute(`data-i18n-${attr}`));
      if (text !== null) node.setAttribute(attr, text);
    }
  }
  if (root instanceof Document) root.documentElement.lang = lang;
}
