/**
 * The page's working half, loaded as its own chunk after the first paint (src/page/report.ts paints the
 * static page): the choices, the runs, the results and the data check. It loads the heavy half (reader,
 * model, ExcelJS, docx: ./engine) at once, so the page works offline from then on.
 */
import { fillMessage } from "../core/message";
import type { Lang } from "../core/types";
import { FAILURE_MESSAGES } from "../core/failureMessages";
import { byId } from "../ui/dom";
import { fillPeriods, presetFromSaved, readChoices, watchChoices } from "./choices";
import { revokeLinks } from "./downloads";
import type { LoadedFile, MadeFile } from "./make";
import { renderChecks, renderResults } from "./results";
import { pageText } from "./strings";

type Engine = typeof import("./engine");

const state: { lang: Lang; loaded: LoadedFile[] | null; made: MadeFile[]; years: number[]; run: number } = {
  lang: "vi",
  loaded: null,
  made: [],
  years: [],
  run: 0,
};

let engine: Promise<Engine> | null = null;

/** The heavy half, loaded once (after the first paint, or sooner if a file arrives first). */
function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "report-engine" */ "./engine");
  return engine;
}

function setStatus(key: "page.loading" | "page.working"): void {
  const status = byId("status");
  status.removeAttribute("data-i18n");
  status.classList.remove("failed");
  status.textContent = pageText(state.lang, key);
  busy(true);
}

/** Marks the page busy while a run is under way (the tests and the cursor read it). */
function busy(on: boolean): void {
  document.documentElement.toggleAttribute("data-busy", on);
}

/** Make (or remake, after a choice changed) every report; a newer run supersedes an older one. */
async function makeAll(): Promise<void> {
  const loaded = state.loaded;
  if (!loaded) return;
  const run = ++state.run;
  setStatus("page.working");
  const e = await loadEngine();
  const made = await e.makeReports(loaded, readChoices(state.lang));
  if (run !== state.run) return;
  revokeLinks();
  state.made = made;
  const zip = loaded.length > 1 && made.some((m) => m.ok) ? e.zipReports(made) : null;
  render(zip);
  const years = [...new Set(made.flatMap((m) => (m.ok ? m.years : [])))].sort((a, b) => a - b);
  if (years.join() !== state.years.join()) {
    const keep = { year: byId<HTMLSelectElement>("year").value, month: byId<HTMLSelectElement>("month").value };
    state.years = years;
    fillPeriods(state.lang, years);
    byId<HTMLSelectElement>("year").value = keep.year;
    byId<HTMLSelectElement>("month").value = keep.month;
  }
  busy(false);
  performance.mark("ct-page-links");
}

let lastZip: Uint8Array | null = null;
function render(zip: Uint8Array | null): void {
  lastZip = zip;
  renderResults(state.made, zip, state.lang);
  renderChecks(state.made, state.lang, (address) => {
    void navigator.clipboard?.writeText(address).then(
      () => (byId("status").textContent = pageText(state.lang, "page.addressCopied", { address })),
      () => undefined,
    );
  });
}

/** Files chosen or dropped (the entry forwards them, also those that came before this chunk). */
export async function onFiles(files: File[]): Promise<void> {
  performance.clearMarks("ct-page-links");
  performance.mark("ct-page-files");
  state.run++;
  setStatus("page.working");
  const e = await loadEngine();
  state.loaded = await e.readFiles(files);
  presetFromSaved(e.savedSettings(state.loaded), state.lang, state.years);
  await makeAll();
  showResults();
}

/**
 * After files were taken, where the officer looks next: the results come into view and their heading
 * takes the focus (a screen reader reads on from there; the links follow it in tab order). Not after a
 * choice changed: the officer is still at the choices then.
 */
function showResults(): void {
  const heading = byId("results-heading");
  heading.scrollIntoView({ block: "start", behavior: "auto" });
  heading.focus({ preventScroll: true });
}

/** The page's language changed (the entry has put the static strings in): the lists and reports follow. */
export function languageChanged(lang: Lang): void {
  state.lang = lang;
  const keep = { year: byId<HTMLSelectElement>("year").value, month: byId<HTMLSelectElement>("month").value };
  fillPeriods(lang, state.years);
  byId<HTMLSelectElement>("year").value = keep.year;
  byId<HTMLSelectElement>("month").value = keep.month;
  // The reports speak the page's language, as the task pane's one language setting does.
  if (state.loaded) void makeAll().catch(failed);
  else if (state.made.length) render(lastZip);
}

/** An unexpected failure of a run, said in the page's language (a file's own failure is listed with it). */
export function failed(e: unknown): void {
  const status = byId("status");
  const detail = e instanceof Error ? e.message : String(e);
  status.textContent = fillMessage(FAILURE_MESSAGES.unexpected, { detail })[state.lang];
  status.classList.add("failed");
  busy(false);
}

/** Called once when the chunk has loaded: fill the month lists, follow the choices, load the engine. */
export function startUi(lang: Lang): void {
  state.lang = lang;
  fillPeriods(lang, state.years);
  watchChoices(() => void makeAll().catch(failed));
  void loadEngine().then(() => {
    performance.mark("ct-page-engine");
    document.documentElement.setAttribute("data-engine", "ready");
  });
}
