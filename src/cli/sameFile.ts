/**
 * Whether two paths name the same file on disk, whatever the spelling: a symbolic link, a hard link,
 * "./a/../data.xlsx", or another case on a case-insensitive disk. Used so the input is never written.
 */
import { realpathSync, statSync } from "fs";
import * as path from "path";

/** The identity of an existing file ("dev:ino", the same for every link to it), or null when it does not exist. */
export function fileIdentity(file: string): string | null {
  try {
    const s = statSync(file, { bigint: true }); // follows symbolic links
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** The path with symbolic links resolved as far as it exists (the missing tail kept as written). */
export function realPath(file: string): string {
  const abs = path.resolve(file);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPath(parent), path.basename(abs));
  }
}

/** The keys under which a file is known: its resolved path, its real path and, when it exists, its identity. */
export function fileKeys(file: string): string[] {
  const keys = [`path:${path.resolve(file)}`, `path:${realPath(file)}`];
  const id = fileIdentity(file);
  if (id !== null) keys.push(`id:${id}`);
  return keys;
}

/** A set of files, matched by any of their keys. */
export class FileSet {
  private readonly keys = new Set<string>();

  constructor(files: Iterable<string> = []) {
    for (const f of files) this.add(f);
  }

  add(file: string): void {
    for (const k of fileKeys(file)) this.keys.add(k);
  }

  has(file: string): boolean {
    return fileKeys(file).some((k) => this.keys.has(k));
  }
}

/** Whether `a` and `b` are the same file. */
export function sameFile(a: string, b: string): boolean {
  return new FileSet([a]).has(b);
}
