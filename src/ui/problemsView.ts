/**
 * The data check's summary and clickable problem list. Cell text only ever goes in as text.
 * Stays responsive with 100,000 problems: the counts (by severity, by kind of problem, indicators by
 * kind) come from one pass each and show at once; the list is paged, so only one page of rows is in
 * the DOM, and a pager (first, previous, next, last: buttons, reachable by Tab) reaches every problem.
 * The time to the first page is marked for the browser bench ("ct-problems-first-page").
 */
import type { Kind, Lang } from "../core/types";
import { problemKind, type Problem } from "../core/problem";
import { countByCode, countBySeverity, SEVERITIES, sortProblems } from "./counts";
import { clear, el } from "./dom";
import { format, type StringKey } from "./strings";

const KINDS: readonly Kind[] = ["flow", "index", "level"];

/** Rows of the list in the DOM at once. */
export const PAGE_SIZE = 50;

/** The pager's look, kept with the view (a constructed sheet, allowed by the page's CSP). */
const PAGER_CSS = `
.pager { display: flex; flex-wrap: wrap; align-items: center; gap: var(--spacingXS, 4px); margin: var(--spacingS, 8px) 0; }
.pager button { min-width: 32px; font: inherit; padding: 2px 8px; border-radius: var(--borderRadiusMedium, 4px);
  border: 1px solid var(--colorNeutralStroke1, #d1d1d1); background: var(--colorNeutralBackground1, #fff); cursor: pointer; }
.pager button:disabled { cursor: default; opacity: 0.5; }
.pager .page-status { flex-basis: 100%; font-size: var(--fontSizeBase200, 12px); color: var(--colorNeutralForeground2, #424242); }
.counts .kind { font-weight: 600; }
`;

let styled = false;
function applyPagerStyles(doc: Document): void {
  if (styled) return;
  styled = true;
  const withSheets = doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] };
  if (typeof CSSStyleSheet === "undefined" || !Array.isArray(withSheets.adoptedStyleSheets)) return;
  const sheet = new CSSStyleSheet();
  if (typeof sheet.replaceSync !== "function") return;
  sheet.replaceSync(PAGER_CSS);
  withSheets.adoptedStyleSheets = [...withSheets.adoptedStyleSheets, sheet];
}

/** What a list shows: its problems (worst first) and the page; kept across re-renders of the same problems. */
interface ListState {
  source: readonly Problem[];
  sorted: Problem[];
  page: number;
}
const states = new WeakMap<HTMLElement, ListState>();

/** Render the summary (counts by severity, by kind of problem and, when known, indicators by kind) and the list's first page. */
export function renderProblems(
  summary: HTMLElement,
  list: HTMLElement,
  problems: readonly Problem[],
  kindCounts: Record<Kind, number> | null,
  lang: Lang,
  onSelect: (address: string) => void,
): void {
  const marks = typeof performance !== "undefined" && typeof performance.mark === "function";
  if (marks) performance.mark("ct-problems-start");
  applyPagerStyles(list.ownerDocument);
  clear(summary);
  summary.hidden = false;
  if (problems.length === 0) summary.appendChild(el("p", { id: "check-total" }, format(lang, "check.none")));
  else summary.appendChild(el("p", { id: "check-total" }, format(lang, "check.summary", { count: problems.length })));

  const bySeverity = countBySeverity(problems);
  summary.appendChild(el("h3", {}, format(lang, "check.bySeverity")));
  summary.appendChild(
    el(
      "ul",
      { class: "counts", id: "count-severity" },
      SEVERITIES.map((s) =>
        el("li", { "data-severity": s }, `${format(lang, `check.severity.${s}`)}: ${bySeverity[s]}`),
      ),
    ),
  );
  if (problems.length > 0) {
    summary.appendChild(el("h3", {}, format(lang, "check.byCode")));
    summary.appendChild(
      el(
        "ul",
        { class: "counts", id: "count-code" },
        countByCode(problems).map(({ code, count }) =>
          el("li", { "data-code": code }, [
            el("span", { class: "kind", title: code }, problemKind(code, lang)),
            document.createTextNode(`: ${count}`),
          ]),
        ),
      ),
    );
  }
  if (kindCounts) {
    summary.appendChild(el("h3", {}, format(lang, "check.byKind")));
    summary.appendChild(
      el(
        "ul",
        { class: "counts", id: "count-kind" },
        KINDS.map((k) => el("li", { "data-kind": k }, `${format(lang, `check.kind.${k}`)}: ${kindCounts[k] ?? 0}`)),
      ),
    );
  }

  const previous = states.get(list);
  const state: ListState =
    previous && previous.source === problems ? previous : { source: problems, sorted: sortProblems(problems), page: 0 };
  states.set(list, state);
  renderPage(list, state, lang, onSelect, null);
  if (marks) performance.measure("ct-problems-first-page", "ct-problems-start");
}

