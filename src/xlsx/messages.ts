/**
 * Why a file is refused: the words are the shared failure catalogue's (src/report/failureMessages.ts,
 * also the command's and the page's), each naming the file; here only how the reader fills their slots.
 */
import type { Message } from "../core/message";
import { aboutFile, FAILURE_MESSAGES, megabytes } from "../report/failureMessages";
import { fillMessage } from "../core/message";

/** 1.000.000: a count of cells as the Vietnamese and the English message both print it. */
function cellCount(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, ".");
}

/** The refusal of `file` for one of the reader's reasons, its slots filled. */
export const REFUSALS = {
  encrypted: (file: string): Message => aboutFile(file, FAILURE_MESSAGES.encrypted),
  xls: (file: string): Message => aboutFile(file, FAILURE_MESSAGES.oldXls),
  ods: (file: string): Message => aboutFile(file, FAILURE_MESSAGES.ods),
  csv: (file: string): Message => aboutFile(file, FAILURE_MESSAGES.csv),
  notXlsx: (file: string): Message => aboutFile(file, FAILURE_MESSAGES.notXlsx),
  corrupt: (file: string, why: string): Message => aboutFile(file, fillMessage(FAILURE_MESSAGES.corrupt, { why })),
  fileTooLarge: (file: string, size: number, limit: number): Message =>
    aboutFile(file, fillMessage(FAILURE_MESSAGES.tooLarge, { size: megabytes(size), limit: megabytes(limit) })),
  declaredTooLarge: (file: string, declared: number, limit: number): Message =>
    aboutFile(
      file,
      fillMessage(FAILURE_MESSAGES.tooLargeDeclared, { declared: megabytes(declared), limit: megabytes(limit) }),
    ),
  inflatedTooLarge: (file: string, limit: number): Message =>
    aboutFile(file, fillMessage(FAILURE_MESSAGES.tooLargeInflated, { limit: megabytes(limit) })),
  tooManyCells: (file: string, limit: number): Message =>
    aboutFile(file, fillMessage(FAILURE_MESSAGES.tooManyCells, { limit: cellCount(limit) })),
};
