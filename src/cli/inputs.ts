/**
 * The files a run reads: each argument is a file (taken as is, whatever its name) or a folder (its
 * .xlsx files, not recursive, without Excel's "~$" lock files), and where each report goes.
 */
import { readdir, stat } from "fs/promises";
import * as path from "path";

export interface InputFile {
  /** The path as given or found. */
  path: string;
  /** true when found in a folder (then a report written by ct-report is skipped, not read). */
  fromFolder: boolean;
}

export interface Expanded {
  files: InputFile[];
  /** Arguments that do not exist. */
  missing: string[];
}

/** Whether a folder entry is a workbook to read. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** Expand files and folders, in the order given; a folder's files sorted by name. */
export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const a of args) {
    let s;
    try {
      s = await stat(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (s.isDirectory()) {
      const names = (await readdir(a)).filter(isWorkbookName).sort((x, y) => x.localeCompare(y));
      for (const n of names) {
        const p = path.join(a, n);
        if ((await stat(p)).isFile()) files.push({ path: p, fromFolder: true });
      }
    } else {
      files.push({ path: a, fromFolder: false });
    }
  }
  return { files, missing };
}

/** Whether an argument names a folder. */
export async function isFolder(a: string): Promise<boolean> {
  try {
    return (await stat(a)).isDirectory();
  } catch {
    return false;
  }
}

/** "data.xlsx" + "BC 9T-2013" -> "data.BC-9T-2013.xlsx": the report named after its input. */
export function reportFileName(input: string, sheetName: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  const tag = sheetName
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-");
  return `${base}.${tag}.xlsx`;
}

/** `name`, or "name-2.xlsx", "name-3.xlsx"… when already taken in this run. */
export function uniqueName(name: string, taken: Set<string>): string {
  let n = name;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = name.replace(/\.xlsx$/i, `-${i}.xlsx`);
  taken.add(n.toLowerCase());
  return n;
}
