/**
 * The task pane: the officer's control room. It only calls the Excel adapter (src/excel); all
 * business logic lives in src/core and src/report. Shared runtime: this page also hosts the
 * functions and commands bundles.
 */
import type { Kind, Lang } from "../core/types";
import { checkData } from "../excel/checkData";
import { runReport } from "../excel/runReport";
import { activateSheet, selectAddress } from "../excel/select";
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from "../excel/settings";
import { listSources } from "../excel/sources";
import type { Problem } from "../report/types";
import { copyText } from "./clipboard";
import { byId, clear, el } from "./dom";
import { errorText } from "./errorText";
import { renderHelp } from "./help";
import { applyStrings } from "./i18n";
import { effectiveLang, langFromOffice } from "./lang";
import { renderProblems } from "./problemsView";
import { fillForm, readForm, renderOptions, type FormContext, type SourceItem } from "./settingsForm";
import { format, STRINGS, type StringKey } from "./strings";
import { applyStyles } from "./styles";
import { setupTabs } from "./tabs";

type RunResult = Awaited<ReturnType<typeof runReport>>;

/** Everything the page remembers between clicks. */
interface State {
  settings: Settings;
  displayLanguage: string | undefined;
  lang: Lang;
  sources: SourceItem[];
  inferred: { year: number; month: number } | null;
  lastRun: RunResult | null;
  runError: unknown;
  paragraph: { lang: Lang; text: string } | null;
  edited: boolean;
  check: { problems: Problem[]; counts: Record<Kind, number> | null } | null;
  checkError: unknown;
  checkedOnce: boolean;
  busy: boolean;
}

const state: State = {
  settings: { ...DEFAULT_SETTINGS },
  displayLanguage: undefined,
  lang: "vi",
  sources: [],
  inferred: null,
  lastRun: null,
  runError: null,
  paragraph: null,
  edited: false,
  check: null,
  checkError: null,
  checkedOnce: false,
  busy: false,
};

let selectTab: (id: string) => void = () => undefined;

function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return format(state.lang, key, params);
}

function formContext(): FormContext {
  return {
    lang: state.lang,
    officeLang: langFromOffice(state.displayLanguage),
    sources: state.sources,
    inferred: state.inferred,
  };
}

/** Re-render everything that speaks: static strings, options, result, problems, paragraph note, help. */
function renderLanguage(): void {
  applyStrings(document, state.lang);
  byId("lang-switch").setAttribute("lang", state.lang === "vi" ? "en" : "vi");
  renderOptions(formContext());
  fillForm(state.settings, formContext());
  renderResult();
  renderCheck();
  renderParagraphNote();
  renderHelp(byId("help-content"), state.lang);
}

async function persist(next: Settings): Promise<void> {
  const langBefore = state.lang;
  state.settings = next;
  state.lang = effectiveLang(next.lang, state.displayLanguage);
  if (state.lang !== langBefore) renderLanguage();
  const status = byId("settings-status");
  try {
    await saveSettings(next);
    status.textContent = t("settings.saved");
  } catch (e) {
    status.textContent = t("settings.saveFailed", { error: errorText(e, state.lang) });
  }
}

function onFormChange(): void {
  const next = readForm(state.settings, state.lang);
  if (next) void persist(next);
}

async function refreshSources(): Promise<void> {
  try {
    state.sources = await listSources();
  } catch {
    state.sources = [];
  }
  renderOptions(formContext());
  fillForm(state.settings, formContext());
}

function learnPeriod(p: { year?: unknown; month?: unknown } | null | undefined): void {
  if (p && typeof p.year === "number" && typeof p.month === "number") {
    state.inferred = { year: p.year, month: p.month };
    renderOptions(formContext());
    fillForm(state.settings, formContext());
  }
}

function progressText(step: string): string {
  const key = `run.step.${step}`;
  return key in STRINGS[state.lang] ? t(key as StringKey) : step;
}

function renderResult(): void {
  const box = byId("run-result");
  clear(box);
  const r = state.lastRun;
  if (state.runError) {
    box.hidden = false;
    box.className = "result failed";
    box.appendChild(el("h3", {}, t("run.failed")));
    box.appendChild(el("p", { id: "run-error" }, errorText(state.runError, state.lang)));
    return;
  }
  if (!r) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.className = "result";
  box.appendChild(el("h3", {}, t("run.doneHeading")));
  const facts = [
    el("li", { id: "result-sheet" }, t("run.doneSheet", { sheet: r.sheetName })),
    el("li", { id: "result-count" }, t("run.doneCount", { count: r.indicatorCount })),
    el("li", { id: "result-period" }, t("run.donePeriod", { month: r.month, year: r.year })),
  ];
  if (r.templateSheet)
    facts.push(el("li", { id: "result-template" }, t("run.doneTemplate", { sheet: r.templateSheet })));
  box.appendChild(el("ul", {}, facts));
  const open = el("button", { type: "button", class: "btn", id: "open-sheet" }, t("run.open", { sheet: r.sheetName }));
  open.addEventListener("click", () => {
    activateSheet(r.sheetName).catch((e: unknown) => {
      byId("run-status").textContent = t("error.generic", { error: errorText(e, state.lang) });
    });
  });
  const actions = el("div", { class: "actions" }, [open]);
  if (r.problems.length > 0) {
    const see = el("button", { type: "button", class: "link", id: "see-problems" }, t("run.seeProblems"));
    see.addEventListener("click", () => selectTab("tab-check"));
    actions.appendChild(el("span", { id: "result-problems" }, t("run.problems", { count: r.problems.length })));
    actions.appendChild(see);
  }
  box.appendChild(actions);
}

