/**
 * Raw data from an .xlsx file for the command: the file's bytes handed to the bounded reader
 * (src/xlsx, shared with the browser page). Every sheet's values as Excel's range.values gives them;
 * formula cells give their saved result, rich text is flattened. The file is never written.
 */
import { readFile, stat } from "fs/promises";
import type { SourceValues } from "../report/reader";
import type { Problem } from "../report/types";
import { REFUSALS } from "../xlsx/messages";
import { DEFAULT_READ_LIMITS, readWorkbookBytes, type ReadLimits, type ReadRefusalCode } from "../xlsx";
import { CLI_MESSAGES, type Bi } from "./messages";
export { REPORT_CREATOR } from "../writers/xlsx";

export interface XlsxData {
  sources: SourceValues[];
  problems: Problem[];
  creator: string;
  customProperties: Record<string, string>;
  webExtensionProperties: Record<string, string>;
}

/** A file that cannot be read at all; the message names the file (and the limit it broke). */
export class InputError extends Error {
  constructor(
    readonly bilingual: Bi,
    /** Why, when the reader refused the file; "unreadable" when the file could not be opened. */
    readonly code: ReadRefusalCode | "unreadable" = "unreadable",
  ) {
    super(bilingual.en);
  }
}

/** Read every sheet of an .xlsx file. Throws InputError naming the file when it is not a workbook. */
export async function readXlsx(
  file: string,
  shownName = file,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<XlsxData> {
  let buf: Buffer;
  try {
    // A file over the size ceiling is refused before a byte of it is read.
    const size = (await stat(file)).size;
    if (size > limits.maxFileBytes) throw new InputError(fileTooLarge(shownName, size, limits), "too-large");
    buf = await readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(CLI_MESSAGES.unreadable(shownName, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const read = readWorkbookBytes(bytes, shownName, limits);
  if (!read.ok) throw new InputError(read.refusal.message, read.refusal.code);
  return read.workbook;
}

function fileTooLarge(name: string, size: number, limits: ReadLimits): Bi {
  return REFUSALS.fileTooLarge(name, size, limits.maxFileBytes);
}
