/**
 * The task pane: the officer's control room. It only calls the Excel adapter (src/excel); all
 * business logic lives in src/core and src/report. Shared runtime: this page also hosts the
 * functions and commands bundles. This file starts the page; the state is state.ts, the rendering
 * render.ts, the officer's actions handlers.ts.
 */
import { lastOutcome, subscribe } from "../excel/events";
import { DEFAULT_SETTINGS, loadSettings } from "../excel/settings";
import { byId } from "../ui/dom";
import { onOutcome, quietCheck, refreshSources, wire } from "./handlers";
import { effectiveLang } from "./lang";
import { renderLanguage } from "./render";
import { paneActions, state } from "./state";
import { applyStyles } from "./styles";
import { applyTheme, type OfficeThemeColors } from "./theme";

/** Start once Office is ready: read the settings, speak the right language, show the form. */
export function start(displayLanguage: string | undefined, theme?: OfficeThemeColors | null): void {
  applyStyles(document);
  applyTheme(document, theme);
  state.displayLanguage = displayLanguage;
  try {
    state.settings = { ...DEFAULT_SETTINGS, ...loadSettings() };
  } catch {
    state.settings = { ...DEFAULT_SETTINGS };
  }
  state.lang = effectiveLang(state.settings.lang, displayLanguage);
  const loading = byId("loading");
  if (typeof Excel === "undefined") loading.setAttribute("data-i18n", "app.noOffice");
  else loading.hidden = true;
  wire();
  renderLanguage();
  paneActions.selectTab("tab-report");
  if (typeof performance !== "undefined" && typeof performance.mark === "function") {
    performance.mark("ct-settings-visible");
  }
  // The ribbon's results: from now on as they come, and the last one if it came before the pane.
  subscribe(onOutcome);
  const before = lastOutcome();
  if (before) onOutcome(before);
  void refreshSources().then(() => quietCheck());
}

/** Office's display language; outside Office (no context), the browser's. */
function officeLanguage(): string | undefined {
  let office: string | undefined;
  try {
    office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    office = undefined;
  }
  return office || (typeof navigator !== "undefined" ? navigator.language : undefined);
}

/** The Office theme's colours where Office gives them (desktop Excel; not the web, not a browser). */
function officeTheme(): OfficeThemeColors | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => start(officeLanguage(), officeTheme()));
} else if (typeof document !== "undefined") {
  // office.js did not load (opened outside Office, or blocked): still show the page.
  document.addEventListener("DOMContentLoaded", () => start(officeLanguage()));
}
