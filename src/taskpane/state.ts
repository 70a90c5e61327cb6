/**
 * The task pane's state: what the page remembers between clicks, the status lines' messages (kept as
 * catalogue keys, so a language switch re-renders them), and the pane's words in its language.
 * No DOM here: rendering is render.ts, the officer's actions handlers.ts.
 */
import type { Message } from "../core/message";
import type { Kind, Lang } from "../core/types";
import type { AddinEvent } from "../excel/events";
import { DEFAULT_SETTINGS, type Settings } from "../excel/settings";
import type { Problem } from "../core/problem";
import { langFromOffice } from "./lang";
import type { FormContext, SourceItem } from "./settingsForm";
import { format, type StringKey } from "../ui/strings";

/** A report made, by the pane's button or the ribbon's (the ribbon's comes through src/excel/events.ts). */
export type RunResult = Omit<Extract<AddinEvent, { type: "report-done" }>, "type">;

/** What the paragraph box says about the paragraph beside it. */
export type ParagraphNote = "none" | "busy" | "done" | "edited" | "failed";

/** Everything the page remembers between clicks. */
export interface State {
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

export const state: State = {
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

/** What the rendering asks of the handlers (set by handlers.ts when it wires the page). */
export const paneActions: {
  selectTab: (id: string) => void;
  openSheet: (sheet: string) => void;
  selectProblem: (address: string) => void;
} = { selectTab: () => undefined, openSheet: () => undefined, selectProblem: () => undefined };

export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return format(state.lang, key, params);
}

/**
 * What a status line says, kept as a catalogue key (and the error behind it), not as text: a
 * language switch re-renders every line, so none stays in the other language.
 */
export interface StatusMessage {
  key: StringKey;
  params?: Record<string, string | number>;
  error?: unknown;
  /** Words from a shared catalogue (src/core), shown instead of the key's. */
  text?: Message;
  /** A result that needs the officer's eye (a report with errors): shown in the warning style. */
  tone?: "warning";
}
export const STATUS_LINES = ["settings-status", "run-status", "paragraph-status", "check-status"] as const;
export type StatusLine = (typeof STATUS_LINES)[number];
export const statuses = new Map<StatusLine, StatusMessage | null>();

export function formContext(): FormContext {
  return {
    lang: state.lang,
    officeLang: langFromOffice(state.displayLanguage),
    sources: state.sources,
    inferred: state.inferred,
  };
}