function pageCount(state: ListState): number {
  return Math.max(1, Math.ceil(state.sorted.length / PAGE_SIZE));
}

/** The page's rows in the list and the pager after it; `focus` keeps the keyboard on the pager button used. */
function renderPage(
  list: HTMLElement,
  state: ListState,
  lang: Lang,
  onSelect: (address: string) => void,
  focus: string | null,
): void {
  clear(list);
  const pages = pageCount(state);
  state.page = Math.min(Math.max(0, state.page), pages - 1);
  const from = state.page * PAGE_SIZE;
  const rows = state.sorted.slice(from, from + PAGE_SIZE);
  const fragment = list.ownerDocument.createDocumentFragment();
  for (const p of rows) fragment.appendChild(problemItem(p, lang, onSelect));
  list.appendChild(fragment);

  const pager = pagerOf(list);
  clear(pager);
  pager.hidden = state.sorted.length <= PAGE_SIZE;
  if (pager.hidden) return;
  pager.setAttribute("aria-label", format(lang, "check.pagerLabel"));
  const go = (page: number, id: string) => () => {
    state.page = page;
    renderPage(list, state, lang, onSelect, id);
  };
  const button = (id: string, symbol: string, label: StringKey, page: number, enabled: boolean): HTMLButtonElement => {
    const b = el(
      "button",
      { type: "button", id, "aria-label": format(lang, label), title: format(lang, label) },
      symbol,
    );
    b.disabled = !enabled;
    b.addEventListener("click", go(page, id));
    return b;
  };
  const last = pages - 1;
  pager.appendChild(button("page-first", "«", "check.first", 0, state.page > 0));
  pager.appendChild(button("page-prev", "‹", "check.prev", state.page - 1, state.page > 0));
  pager.appendChild(button("page-next", "›", "check.next", state.page + 1, state.page < last));
  pager.appendChild(button("page-last", "»", "check.last", last, state.page < last));
  pager.appendChild(
    el(
      "span",
      { class: "page-status", id: "page-status", role: "status" },
      format(lang, "check.pageStatus", {
        page: state.page + 1,
        pages,
        from: from + 1,
        to: from + rows.length,
        count: state.sorted.length,
      }),
    ),
  );
  if (focus) {
    const target = pager.ownerDocument.getElementById(focus) as HTMLButtonElement | null;
    // At the first or last page its own button is disabled: the keyboard moves to the list's first row.
    if (target && !target.disabled) target.focus();
    else (list.querySelector("button") as HTMLButtonElement | null)?.focus();
  }
}

/** The pager that follows the list (made on first use, next to it). */
function pagerOf(list: HTMLElement): HTMLElement {
  const doc = list.ownerDocument;
  let pager = doc.getElementById("problem-pager");
  if (!pager) {
    pager = el("nav", { id: "problem-pager", class: "pager" });
    list.parentNode?.insertBefore(pager, list.nextSibling);
  }
  return pager;
}

function problemItem(p: Problem, lang: Lang, onSelect: (address: string) => void): HTMLElement {
  const parts = [
    el("span", { class: `sev sev-${p.severity}` }, format(lang, `check.severity.${p.severity}`)),
    el("span", { class: p.address ? "addr" : "addr none" }, p.address || format(lang, "check.noAddress")),
    el("span", { class: "msg" }, p.message[lang]),
  ];
  let item: HTMLElement;
  if (p.address) {
    item = el("button", { type: "button", class: "problem", "data-address": p.address }, parts);
    item.title = format(lang, "check.selectHint", { address: p.address });
    item.addEventListener("click", () => onSelect(p.address));
  } else {
    item = el("div", { class: "problem" }, parts);
  }
  return el("li", { "data-code": p.code, "data-severity": p.severity }, [item]);
}
