/** An input (or the place its report goes) that cannot be done, with a message naming the file. */
import type { Message } from "../core/message";
import type { ReadRefusalCode } from "./readRefusal";

/** Why an input was not done, beyond the reader's own refusal codes. */
export type InputErrorCode =
  | ReadRefusalCode
  | "not-found"
  | "not-regular"
  | "unreadable"
  | "no-data"
  | "strict"
  | "output-taken"
  | "output-edited"
  | "output-signed"
  | "write-failed";

/** A refusal: the input is not done, the run goes on, and the exit code is 1. */
export class InputError extends Error {
  constructor(
    readonly bilingual: Message,
    readonly code: InputErrorCode = "unreadable",
  ) {
    super(bilingual.en);
  }
}

/** The refusal of the bounded reader (src/xlsx ReadRefusal: its message already names the file and limit). */
export function fromRefusal(refusal: { code: ReadRefusalCode; message: Message }): InputError {
  return new InputError(refusal.message, refusal.code);
}
