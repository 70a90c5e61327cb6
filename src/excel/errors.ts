/**
 * The one place a calculation's failure becomes an Excel error value.
 * Only #VALUE! and #N/A show a custom message in Excel (the hover flag of the cell); #DIV/0! and
 * #NUM! show none, so they are created without one. The message is "Vietnamese / English".
 */
import type { CalcFailure, ErrorKind } from "../core/types";

/** Our cap for a custom error message (Excel documents none; the hover box shows a short text). */
export const MESSAGE_LIMIT = 255;

/** The error kinds whose message Excel shows. */
export const KINDS_WITH_MESSAGE: readonly ErrorKind[] = ["value", "na"];

/** "vi / en", trimmed to MESSAGE_LIMIT characters with an ellipsis (the English part is cut first). */
export function errorMessage(f: CalcFailure, limit = MESSAGE_LIMIT): string {
  const both = `${f.message.vi} / ${f.message.en}`;
  if (both.length <= limit) return both;
  return both.slice(0, Math.max(0, limit - 1)).trimEnd() + "…";
}

function code(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

const cache = new Map<string, CustomFunctions.Error>();
const CACHE_LIMIT = 500;

/**
 * A CalcFailure as the CustomFunctions.Error Excel shows in the cell. The same failure gives the
 * same (immutable) error object, so a long column with many blanks does not build thousands of them.
 */
export function toExcelError(f: CalcFailure): CustomFunctions.Error {
  const key = `${f.kind}|${f.message.vi}|${f.message.en}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const e = KINDS_WITH_MESSAGE.includes(f.kind)
    ? new CustomFunctions.Error(code(f.kind), errorMessage(f))
    : new CustomFunctions.Error(code(f.kind));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, e);
  return e;
}
