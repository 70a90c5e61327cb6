/** The data check's summary and clickable problem list. Cell text only ever goes in as text. */
import type { Kind, Lang } from "../core/types";
import type { Problem } from "../report/types";
import { countBySeverity, SEVERITIES, sortProblems } from "./counts";
import { clear, el } from "./dom";
import { format } from "./strings";

const KINDS: readonly Kind[] = ["flow", "index", "level"];

/** Render the summary (counts by severity and, when known, indicators by kind) and the list. */
export function renderProblems(
  summary: HTMLElement,
  list: HTMLElement,
  problems: readonly Problem[],
  kindCounts: Record<Kind, number> | null,
  lang: Lang,
  onSelect: (address: string) => void,
): void {
  clear(summary);
  clear(list);
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

  for (const p of sortProblems(problems)) {
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
    list.appendChild(el("li", { "data-code": p.code, "data-severity": p.severity }, [item]));
  }
}
