/**
 * Where a report may be written, so an officer's work is never lost: nothing there, or a report of
 * ct-report that nobody edited since (every part still gives the fingerprint it carries), is replaced;
 * a file ct-report did not write needs --force; an edited report stops the input (exit 1) unless --force
 * replaces it or --beside writes the new report beside it as "name (2).xlsx". A digitally signed file
 * is never replaced, not even with --force (--beside or another name). A folder, a FIFO or a device
 * where the report goes is never replaced. The Word report beside the workbook follows the same rules.
 */
import { fillMessage } from "../core/message";
import * as path from "path";
import { reportProvenance, type Provenance } from "../writers/provenance";
import { kindOf, nodeFs, readRegularFile, type FsLayer } from "./fileAccess";
import { InputError } from "./inputError";
import { besideName } from "./inputs";
import { CLI_LIMITS } from "./limits";
import { CLI_MESSAGES } from "./messages";

export interface TargetChoice {
  /** Replace a file ct-report did not write, or an edited report. */
  force: boolean;
  /** Write beside an edited report instead of stopping. */
  beside: boolean;
  /** Largest existing file read to learn whether it is an unedited report. */
  maxBytes: number;
}

/** What is at `file`: nothing, something that is not a regular file, or a file of that provenance. */
export async function whatIsAt(
  file: string,
  maxBytes: number,
  fsl: FsLayer = nodeFs,
): Promise<
  { kind: "nothing" } | { kind: "not-regular"; error: InputError } | { kind: "file"; provenance: Provenance }
> {
  try {
    await fsl.lstat(file);
  } catch {
    return { kind: "nothing" };
  }
  let s;
  try {
    s = await fsl.stat(file);
  } catch {
    return { kind: "file", provenance: "not-ours" }; // a broken link: not ours, replaced only with --force
  }
  if (!s.isFile()) {
    return {
      kind: "not-regular",
      error: new InputError(fillMessage(CLI_MESSAGES.targetNotRegular, { file, kind: kindOf(s) }), "not-regular"),
    };
  }
  try {
    const bytes = await readRegularFile(file, file, maxBytes, fsl);
    return { kind: "file", provenance: await reportProvenance(bytes, CLI_LIMITS.maxInflatedBytes) };
  } catch {
    return { kind: "file", provenance: "not-ours" }; // unreadable or too large: not known to be ours
  }
}

/**
 * The file to write the report to: `outFile`, or a free name beside it when it is an edited report and
 * --beside was given (`besideOf` then names the edited report, left as it is). Throws InputError when the
 * report must not be written there. `taken`: report paths already written in this run (lower case).
 */
export async function chooseTarget(
  outFile: string,
  choice: TargetChoice,
  taken: Set<string>,
  fsl: FsLayer = nodeFs,
): Promise<{ file: string; besideOf?: string }> {
  const at = await whatIsAt(outFile, choice.maxBytes, fsl);
  if (at.kind === "nothing") return { file: outFile };
  if (at.kind === "not-regular") throw at.error;
  const signed = at.provenance === "signed";
  if (signed && !choice.beside) throw signedError(outFile);
  if (!signed && (at.provenance === "unedited" || choice.force)) return { file: outFile };
  if (at.provenance === "not-ours")
    throw new InputError(fillMessage(CLI_MESSAGES.outExists, { file: outFile }), "output-taken");
  if (!choice.beside) throw new InputError(fillMessage(CLI_MESSAGES.editedReport, { file: outFile }), "output-edited");
  for (let n = 2; ; n++) {
    const candidate = besideName(outFile, n);
    if (taken.has(path.resolve(candidate).toLowerCase())) continue;
    const there = await whatIsAt(candidate, choice.maxBytes, fsl);
    if (there.kind === "nothing" || (there.kind === "file" && there.provenance === "unedited")) {
      return { file: candidate, besideOf: outFile };
    }
  }
}

function signedError(file: string): InputError {
  return new InputError(fillMessage(CLI_MESSAGES.signedReport, { file }), "output-signed");
}

/**
 * Whether the Word report may be written at `docxFile` (beside the workbook, same base name): nothing
 * there, or ct-report's own unedited one, or anything but a signed file with --force. Throws InputError.
 */
export async function checkDocxTarget(
  docxFile: string,
  force: boolean,
  maxBytes: number,
  fsl: FsLayer = nodeFs,
): Promise<void> {
  const at = await whatIsAt(docxFile, maxBytes, fsl);
  if (at.kind === "nothing") return;
  if (at.kind === "not-regular") throw at.error;
  if (at.provenance === "signed") throw signedError(docxFile);
  if (at.provenance === "unedited" || force) return;
  if (at.provenance === "not-ours")
    throw new InputError(fillMessage(CLI_MESSAGES.outExists, { file: docxFile }), "output-taken");
  throw new InputError(fillMessage(CLI_MESSAGES.editedDocx, { file: docxFile }), "output-edited");
}
