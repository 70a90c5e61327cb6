/**
 * help.html: what the add-in does, the data layout, the CT functions, the Excel versions and whom to
 * ask, in Vietnamese or English (?lang=vi|en from the manifest's SupportUrl/LearnMoreUrl, else the
 * browser's language). The same catalogue and help builder as the task pane's Help tab.
 */
import type { Lang } from "../core/types";
import { renderHelp } from "../taskpane/help";
import { applyStrings } from "../taskpane/i18n";
import { applyStyles } from "../taskpane/styles";

/** The page's language: ?lang= first, then the browser's. */
export function helpLang(search: string, browserLang: string | undefined): Lang {
  const asked = new URLSearchParams(search).get("lang");
  if (asked === "vi" || asked === "en") return asked;
  return /^vi\b/i.test(browserLang ?? "") ? "vi" : "en";
}

function render(lang: Lang): void {
  applyStrings(document, lang);
  renderHelp(document.getElementById("help-content") as HTMLElement, lang);
  document.getElementById("lang-switch")?.setAttribute("lang", lang === "vi" ? "en" : "vi");
}

function start(): void {
  applyStyles(document);
  let lang = helpLang(location.search, navigator.language);
  render(lang);
  document.getElementById("lang-switch")?.addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    history.replaceState(null, "", `?lang=${lang}`);
    render(lang);
  });
}

if (typeof document !== "undefined") document.addEventListener("DOMContentLoaded", start);