function renderParagraphNote(): void {
  const area = byId<HTMLTextAreaElement>("paragraph");
  const regenerate = byId<HTMLButtonElement>("regenerate");
  const status = byId("paragraph-status");
  byId<HTMLButtonElement>("copy").disabled = area.value.trim() === "";
  if (state.paragraph && state.paragraph.lang !== state.lang) {
    status.textContent = t("paragraph.otherLang");
    regenerate.hidden = false;
    regenerate.textContent = t("paragraph.regenerate");
  } else {
    const note = status.textContent;
    if (note === STRINGS.vi["paragraph.otherLang"] || note === STRINGS.en["paragraph.otherLang"])
      status.textContent = "";
    regenerate.hidden = true;
  }
}

async function onRun(): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  const button = byId<HTMLButtonElement>("run");
  const progress = byId("run-progress");
  const status = byId("run-status");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  progress.hidden = false;
  status.textContent = t("run.busy");
  state.runError = null;
  const settings = { ...state.settings, lang: state.settings.lang ?? state.lang };
  try {
    const r = await runReport(settings, (step) => {
      status.textContent = progressText(step);
    });
    state.lastRun = r;
    state.inferred = { year: r.year, month: r.month };
    renderOptions(formContext());
    fillForm(state.settings, formContext());
    state.paragraph = { lang: state.lang, text: r.paragraph };
    state.edited = false;
    byId<HTMLTextAreaElement>("paragraph").value = r.paragraph;
    state.check = { problems: r.problems, counts: state.check?.counts ?? null };
    status.textContent = t("run.step.done");
  } catch (e) {
    state.runError = e;
    state.lastRun = null;
    status.textContent = t("run.failed");
  } finally {
    state.busy = false;
    button.disabled = false;
    button.removeAttribute("aria-busy");
    progress.hidden = true;
    renderResult();
    renderCheck();
    renderParagraphNote();
  }
}

function renderCheck(): void {
  const summary = byId("check-summary");
  const list = byId("problem-list");
  if (state.checkError) {
    clear(list);
    clear(summary);
    summary.hidden = false;
    summary.appendChild(
      el("p", { id: "check-error", class: "result failed" }, errorText(state.checkError, state.lang)),
    );
    return;
  }
  if (!state.check) {
    summary.hidden = true;
    clear(list);
    return;
  }
  renderProblems(summary, list, state.check.problems, state.check.counts, state.lang, onSelectProblem);
}

function onSelectProblem(address: string): void {
  const status = byId("check-status");
  selectAddress(address).then(
    () => {
      status.textContent = t("check.selected", { address });
    },
    (e: unknown) => {
      status.textContent = t("check.selectFailed", { address, error: errorText(e, state.lang) });
    },
  );
}

/**
 * On opening, read the data once in the background (read-only): the period found shows as
 * "Tự động (9/2013)" and the data check is ready. A failure stays quiet until the officer asks.
 */
async function quietCheck(): Promise<void> {
  try {
    const r = await checkData(state.settings);
    if (!state.checkedOnce) {
      state.check = { problems: r.problems, counts: r.counts };
      state.checkError = null;
      renderCheck();
    }
    learnPeriod(r.period);
  } catch {
    // Nothing found yet (an empty workbook): the officer will see why on "Kiểm tra" or "Tạo báo cáo".
  }
}

async function onCheck(): Promise<void> {
  const button = byId<HTMLButtonElement>("check");
  const status = byId("check-status");
  button.disabled = true;
  status.textContent = t("check.busy");
  state.checkedOnce = true;
  try {
    const r = await checkData(state.settings);
    state.check = { problems: r.problems, counts: r.counts };
    state.checkError = null;
    learnPeriod(r.period);
    status.textContent = "";
  } catch (e) {
    state.checkError = e;
    state.check = null;
    status.textContent = t("check.failed");
  } finally {
    button.disabled = false;
    renderCheck();
  }
}

async function onCopy(): Promise<void> {
  const ok = await copyText(byId<HTMLTextAreaElement>("paragraph").value);
  byId("paragraph-status").textContent = t(ok ? "paragraph.copied" : "paragraph.copyFailed");
}

function wire(): void {
  const form = byId<HTMLFormElement>("settings-form");
  form.addEventListener("change", onFormChange);
  form.addEventListener("submit", (e) => e.preventDefault());
  byId("refresh-sources").addEventListener("click", () => void refreshSources());
  byId("run").addEventListener("click", () => void onRun());
  byId("check").addEventListener("click", () => void onCheck());
  byId("copy").addEventListener("click", () => void onCopy());
  byId("regenerate").addEventListener("click", () => void onRun());
  byId("lang-switch").addEventListener("click", () => {
    void persist({ ...state.settings, lang: state.lang === "vi" ? "en" : "vi" });
  });
  byId("paragraph").addEventListener("input", () => {
    state.edited = true;
    byId<HTMLButtonElement>("copy").disabled = byId<HTMLTextAreaElement>("paragraph").value.trim() === "";
  });
  selectTab = setupTabs(byId("tabs"), (id) => {
    if (id === "tab-check" && !state.check && !state.checkError) void onCheck();
  });
}

/** Start once Office is ready: read the settings, speak the right language, show the form. */
export function start(displayLanguage: string | undefined): void {
  applyStyles(document);
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
  selectTab("tab-report");
  if (typeof performance !== "undefined" && typeof performance.mark === "function") {
    performance.mark("ct-settings-visible");
  }
  void refreshSources().then(() => quietCheck());
}

function officeLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => start(officeLanguage()));
} else if (typeof document !== "undefined") {
  // office.js did not load (opened outside Office, or blocked): still show the page.
  document.addEventListener("DOMContentLoaded", () => start(undefined));
}
