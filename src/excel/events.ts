/**
 * A small event bus in the shared runtime's window: the ribbon's commands publish what they did,
 * the task pane (when open) subscribes and shows it. No DOM: plain functions on module state, which
 * the commands, functions and task pane bundles share because the shared runtime is one page...
 * but webpack bundles each entry separately, so the listeners live on globalThis under one key.
 */
import type { Message } from "../core/message";
import type { Lang } from "../core/types";
import type { RunResult } from "./runReport";

/** What happened, for whoever listens. */
export type AddinEvent =
  | ({ type: "report-done" } & Omit<RunResult, "lang"> & { lang?: Lang })
  | { type: "report-failed"; message: Message }
  | { type: "sample-inserted"; sheetName: string }
  | { type: "sample-failed"; message: Message };

type Listener = (e: AddinEvent) => void;

const KEY = "__ctAddinEvents";

function listeners(): Set<Listener> {
  const g = globalThis as unknown as Record<string, unknown>;
  let set = g[KEY] as Set<Listener> | undefined;
  if (!set) {
    set = new Set<Listener>();
    g[KEY] = set;
  }
  return set;
}

/** Listen; returns the function that stops listening. */
export function subscribe(listener: Listener): () => void {
  listeners().add(listener);
  return () => {
    listeners().delete(listener);
  };
}

/** The global the ribbon commands keep their last outcome in, for a task pane opened afterwards. */
export const LAST_OUTCOME_KEY = "__ctLastOutcome";

/** The last outcome a command published (kept on globalThis: the bundles share the window, not modules). */
export function lastOutcome(): AddinEvent | null {
  const e = (globalThis as unknown as Record<string, unknown>)[LAST_OUTCOME_KEY];
  return e && typeof e === "object" && typeof (e as { type?: unknown }).type === "string" ? (e as AddinEvent) : null;
}

/** Tell every listener; returns how many heard it (0: the task pane is not open). */
export function publish(e: AddinEvent): number {
  let heard = 0;
  for (const l of [...listeners()]) {
    try {
      l(e);
      heard++;
    } catch {
      // A broken listener must not break the command that published.
    }
  }
  return heard;
}
