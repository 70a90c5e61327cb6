/**
 * Puts the page's strings into the static page: data-i18n sets the text, data-i18n-aria-label the
 * attribute. Always as text, never as HTML.
 */
import type { Lang } from "../core/types";
import { isTextKey, pageText } from "./strings";

/** Translate every marked element and set the document's language. */
export function applyPageStrings(doc: Document, lang: Lang): void {
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    const key = node.getAttribute("data-i18n") ?? "";
    if (isTextKey(key)) node.textContent = pageText(lang, key);
  }
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n-aria-label]"))) {
    const key = node.getAttribute("data-i18n-aria-label") ?? "";
    if (isTextKey(key)) node.setAttribute("aria-label", pageText(lang, key));
  }
  doc.documentElement.lang = lang;
  doc.title = pageText(lang, "page.title");
}
