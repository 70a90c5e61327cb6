/**
 * dist/report.html: the report in any browser, nothing uploaded. This entry only paints the static page:
 * the strings in the page's language, the language switch, and the file input and drop zone (so a file
 * dropped early is never opened by the browser instead). On the first frame it loads the working half
 * (./ui: choices, runs, results), which loads the heavy half (reader, model, ExcelJS, docx), each its own
 * chunk, so the first paint waits for neither and the page works offline once they are in.
 */
import type { Lang } from "../core/types";
import { byId } from "../ui/dom";
import { watchFiles } from "./drop";
import { applyPageStrings } from "./i18n";
import { pageText } from "./strings";

type Ui = typeof import("./ui");

let lang: Lang = "vi";
let ui: Promise<Ui> | null = null;

/** The working half, loaded and started once (after the first frame, or sooner if a file or a click comes first). */
function loadUi(): Promise<Ui> {
  ui ??= import(/* webpackChunkName: "report-ui" */ "./ui").then((u) => {
    u.startUi(lang);
    return u;
  });
  return ui;
}

function setLang(next: Lang): void {
  lang = next;
  applyPageStrings(document, next);
  showTaken();
  void loadUi().then((u) => u.languageChanged(next));
}

let taken: File[] = [];

/** Under the file input, what was taken (chosen or dropped), in the page's language. */
function showTaken(files: File[] = taken): void {
  taken = files;
  const line = byId("taken");
  line.hidden = files.length === 0;
  line.textContent = files.length ? pageText(lang, "page.taken", { files: files.map((f) => f.name).join(", ") }) : "";
}

function start(): void {
  applyPageStrings(document, lang);
  byId("lang-switch").addEventListener("click", () => setLang(lang === "vi" ? "en" : "vi"));
  watchFiles(byId<HTMLInputElement>("files"), byId("drop-zone"), (files) => {
    showTaken(files);
    void loadUi().then((u) => u.onFiles(files).catch(u.failed));
  });
  requestAnimationFrame(() => {
    performance.mark("ct-page-ready");
    // After the first frame: the rest of the page, then the heavy half, so reports can be made offline later.
    setTimeout(() => void loadUi(), 0);
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
