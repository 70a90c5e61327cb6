/**
 * The files a run reads: each argument is a file (taken as is, whatever its name) or a folder (its
 * workbooks, not recursive, without Excel's "~$" lock files), and where each report goes. Nothing here
 * stops the run: an argument or folder entry that cannot be taken (missing, a broken link, a loop, a
 * folder that cannot be read, a FIFO or device) becomes a refused entry with its reason, in order.
 */
import { fillMessage } from "../core/message";
import * as path from "path";
import { kindOf, nodeFs, statFailure, type FsLayer } from "./fileAccess";
import { InputError } from "./inputError";
import { CLI_MESSAGES } from "./messages";

export interface InputFile {
  /** The path as given or found. */
  path: string;
  /** true when found in a folder (then a report written by ct-report is skipped, not read). */
  fromFolder: boolean;
}

/** One input of the run, in the order given: a file to read, or one refused before reading. */
export type InputEntry = ({ kind: "file" } & InputFile) | { kind: "refused"; path: string; error: InputError };

export interface Expanded {
  entries: InputEntry[];
  /** The files to read (the "file" entries). */
  files: InputFile[];
  /** Arguments that do not exist. */
  missing: string[];
}

/** Whether a folder entry is a workbook to read. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/**
 * Whether a folder entry is a spreadsheet in another format (.xls, .ods, .csv…): taken so that it is
 * refused by name, with what to do, instead of being silently left out of a folder run.
 */
export function isOtherSpreadsheetName(name: string): boolean {
  return /\.(xls|xlsm|xlsb|ods|csv)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

function byName(x: string, y: string): number {
  return x.localeCompare(y);
}

/** The entries of one folder argument. */
async function folderEntries(folder: string, fsl: FsLayer): Promise<InputEntry[]> {
  let names: string[];
  try {
    names = (await fsl.readdir(folder, { withFileTypes: true })).map((d) => d.name);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return [
      {
        kind: "refused",
        path: folder,
        error: new InputError(fillMessage(CLI_MESSAGES.folderUnreadable, { file: folder, why })),
      },
    ];
  }
  const out: InputEntry[] = [];
  for (const n of names.filter((m) => isWorkbookName(m) || isOtherSpreadsheetName(m)).sort(byName)) {
    const p = path.join(folder, n);
    try {
      const s = await fsl.stat(p); // follows links: a link to a workbook is a workbook
      if (s.isDirectory()) continue; // not recursive
      if (s.isFile()) out.push({ kind: "file", path: p, fromFolder: true });
      else
        out.push({
          kind: "refused",
          path: p,
          error: new InputError(fillMessage(CLI_MESSAGES.notRegular, { file: p, kind: kindOf(s) }), "not-regular"),
        });
    } catch (e) {
      out.push({ kind: "refused", path: p, error: await statFailure(p, p, e, fsl) });
    }
  }
  return out;
}

/** Expand files and folders, in the order given; a folder's files sorted by name. Never throws for a path. */
export async function expandInputs(args: readonly string[], fsl: FsLayer = nodeFs): Promise<Expanded> {
  const entries: InputEntry[] = [];
  const missing: string[] = [];
  for (const a of args) {
    let s;
    try {
      s = await fsl.stat(a);
    } catch (e) {
      const error = await statFailure(a, a, e, fsl);
      if (error.code === "not-found") missing.push(a);
      entries.push({ kind: "refused", path: a, error });
      continue;
    }
    if (s.isDirectory()) entries.push(...(await folderEntries(a, fsl)));
    else entries.push({ kind: "file", path: a, fromFolder: false });
  }
  const files = entries.flatMap((e) => (e.kind === "file" ? [{ path: e.path, fromFolder: e.fromFolder }] : []));
  return { entries, files, missing };
}

/** Whether an argument names a folder. */
export async function isFolder(a: string, fsl: FsLayer = nodeFs): Promise<boolean> {
  try {
    return (await fsl.stat(a)).isDirectory();
  } catch {
    return false;
  }
}

export { reportFileName, uniqueName } from "../report/document/fileNames";

/** "report.xlsx" -> "report (2).xlsx", "report (3).xlsx"…: the name beside an edited report. */
export function besideName(file: string, n: number): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)} (${n})${ext}`;
}
