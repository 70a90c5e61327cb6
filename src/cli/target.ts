/**
 * Where a report may be written, so an officer's work is never lost: nothing there, or a report of
 * ct-report that nobody edited since (its content still gives the fingerprint it carries), is replaced;
 * a file ct-report did not write needs --force; an edited report stops the input (exit 1) unless --force
 * replaces it or --beside writes the new report beside it as "name (2).xlsx". A folder, a FIFO or a
 * device where the report goes is never replaced.
 */
import { fillMessage } from "../core/message";
import * as path from "path";
import type { Provenance } from "../writers/fingerprint";
import { xlsxProvenance } from "../writers/xlsxFingerprint";
import { kindOf, nodeFs, readRegularFile, type FsLayer } from "./fileAccess";
import { InputError } from "./inputError";
import { besideName } from "./inputs";
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
    return { kind: "file", provenance: await xlsxProvenance(await readRegularFile(file, file, maxBytes, fsl)) };
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
  if (at.provenance === "unedited" || choice.force) return { file: outFile };
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
