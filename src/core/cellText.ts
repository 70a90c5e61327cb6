/** Excel's limit on the text of one cell, and the check every text result goes through. */
import { fail } from "./failure";
import type { CalcFailure } from "./types";

/** The most characters an Excel cell holds (Excel specifications and limits). */
export const CELL_TEXT_LIMIT = 32767;

/** The text when it fits one cell; otherwise #VALUE! saying how long it is (Excel would cut it silently). */
export function fitCell(text: string): string | CalcFailure {
  return text.length <= CELL_TEXT_LIMIT
    ? text
    : fail("value", "text-too-long", { length: text.length, limit: CELL_TEXT_LIMIT });
}
