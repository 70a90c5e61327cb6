/**
 * The run's outcome on the page: per file, its report links or why there is none; the ZIP when
 * several files were given; the data check of each file, rendered by the task pane's own problem
 * list (src/ui/problemsView.ts). Cell text only ever goes in as text.
 */
import { errorCount, madeWithErrors } from "../core/failureMessages";
import type { Message } from "../core/message";
import { periodName } from "../core/periodPhrases";
import { periodOf } from "../report/period/layout";
import type { Lang } from "../core/types";
import { clear, el } from "../ui/dom";
import { renderProblems } from "../ui/problemsView";
import { downloadLink } from "./downloads";
import type { MadeFile } from "./make";
import { pageText } from "./strings";

/** One file's line: its name, then its two links or its message. */
function fileItem(m: MadeFile, lang: Lang): HTMLLIElement {
  const name = el("div", { class: "file" }, m.name);
  if (!m.ok) {
    return el("li", { "data-file": m.name, "data-ok": "false" }, [
      name,
      el("div", { class: "refusal" }, m.message[lang]),
    ]);
  }
  const summary = pageText(lang, "page.fileSummary", {
    sheet: m.report.sheetName,
    count: m.report.indicatorCount,
    period: periodName(periodOf(m.options), lang),
  });
  const errors = errorCount(m.report.problems);
  return el("li", { "data-file": m.name, "data-ok": "true", "data-errors": String(errors) }, [
    name,
    el("div", { class: "summary" }, summary),
    el("div", { class: "links" }, [
      downloadLink(m.xlsx.name, m.xlsx.bytes, pageText(lang, "page.xlsx"), "xlsx"),
      downloadLink(m.docx.name, m.docx.bytes, pageText(lang, "page.docx"), "docx"),
    ]),
    ...(errors > 0 ? [errorsLine(m.name, errors, lang)] : []),
  ]);
}

/** "Đã tạo báo cáo, có N lỗi cần xem: …" beside the links, with a link to that file's data check. */
function errorsLine(file: string, errors: number, lang: Lang): HTMLElement {
  const words = madeWithErrors(errors, pageWhere())[lang];
  const link = el("a", { href: `#${checkId(file)}` }, pageText(lang, "check.listLabel"));
  return el("div", { class: "errors" }, [document.createTextNode(`${words} `), link]);
}

function pageWhere(): Message {
  return { vi: pageText("vi", "page.errorsWhere"), en: pageText("en", "page.errorsWhere") };
}

/** The id of a file's data check on the page (a link's target). */
function checkId(file: string): string {
  return `check-${file.replace(/[^\w-]+/g, "-")}`;
}

/**
 * The status line of a run: "Xong: …" only when no report has an error; a report with errors (a figure
 * left blank, a row skipped) says "Đã tạo báo cáo, có N lỗi cần xem: …" in the warning style.
 */
export function resultLine(made: readonly MadeFile[], lang: Lang): { text: string; tone: "failed" | "warning" | null } {
  const ok = made.filter((m) => m.ok).length;
  const errors = made.reduce((n, m) => n + (m.ok ? errorCount(m.report.problems) : 0), 0);
  if (errors > 0) return { text: madeWithErrors(errors, pageWhere())[lang], tone: "warning" };
  return { text: pageText(lang, "page.done", { ok, failed: made.length - ok }), tone: ok === 0 ? "failed" : null };
}

/** The list of files, the ZIP link (or none) and the status line. */
export function renderResults(made: readonly MadeFile[], zip: Uint8Array | null, lang: Lang): void {
  const list = document.getElementById("results") as HTMLElement;
  const zipBox = document.getElementById("zip") as HTMLElement;
  const status = document.getElementById("status") as HTMLElement;
  clear(list);
  clear(zipBox);
  for (const m of made) list.appendChild(fileItem(m, lang));
  const ok = made.filter((m) => m.ok).length;
  zipBox.hidden = !zip;
  if (zip) zipBox.appendChild(downloadLink("bao-cao.zip", zip, pageText(lang, "page.zip", { count: ok * 2 }), "zip"));
  status.removeAttribute("data-i18n");
  const line = resultLine(made, lang);
  status.textContent = line.text;
  status.classList.toggle("failed", line.tone === "failed");
  status.classList.toggle("warning", line.tone === "warning");
}

/** Each file's data check: the reader's and the model's problems by cell, as the task pane lists them. */
export function renderChecks(made: readonly MadeFile[], lang: Lang, onAddress: (address: string) => void): void {
  const box = document.getElementById("checks") as HTMLElement;
  clear(box);
  for (const m of made) {
    const problems = m.ok ? m.report.problems : m.problems;
    if (!m.ok && problems.length === 0) continue;
    const summary = el("div", { class: "check-summary" });
    const list = el("ul", { class: "problems", "aria-label": pageText(lang, "check.listLabel") });
    box.appendChild(
      el("div", { class: "check", "data-file": m.name, id: checkId(m.name) }, [
        el("h2", {}, pageText(lang, "page.checkFor", { file: m.name })),
        summary,
        list,
      ]),
    );
    renderProblems(summary, list, problems, m.ok ? m.kindCounts : null, lang, onAddress);
    // The pane's hint says "select the cell in Excel"; here a click copies the address instead.
    for (const b of Array.from(list.querySelectorAll<HTMLElement>("button.problem"))) {
      b.title = pageText(lang, "page.addressHint", { address: b.getAttribute("data-address") ?? "" });
    }
  }
}
