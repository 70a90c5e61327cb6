/**
 * The task pane: the officer's control room. It only calls the Excel adapter (src/excel); all
 * business logic lives in src/core and src/report. Shared runtime: this page also hosts the
 * functions and commands bundles.
 */
import type { Kind, Lang } from "../core/types";
import { periodName } from "../core/periodPhrases";
import { checkData } from "../excel/checkData";
import { periodOf } from "../report/layout";
import { lastOutcome, subscribe, type AddinEvent } from "../excel/events";
import { previewReport } from "../excel/preview";
import { parseSourceId } from "../excel/readWorkbook";
import { lastReport } from "../excel/lastReport";
import { runReport } from "../excel/runReport";
import { activateSheet, selectAddress } from "../excel/select";
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from "../excel/settings";
import { listSources } from "../excel/sources";
import type { Problem } from "../report/types";
import { copyText } from "./clipboard";
import { canDownload, copyDocumentBody, downloadDocx, officePlatform } from "./documentActions";
import { wireDocumentForm } from "./documentForm";
import { byId, clear, el } from "./dom";
import { errorText } from "./errorText";
import { renderHelp } from "./help";
import { applyStrings } from "./i18n";
import { effectiveLang, langFromOffice } from "./lang";
import { renderProblems } from "./problemsView";
import { fillForm, readForm, renderOptions, type FormContext, type SourceItem } from "./settingsForm";
import { format, STRINGS, type StringKey } from "./strings";
import { applyStyles } from "./styles";
import { renderSummary } from "./summary";
import { setupTabs } from "./tabs";
import { applyTheme, type OfficeThemeColors } from "./theme";

/** A report made, by the pane's button or the ribbon's (the ribbon's comes through src/excel/events.ts). */
type RunResult = Omit<Extract<AddinEvent, { type: "report-done" }>, "type">;

/** What the paragraph box says about the paragraph beside it. */
type ParagraphNote = "none" | "busy" | "done" | "edited" | "failed";

/** Everything the page remembers between clicks. */
interface State {
  settings: Settings;
  displayLanguage: string | undefined;
  lang: Lang;
  sources: SourceItem[];
  inferred: { year: number; month: number } | null;
  lastRun: RunResult | null;
  /** Who made the last report (or failed to): the pane's button or the ribbon's. */
  runOrigin: "pane" | "ribbon";
  runError: unknown;
  /** The paragraph the pane last received, with its language and period (to rewrite it in the other language). */
  paragraph: { lang: Lang; text: string; year: number; month: number } | null;
  edited: boolean;
  paragraphNote: ParagraphNote;
  paragraphError: unknown;
  /** Counts paragraph rewrites, so an older one that returns late is dropped. */
  paragraphToken: number;
  /** The ribbon outcome already shown (the bus and the last-outcome global may hand over the same one). */
  shownOutcome: AddinEvent | null;
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
  runOrigin: "pane",
  runError: null,
  paragraph: null,
  edited: false,
  paragraphNote: "none",
  paragraphError: null,
  paragraphToken: 0,
  shownOutcome: null,
  check: null,
  checkError: null,
  checkedOnce: false,
  busy: false,
};

let selectTab: (id: string) => void = () => undefined;

function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return format(state.lang, key, params);
}

/**
 * What a status line says, kept as a catalogue key (and the error behind it), not as text: a
 * language switch re-renders every line, so none stays in the other language.
 */
interface StatusMessage {
  key: StringKey;
  params?: Record<string, string | number>;
  error?: unknown;
}
const STATUS_LINES = ["settings-status", "run-status", "paragraph-status", "check-status"] as const;
type StatusLine = (typeof STATUS_LINES)[number];
const statuses = new Map<StatusLine, StatusMessage | null>();

/** Say `message` (or nothing) on a status line, in the pane's language. */
function say(line: StatusLine, message: StatusMessage | null): void {
  statuses.set(line, message);
  renderStatus(line);
}

function renderStatus(line: StatusLine): void {
  const m = statuses.get(line) ?? null;
  const params = m && m.error !== undefined ? { ...m.params, error: errorText(m.error, state.lang) } : m?.params;
  byId(line).textContent = m ? t(m.key, params) : "";
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
  for (const line of STATUS_LINES) renderStatus(line);
  summarize();
}

