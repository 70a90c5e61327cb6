import { fillMessage, type Slots } from "./message";
import { MESSAGES, MessageCode } from "./messages";
import type { CalcFailure, ErrorKind } from "./types";

/** A failure value from the message catalogue. The core returns these; it never throws on bad data. */
export function fail(kind: ErrorKind, code: MessageCode, params: Slots = {}): CalcFailure {
  return { kind, code, message: fillMessage(MESSAGES[code], params) };
}

export function isFailure(x: unknown): x is CalcFailure {
  return typeof x === "object" && x !== null && "kind" in x && "code" in x && "message" in x;
}
