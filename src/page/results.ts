/**
 * The run's outcome on the page: per file, its report links or why there is none; the ZIP when
 * several files were given; the data check of each file, rendered by the task pane's own problem
 * list (src/ui/problemsView.ts). Cell text only ever goes in as text.
 */
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
  return el("li", { "data-file": m.name, "data-ok": "true" }, [
    name,
    el("div", { class: "summary" }, summary),
    el("div", { class: "links" }, [
      downloadLink(m.xlsx.name, m.xlsx.bytes, pageText(lang, "page.xlsx"), "xlsx"),
      downloadLink(m.docx.name, m.docx.bytes, pageText(lang, "page.docx"), "docx"),
    ]),
  ]);
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
  status.textContent = pageText(lang, "page.done", { ok, failed: made.length - ok });
  status.classList.toggle("failed", ok === 0);
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
      el("div", { class: "check", "data-file": m.name }, [
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
