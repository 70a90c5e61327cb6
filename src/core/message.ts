/**
 * The one bilingual message type and the one slot-filling helper, used by every catalogue (the core's,
 * the report's, the adapter's, the task pane's, the page's and the command's). A message is written
 * once per meaning with "{name}" slots in both languages; it is filled, never edited afterwards.
 * Pure: no I/O, no Office, no DOM.
 */
import type { Lang } from "./lang";

/** Words for the user, in Vietnamese and English. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** A slot's value: the same in both languages (a number, a file name), or a message of its own. */
export type SlotValue = string | number | Message;

/** Named slot values, keyed by the "{name}" they fill. */
export type Slots = Readonly<Record<string, SlotValue>>;

const SLOT = /\{(\w+)\}/g;

/**
 * `template` with each "{name}" replaced by its slot's value in `lang`; a "{name}" with no slot stays
 * as written (a template may hold literal braces, such as the {{CODE.MEASURE}} grammar).
 */
export function fillTemplate(template: string, slots: Slots, lang: Lang): string {
  return template.replace(SLOT, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(slots, name)) return whole;
    const value = slots[name] as SlotValue;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** A catalogue message with its slots filled, in both languages. */
export function fillMessage(message: Message, slots: Slots = {}): Message {
  return { vi: fillTemplate(message.vi, slots, "vi"), en: fillTemplate(message.en, slots, "en") };
}

/** The "{name}" slots a template holds, each once, in order of appearance (for the catalogue tests). */
export function slotNames(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(SLOT)) names.add(match[1] as string);
  return [...names];
}