/** The summary line above the button: source, period and method, as the form shows them. */
function summarize(): void {
  renderSummary(state.lang);
}

async function persist(next: Settings): Promise<void> {
  const langBefore = state.lang;
  state.settings = next;
  state.lang = effectiveLang(next.lang, state.displayLanguage);
  if (state.lang !== langBefore) {
    renderLanguage();
    onParagraphLanguage();
  }
  summarize();
  try {
    await saveSettings(next);
    say("settings-status", { key: "settings.saved" });
  } catch (e) {
    say("settings-status", { key: "settings.saveFailed", error: e });
  }
}

function onFormChange(): void {
  const next = readForm(state.settings, state.lang);
  if (next) void persist(next);
  else summarize();
}

async function refreshSources(): Promise<void> {
  try {
    state.sources = await listSources();
  } catch {
    state.sources = [];
  }
  renderOptions(formContext());
  fillForm(state.settings, formContext());
  summarize();
}

function learnPeriod(p: { year?: unknown; month?: unknown } | null | undefined): void {
  if (p && typeof p.year === "number" && typeof p.month === "number") {
    state.inferred = { year: p.year, month: p.month };
    renderOptions(formContext());
    fillForm(state.settings, formContext());
    summarize();
  }
}

/** The status of a progress step ("read", "build", "write", "done"); an unknown step says "busy". */
function progressMessage(step: string): StatusMessage {
  const key = `run.step.${step}`;
  return { key: key in STRINGS[state.lang] ? (key as StringKey) : "run.busy" };
}

