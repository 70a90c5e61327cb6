/**
 * Raw data from an .xlsx file for the command: a regular file of bounded size (src/cli/fileAccess.ts)
 * handed to the bounded reader (src/xlsx, shared with the browser page). Every sheet's values as
 * Excel's range.values gives them; formula cells give their saved result, rich text is flattened. The
 * file is never written.
 */
import { DEFAULT_READ_LIMITS, readWorkbookBytes, type WorkbookFile } from "../xlsx";
import { readRegularFile, nodeFs, type FsLayer } from "./fileAccess";
import { refusalOf } from "./fileKind";
import { fromRefusal } from "./inputError";
import { CLI_LIMITS } from "./limits";
export { REPORT_CREATOR } from "../writers/xlsx";
export { InputError } from "./inputError";

/** Read an .xlsx from its bytes; throws InputError (the reader's refusal, naming the file and limit). */
export function readXlsxBytes(
  bytes: Uint8Array,
  shownName: string,
  maxInflatedBytes = Math.min(CLI_LIMITS.maxInflatedBytes, DEFAULT_READ_LIMITS.maxInflatedBytes),
): WorkbookFile {
  const read = readWorkbookBytes(bytes, shownName, {
    ...DEFAULT_READ_LIMITS,
    maxFileBytes: Infinity,
    maxInflatedBytes,
  });
  if (!read.ok) {
    // What a file is and what to do, in the command's own words (docs/cli.md, src/cli/fileKind.ts);
    // the reader's refusal (its counted ceilings) otherwise.
    throw refusalOf(bytes, shownName, maxInflatedBytes) ?? fromRefusal(read.refusal);
  }
  return read.workbook;
}

/**
 * Read every sheet of an .xlsx file: a regular file of at most `maxBytes` (refused at once otherwise, by
 * its stat, before it is opened). Throws InputError naming the file.
 */
export async function readXlsx(
  file: string,
  shownName = file,
  maxBytes = CLI_LIMITS.maxFileBytes,
  fsl: FsLayer = nodeFs,
  maxInflatedBytes = Math.min(CLI_LIMITS.maxInflatedBytes, DEFAULT_READ_LIMITS.maxInflatedBytes),
): Promise<WorkbookFile> {
  return readXlsxBytes(await readRegularFile(file, shownName, maxBytes, fsl), shownName, maxInflatedBytes);
}
