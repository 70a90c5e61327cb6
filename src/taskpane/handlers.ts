/**
 * The task pane's handlers: what the officer's clicks and the ribbon's outcomes do. They call the Excel
 * adapter (src/excel), change the state (state.ts) and ask render.ts to draw it again; no business
 * logic here (src/core, src/report).
 */
import type { Lang } from "../core/types";
import { checkData } from "../excel/checkData";
import type { AddinEvent } from "../excel/events";
import { lastReport } from "../excel/lastReport";
import { previewReport } from "../excel/preview";
import { reportAsSheetStands } from "../excel/reportSheet";
import { runReport } from "../excel/runReport";
import { activateSheet, selectAddress } from "../excel/select";
import { saveSettings, type Settings } from "../excel/settings";
import { listSources } from "../excel/sources";
import { copyText } from "./clipboard";
import { copyDocumentBody, downloadDocx } from "./documentActions";
import { wireDocumentForm } from "./documentForm";
import { byId } from "../ui/dom";
import { errorText } from "./errorText";
import { effectiveLang } from "./lang";
import {
  doneMessage,
  progressMessage,
  renderCheck,
  renderLanguage,
  renderParagraphNote,
  renderResult,
  say,
  showDocumentActions,
  showSettings,
  summarize,
} from "./render";
import { fillForm, readForm, renderOptions } from "./settingsForm";
import { formContext, paneActions, state, t, type ParagraphNote, type RunResult } from "./state";
import { setupTabs } from "./tabs";

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

export async function refreshSources(): Promise<void> {
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
    // The report sheet of this period as it stands (edited figures included); else the data, as a preview.
    const last = lastReport();
    const fromSheet =
      last && last.options.year === p.year && last.options.month === p.month ? await reportAsSheetStands(lang) : null;
    const r = fromSheet
      ? { paragraph: fromSheet.report.paragraph, year: p.year, month: p.month }
      : await previewReport({ ...state.settings, lang, year: p.year, month: p.month });
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

/** Show the report's sheet (the result's "open" button). */
function onOpenSheet(sheet: string): void {
  activateSheet(sheet).catch((e: unknown) => {
    say("run-status", { key: "run.openFailed", params: { sheet }, error: e });
  });
}

/** What the ribbon's commands publish (src/commands/commands.ts through src/excel/events.ts). */
export function onOutcome(e: AddinEvent): void {
  if (e === state.shownOutcome) return;
  state.shownOutcome = e;
  if (e.type === "report-done") {
    const { type: _type, ...r } = e;
    showRun(r, "ribbon");
    say("run-status", doneMessage(r.problems));
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
    say("run-status", doneMessage(r.problems));
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
export async function quietCheck(): Promise<void> {
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
  try {
    const ok = await copyDocumentBody();
    byId("document-status").textContent = t(
      ok ? "document.copied" : lastReport() ? "document.copyFailed" : "document.none",
    );
  } catch (e) {
    // The report sheet could not be read back (gone, its table moved): said, never stale figures copied.
    byId("document-status").textContent = errorText(e, state.lang);
  }
}

async function onDownloadDocx(): Promise<void> {
  try {
    const ok = await downloadDocx();
    if (!ok) byId("document-status").textContent = t("document.none");
  } catch (e) {
    byId("document-status").textContent = t("document.downloadFailed", { error: errorText(e, state.lang) });
  }
}

async function onCopy(): Promise<void> {
  const ok = await copyText(byId<HTMLTextAreaElement>("paragraph").value);
  say("paragraph-status", { key: ok ? "paragraph.copied" : "paragraph.copyFailed" });
}

export function wire(): void {
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
  paneActions.openSheet = onOpenSheet;
  paneActions.selectProblem = onSelectProblem;
  paneActions.selectTab = setupTabs(byId("tabs"), (id) => {
    if (id === "tab-check" && !state.check && !state.checkError) void onCheck();
  });
}
