/**
 * The task pane's rendering: each part of the page drawn from the state (state.ts) in the pane's
 * language. What the officer clicks in what it draws goes to the handlers (handlers.ts) through
 * paneActions, so rendering calls no adapter.
 */
import { errorCount, madeWithErrors } from "../core/failureMessages";
import type { Message } from "../core/message";
import { periodName } from "../core/periodPhrases";
import { periodOf } from "../report/period/layout";
import { parseSourceId } from "../excel/readWorkbook";
import { lastReport } from "../excel/lastReport";
import { canDownload, officePlatform } from "./documentActions";
import { byId, clear, el } from "../ui/dom";
import { errorText } from "./errorText";
import { renderHelp } from "./help";
import { applyStrings } from "./i18n";
import { renderProblems } from "../ui/problemsView";
import { fillForm, renderOptions } from "./settingsForm";
import {
  formContext,
  paneActions,
  state,
  STATUS_LINES,
  statuses,
  t,
  type ParagraphNote,
  type StatusLine,
  type StatusMessage,
} from "./state";
import { format, STRINGS, type StringKey } from "../ui/strings";
import { renderSummary } from "./summary";

/** Say `message` (or nothing) on a status line, in the pane's language. */
export function say(line: StatusLine, message: StatusMessage | null): void {
  statuses.set(line, message);
  renderStatus(line);
}

function renderStatus(line: StatusLine): void {
  const m = statuses.get(line) ?? null;
  const params = m && m.error !== undefined ? { ...m.params, error: errorText(m.error, state.lang) } : m?.params;
  byId(line).textContent = m ? (m.text?.[state.lang] ?? t(m.key, params)) : "";
  byId(line).classList.toggle("warning", m?.tone === "warning");
}

/** Re-render everything that speaks: static strings, options, result, problems, paragraph note, help. */
export function renderLanguage(): void {
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
export function summarize(): void {
  renderSummary(state.lang);
}

/** The status of a progress step ("read", "build", "write", "done"); an unknown step says "busy". */
export function progressMessage(step: string): StatusMessage {
  const key = `run.step.${step}`;
  return { key: key in STRINGS[state.lang] ? (key as StringKey) : "run.busy" };
}

export function renderResult(): void {
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
  const errors = errorCount(r.problems);
  box.className = errors > 0 ? "result warning" : "result";
  box.appendChild(
    el("h3", { id: "result-heading" }, errors > 0 ? resultWithErrors(errors)[state.lang] : t("run.doneHeading")),
  );
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
  open.addEventListener("click", () => paneActions.openSheet(r.sheetName));
  const actions = el("div", { class: "actions" }, [open]);
  if (r.problems.length > 0) {
    const see = el("button", { type: "button", class: "link", id: "see-problems" }, t("run.seeProblems"));
    see.addEventListener("click", () => paneActions.selectTab("tab-check"));
    actions.appendChild(el("span", { id: "result-problems" }, t("run.problems", { count: r.problems.length })));
    actions.appendChild(see);
  }
  box.appendChild(actions);
}

/**
 * "Đã tạo báo cáo, có N lỗi cần xem: mở thẻ Kiểm tra." for a report whose data check found errors (a
 * figure left blank, a row skipped): said in the result box and on the status line, never a plain "Xong.".
 */
export function resultWithErrors(errors: number): Message {
  return madeWithErrors(errors, { vi: format("vi", "run.errorsWhere"), en: format("en", "run.errorsWhere") });
}

/** The run's status line once a report is made: "Xong." only when the data check found no error. */
export function doneMessage(problems: readonly { severity: string }[]): StatusMessage {
  const errors = errorCount(problems);
  return errors > 0
    ? { key: "run.step.done", text: resultWithErrors(errors), tone: "warning" }
    : { key: "run.step.done" };
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

export function renderParagraphNote(): void {
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

export function renderCheck(): void {
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
  renderProblems(summary, list, state.check.problems, state.check.counts, state.lang, (address) =>
    paneActions.selectProblem(address),
  );
}

/** The Word report's buttons follow the last report made; download only where the host saves files. */
export function showDocumentActions(): void {
  const has = lastReport() !== null;
  byId<HTMLButtonElement>("copy-document").disabled = !has;
  const download = byId<HTMLButtonElement>("download-docx");
  const allowed = canDownload(officePlatform());
  download.hidden = !allowed;
  download.disabled = !has;
  if (has && !allowed) byId("document-status").textContent = t("document.noDownload");
}

/** Unfold (or fold) the settings under the report button; unfolding moves the focus into them. */
export function showSettings(show: boolean): void {
  const card = byId("settings-card");
  card.hidden = !show;
  byId("settings-toggle").setAttribute("aria-expanded", String(show));
  if (show) byId("source").focus();
}
