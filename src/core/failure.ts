import { MESSAGES, MessageCode } from "./messages";
import type { CalcFailure, ErrorKind } from "./types";

/** Fill "{name}" slots of a catalogue message. */
function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A failure value from the message catalogue. The core returns these; it never throws on bad data. */
export function fail(kind: ErrorKind, code: MessageCode, params: Record<string, string | number> = {}): CalcFailure {
  const m = MESSAGES[code];
  return {
    kind,
    code,
    message: { vi: fill(m.vi, params), en: fill(m.en, params) },
  };
}

export function isFailure(x: unknown): x is CalcFailure {
  return typeof x === "object" && x !== null && "kind" in x && "code" in x && "message" in x;
}
