/**
 * Reading a file without ever hanging or reading without end: only a regular file is opened (a FIFO,
 * a device such as /dev/zero, a socket or a folder is refused by its stat, before any open), its size is
 * checked against the limit first, and it is opened non-blocking and read at most to the limit.
 * Every failure is an InputError naming the file. The fs layer is injectable so tests can make a path
 * fail the way a locked folder does for a user who is not root.
 */
import { fillMessage } from "../core/message";
import { constants, type Dirent, type Stats } from "fs";
import { lstat, open, readdir, stat } from "fs/promises";
import { InputError } from "./inputError";
import { megabytes, REFUSALS } from "../xlsx/messages";
import { CLI_MESSAGES } from "./messages";
import type { Message } from "../core/message";

export interface FsLayer {
  stat(p: string): Promise<Stats>;
  lstat(p: string): Promise<Stats>;
  readdir(p: string, options: { withFileTypes: true }): Promise<Dirent[]>;
}

/** The real file system. */
export const nodeFs: FsLayer = { stat, lstat, readdir };

/** What a non-regular file is, in words. */
export function kindOf(s: Stats): Message {
  if (s.isFIFO()) return CLI_MESSAGES.kindFifo;
  if (s.isCharacterDevice() || s.isBlockDevice()) return CLI_MESSAGES.kindDevice;
  if (s.isSocket()) return CLI_MESSAGES.kindSocket;
  if (s.isDirectory()) return CLI_MESSAGES.kindFolder;
  return CLI_MESSAGES.kindOther;
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? (e instanceof Error ? e.message : String(e));
}

/** The error of a failed stat, in words: not found, a broken link, a loop of links, or the system's code. */
export async function statFailure(file: string, shown: string, e: unknown, fsl: FsLayer = nodeFs): Promise<InputError> {
  const code = errnoOf(e);
  if (code === "ENOENT") {
    const link = await fsl.lstat(file).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    return link
      ? new InputError(fillMessage(CLI_MESSAGES.brokenLink, { file: shown }), "not-found")
      : new InputError(fillMessage(CLI_MESSAGES.notFound, { file: shown }), "not-found");
  }
  if (code === "ELOOP") return new InputError(fillMessage(CLI_MESSAGES.linkLoop, { file: shown }), "unreadable");
  return new InputError(fillMessage(CLI_MESSAGES.unreadable, { file: shown, why: code }), "unreadable");
}

/** The stat of a file that must be regular and at most `maxBytes` long; throws InputError otherwise. */
export async function regularFileStat(
  file: string,
  shown: string,
  maxBytes: number,
  fsl: FsLayer = nodeFs,
): Promise<Stats> {
  let s: Stats;
  try {
    s = await fsl.stat(file);
  } catch (e) {
    throw await statFailure(file, shown, e, fsl);
  }
  if (!s.isFile())
    throw new InputError(fillMessage(CLI_MESSAGES.notRegular, { file: shown, kind: kindOf(s) }), "not-regular");
  if (s.size > maxBytes) {
    throw new InputError(REFUSALS.fileTooLarge(shown, s.size, maxBytes), "too-large");
  }
  return s;
}

const CHUNK = 1 << 20;

/**
 * The bytes of a regular file of at most `maxBytes`. Checked by stat before it is opened, then opened
 * non-blocking (so even a file swapped for a FIFO in between cannot block) and checked again on the handle.
 */
export async function readRegularFile(
  file: string,
  shown: string,
  maxBytes: number,
  fsl: FsLayer = nodeFs,
): Promise<Uint8Array> {
  await regularFileStat(file, shown, maxBytes, fsl);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new InputError(fillMessage(CLI_MESSAGES.unreadable, { file: shown, why: errnoOf(e) }), "unreadable");
  }
  try {
    const s = await handle.stat();
    if (!s.isFile())
      throw new InputError(fillMessage(CLI_MESSAGES.notRegular, { file: shown, kind: kindOf(s) }), "not-regular");
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) {
        throw new InputError(REFUSALS.fileTooLarge(shown, `> ${megabytes(maxBytes)}`, maxBytes), "too-large");
      }
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(fillMessage(CLI_MESSAGES.unreadable, { file: shown, why: errnoOf(e) }), "unreadable");
  } finally {
    await handle.close().catch(() => undefined);
  }
}