function renderResult(): void {
  const box = byId("run-result");
  clear(box);
  const r = state.lastRun;
  if (state.runError) {
    box.hidden = false;
    box.className = "result failed";
    box.appendChild(el("h3", {}, t("run.failed")));
    if (state.runOrigin === "ribbon") box.appendChild(el("p", { id: "result-origin" }, t("run.fromRibbon")));
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
  if (state.runOrigin === "ribbon") box.appendChild(el("p", { id: "result-origin" }, t("run.fromRibbon")));
  const facts = [
    el("li", { id: "result-sheet" }, t("run.doneSheet", { sheet: r.sheetName })),
    el("li", { id: "result-count" }, t("run.doneCount", { count: r.indicatorCount })),
    el("li", { id: "result-period" }, t("run.donePeriod", { period: periodName(periodOf(r), state.lang) })),
  ];
  if (r.templateSheet)
    facts.push(el("li", { id: "result-template" }, t("run.doneTemplate", { sheet: r.templateSheet })));
  if (r.savedSource)
    facts.push(el("li", { id: "result-source" }, t("run.sourceSaved", { name: sourceLabel(r.savedSource) })));
  box.appendChild(el("ul", {}, facts));
  const open = el("button", { type: "button", class: "btn", id: "open-sheet" }, t("run.open", { sheet: r.sheetName }));
  open.addEventListener("click", () => {
    activateSheet(r.sheetName).catch((e: unknown) => {
      say("run-status", { key: "run.openFailed", params: { sheet: r.sheetName }, error: e });
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

/** "sheet:Dữ liệu mẫu" as the source list shows it: "Trang tính: Dữ liệu mẫu". */
function sourceLabel(id: string): string {
  const { kind, name } = parseSourceId(id);
  return kind === "table"
    ? t("settings.sourceTable", { name })
    : kind === "sheet"
      ? t("settings.sourceSheet", { name })
      : name;
}

const NOTE_KEYS: readonly StringKey[] = [
  "paragraph.rewriting",
  "paragraph.rewritten",
  "paragraph.editedOtherLang",
  "paragraph.rewriteFailed",
];

/** True when the paragraph's status line holds one of the notes below, not a "copied" message. */
function isNote(message: StatusMessage | null | undefined): boolean {
  return message !== null && message !== undefined && NOTE_KEYS.includes(message.key);
}

function renderParagraphNote(): void {
  const area = byId<HTMLTextAreaElement>("paragraph");
  const replace = byId<HTMLButtonElement>("regenerate");
  byId<HTMLButtonElement>("copy").disabled = area.value.trim() === "";
  const other = state.paragraph !== null && state.paragraph.lang !== state.lang;
  let note: ParagraphNote = state.paragraphNote;
  if (!other && note !== "done") note = "none";
  replace.hidden = !(other && (note === "edited" || note === "failed"));
  replace.textContent = t("paragraph.replace");
  if (note === "busy") say("paragraph-status", { key: "paragraph.rewriting" });
  else if (note === "done") say("paragraph-status", { key: "paragraph.rewritten" });
  else if (note === "edited") say("paragraph-status", { key: "paragraph.editedOtherLang" });
  else if (note === "failed") say("paragraph-status", { key: "paragraph.rewriteFailed", error: state.paragraphError });
  else if (isNote(statuses.get("paragraph-status"))) say("paragraph-status", null);
}

/** Show a paragraph the adapter wrote (a report, or a rewrite in the other language). */
function showParagraph(text: string, lang: Lang, period: { year: number; month: number }, note: ParagraphNote): void {
  state.paragraph = { lang, text, year: period.year, month: period.month };
  state.edited = false;
  state.paragraphNote = note;
  state.paragraphError = null;
  byId<HTMLTextAreaElement>("paragraph").value = text;
}

/**
 * The language changed: the paragraph follows it without a new report sheet (previewReport writes
 * nothing), unless the officer edited it; then it is kept and a button offers the replacement.
 */
function onParagraphLanguage(): void {
  const p = state.paragraph;
  if (!p) return;
  if (p.lang === state.lang) {
    state.paragraphNote = "none";
  } else if (state.edited) {
    state.paragraphNote = "edited";
  } else {
    void rewriteParagraph();
    return;
  }
  renderParagraphNote();
}

/** Rewrite the paragraph in the pane's language for the period of the paragraph shown. */
async function rewriteParagraph(): Promise<void> {
  const p = state.paragraph;
  if (!p || p.lang === state.lang) return;
  const token = ++state.paragraphToken;
  const lang = state.lang;
  state.paragraphNote = "busy";
  renderParagraphNote();
  try {
    const r = await previewReport({ ...state.settings, lang, year: p.year, month: p.month });
    if (token !== state.paragraphToken || state.lang !== lang) return;
    showParagraph(r.paragraph, lang, r, "done");
  } catch (e) {
    if (token !== state.paragraphToken) return;
    state.paragraphNote = "failed";
    state.paragraphError = e;
  }
  renderParagraphNote();
}

/** A report was made (here or by the ribbon): show its facts, its paragraph and its problems. */
function showRun(r: RunResult, origin: "pane" | "ribbon"): void {
  state.lastRun = r;
  state.runOrigin = origin;
  state.runError = null;
  state.inferred = { year: r.year, month: r.month };
  if (r.savedSource && state.settings.source === null) state.settings = { ...state.settings, source: r.savedSource };
  renderOptions(formContext());
  fillForm(state.settings, formContext());
  summarize();
  state.paragraphToken++;
  showParagraph(r.paragraph, r.lang ?? state.lang, r, "none");
  showDocumentActions();
  state.check = { problems: r.problems, counts: state.check?.counts ?? null };
  if (state.paragraph && state.paragraph.lang !== state.lang) onParagraphLanguage();
  // The report made a sheet (and maybe remembered a source): the lists change.
  void refreshSources();
}

/** What the ribbon's commands publish (src/commands/commands.ts through src/excel/events.ts). */
function onOutcome(e: AddinEvent): void {
  if (e === state.shownOutcome) return;
  state.shownOutcome = e;
  if (e.type === "report-done") {
    const { type: _type, ...r } = e;
    showRun(r, "ribbon");
    say("run-status", { key: "run.step.done" });
  } else if (e.type === "report-failed") {
    state.runError = e.message;
    state.runOrigin = "ribbon";
    state.lastRun = null;
    say("run-status", { key: "run.failed" });
  } else if (e.type === "sample-inserted") {
    say("run-status", { key: "sample.inserted", params: { sheet: e.sheetName } });
    void refreshSources().then(() => quietCheck());
    return;
  } else {
    say("run-status", { key: "sample.failed", error: e.message });
    return;
  }
  renderResult();
  renderCheck();
  renderParagraphNote();
}

async function onRun(): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  const button = byId<HTMLButtonElement>("run");
  const progress = byId("run-progress");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  progress.hidden = false;
  say("run-status", { key: "run.busy" });
  state.runError = null;
  const settings = { ...state.settings, lang: state.settings.lang ?? state.lang };
  try {
    const r = await runReport(settings, (step) => say("run-status", progressMessage(step)));
    showRun(r, "pane");
    say("run-status", { key: "run.step.done" });
  } catch (e) {
    state.runError = e;
    state.runOrigin = "pane";
    state.lastRun = null;
    say("run-status", { key: "run.failed" });
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
  selectAddress(address).then(
    () => say("check-status", { key: "check.selected", params: { address } }),
    (e: unknown) => say("check-status", { key: "check.selectFailed", params: { address }, error: e }),
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
  button.disabled = true;
  say("check-status", { key: "check.busy" });
  state.checkedOnce = true;
  try {
    const r = await checkData(state.settings);
    state.check = { problems: r.problems, counts: r.counts };
    state.checkError = null;
    learnPeriod(r.period);
    say("check-status", null);
  } catch (e) {
    state.checkError = e;
    state.check = null;
    say("check-status", { key: "check.failed" });
  } finally {
    button.disabled = false;
    renderCheck();
  }
}

async function onCopyDocument(): Promise<void> {
  const ok = await copyDocumentBody();
  byId("document-status").textContent = t(
    ok ? "document.copied" : lastReport() ? "document.copyFailed" : "document.none",
  );
}

async function onDownloadDocx(): Promise<void> {
  try {
    const ok = await downloadDocx();
    if (!ok) byId("document-status").textContent = t("document.none");
  } catch (e) {
    byId("document-status").textContent = t("document.downloadFailed", { error: errorText(e, state.lang) });
  }
}

/** The Word report's buttons follow the last report made; download only where the host saves files. */
function showDocumentActions(): void {
  const has = lastReport() !== null;
  byId<HTMLButtonElement>("copy-document").disabled = !has;
  const download = byId<HTMLButtonElement>("download-docx");
  const allowed = canDownload(officePlatform());
  download.hidden = !allowed;
  download.disabled = !has;
  if (has && !allowed) byId("document-status").textContent = t("document.noDownload");
}

async function onCopy(): Promise<void> {
  const ok = await copyText(byId<HTMLTextAreaElement>("paragraph").value);
  say("paragraph-status", { key: ok ? "paragraph.copied" : "paragraph.copyFailed" });
}

function wire(): void {
  const form = byId<HTMLFormElement>("settings-form");
  form.addEventListener("change", onFormChange);
  form.addEventListener("submit", (e) => e.preventDefault());
  byId("refresh-sources").addEventListener("click", () => void refreshSources());
  byId("run").addEventListener("click", () => void onRun());
  byId("check").addEventListener("click", () => void onCheck());
  byId("copy").addEventListener("click", () => void onCopy());
  byId("copy-document").addEventListener("click", () => void onCopyDocument());
  wireDocumentForm(
    byId<HTMLFormElement>("document-form"),
    () => state.lang,
    (r) => {
      byId("document-form-status").textContent = r.ok
        ? t("document.saved")
        : t("document.saveFailed", { error: r.detail });
    },
  );
  byId("download-docx").addEventListener("click", () => void onDownloadDocx());
  byId("regenerate").addEventListener("click", () => void rewriteParagraph());
  byId("settings-toggle").addEventListener("click", () => showSettings(byId("settings-card").hidden));
  byId("lang-switch").addEventListener("click", () => {
    void persist({ ...state.settings, lang: state.lang === "vi" ? "en" : "vi" });
  });
  byId("paragraph").addEventListener("input", () => {
    state.edited = true;
    if (state.paragraphNote === "done") state.paragraphNote = "none";
    byId<HTMLButtonElement>("copy").disabled = byId<HTMLTextAreaElement>("paragraph").value.trim() === "";
  });
  selectTab = setupTabs(byId("tabs"), (id) => {
    if (id === "tab-check" && !state.check && !state.checkError) void onCheck();
  });
}

/** Unfold (or fold) the settings under the report button; unfolding moves the focus into them. */
function showSettings(show: boolean): void {
  const card = byId("settings-card");
  card.hidden = !show;
  byId("settings-toggle").setAttribute("aria-expanded", String(show));
  if (show) byId("source").focus();
}

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
  selectTab("tab-report");
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
