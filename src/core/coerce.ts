/**
 * Coercion of one Excel argument cell into what a calculation needs, in one place.
 * Rules: a blank (null, undefined, "" or only spaces) is missing (#N/A with a message), never zero;
 * text where a number belongs is #VALUE! (a text number like "21.000" is ambiguous between
 * Vietnamese and English styles, so it is never guessed); TRUE/FALSE is #VALUE!; an incoming
 * Excel error value passes straight through. Pure: no CustomFunctions global here.
 */
import { fail } from "./failure";
import type { CalcFailure } from "./types";

/**
 * An error value Excel handed us as an argument (a CustomFunctions.Error, e.g. from =1/0 in a cell).
 * Recognised by shape so the core stays free of Office globals.
 */
export interface IncomingError {
  readonly code: string;
  readonly message?: string;
}

/** What one cell of a calculation ends in before it is turned into an Excel value. */
export type CellResult<T = number> = T | CalcFailure | IncomingError;

const EXCEL_ERROR = /^#[A-Z0-9/!?_ ]+[!?A]?$/i;

/** True for an Excel error value passed in as an argument: an object with a code such as "#DIV/0!". */
export function isIncomingError(x: unknown): x is IncomingError {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const code = (x as { code?: unknown }).code;
  return typeof code === "string" && EXCEL_ERROR.test(code) && !("kind" in x);
}

/** True when the cell is blank as Excel or ExcelJS hands it: null, undefined, "" or spaces only. */
export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

/** A required number. `what` names the argument in the message ("previous", "T5"). */
export function toNumber(x: unknown, what: string): number | CalcFailure | IncomingError {
  if (typeof x === "number") return Number.isFinite(x) ? x : fail("num", "not-finite", { what });
  if (isBlank(x)) return fail("na", "missing", { what });
  if (typeof x === "boolean") return fail("value", "boolean", { what });
  if (isIncomingError(x)) return x;
  return fail("value", "not-a-number", { what });
}

/** An optional number: blank or omitted is null (use the default). */
export function toOptionalNumber(x: unknown, what: string): number | null | CalcFailure | IncomingError {
  if (isBlank(x)) return null;
  return toNumber(x, what);
}

/** An optional whole number within [min, max] (a month); blank is null. Out of range is #VALUE! with a message. */
export function toOptionalMonth(x: unknown, what = "month"): number | null | CalcFailure | IncomingError {
  const n = toOptionalNumber(x, what);
  if (typeof n !== "number") return n;
  if (!Number.isInteger(n) || n < 1 || n > 12) return fail("value", "month-range", { value: n });
  return n;
}

/** An optional switch: blank is `fallback`; TRUE/FALSE or a number (0 is FALSE) as Excel reads them. */
export function toOptionalBoolean(x: unknown, what: string, fallback = false): boolean | CalcFailure | IncomingError {
  if (isBlank(x)) return fallback;
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return Number.isFinite(x) ? x !== 0 : fail("num", "not-finite", { what });
  if (isIncomingError(x)) return x;
  if (typeof x === "string") {
    const t = x.trim().toUpperCase();
    if (t === "TRUE") return true;
    if (t === "FALSE") return false;
  }
  return fail("value", "boolean", { what });
}

/** An optional text (a kind, a method, a language): blank is null; a number is #VALUE!. */
export function toOptionalText(x: unknown, what: string): string | null | CalcFailure | IncomingError {
  if (isBlank(x)) return null;
  if (typeof x === "string") return x.trim();
  if (isIncomingError(x)) return x;
  return fail("value", "not-text", { what });
}
