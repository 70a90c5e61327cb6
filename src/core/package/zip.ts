/**
 * The zip container of an Office package (.xlsx, .docx): the central directory, and each entry inflated in small pieces with
 * the inflated bytes counted as they come out (a zip's declared sizes can lie: a zip bomb declares
 * small sizes). Pure: Uint8Array in, chunks out; runs in Node, the browser and a Web Worker.
 */
import { DecodeUTF8, Inflate, strFromU8 } from "fflate";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared: may lie (a zip bomb declares small sizes); only a quick early refusal trusts it. */
  declaredSize: number;
  localOffset: number;
}

/** Thrown while reading; the xlsx reader (src/xlsx/index.ts) turns it into a refusal. */
export class ZipError extends Error {
  constructor(
    readonly kind: "corrupt" | "inflated-limit",
    message: string,
  ) {
    super(message);
  }
}

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory, by name. Throws ZipError("corrupt") when there is none. */
export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("corrupt", "no end of central directory");
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new ZipError("corrupt", "bad central directory");
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const declaredSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
    out.set(name.replace(/^\//, ""), { name, method, compressedSize, declaredSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The compressed bytes of an entry (never past the end of the file, whatever the header says). */
function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== LOCAL) throw new ZipError("corrupt", `bad local header: ${e.name}`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = Math.min(bytes.length, start + e.compressedSize);
  if (start > bytes.length) throw new ZipError("corrupt", `entry past the end: ${e.name}`);
  return bytes.subarray(start, end);
}

/** Counts inflated bytes over the whole workbook against one ceiling. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw new ZipError("inflated-limit", "inflated bytes over the limit");
  }
}

const PIECE = 16 * 1024; // compressed bytes per push: at most ~16 MB out of one push at deflate's 1032:1

/** Inflate an entry piece by piece, handing each inflated chunk to `sink` after counting it. */
export function inflateEntry(
  bytes: Uint8Array,
  e: ZipEntry,
  budget: InflateBudget,
  sink: (chunk: Uint8Array) => void,
): void {
  const data = dataOf(bytes, e);
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += PIECE) {
      const chunk = data.subarray(i, Math.min(data.length, i + PIECE));
      budget.take(chunk.length);
      sink(chunk);
    }
    return;
  }
  if (e.method !== 8) throw new ZipError("corrupt", `unsupported compression ${e.method}: ${e.name}`);
  const inflater = new Inflate((chunk) => {
    budget.take(chunk.length);
    sink(chunk);
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += PIECE) {
      const end = Math.min(data.length, i + PIECE);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (err) {
    // fflate's own errors carry a numeric code; anything else came from the sink (a limit): pass it on.
    if (typeof (err as { code?: unknown } | null)?.code !== "number") throw err;
    throw new ZipError("corrupt", `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A whole entry as text (small parts only: rels, mimetype, docProps). */
export function entryText(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget): string {
  // fflate's decoder: src/core has no TextDecoder (tsconfig.core.json gives it no DOM or Node).
  let s = "";
  const decoder = new DecodeUTF8((text) => (s += text));
  inflateEntry(bytes, e, budget, (chunk) => decoder.push(chunk));
  decoder.push(new Uint8Array(0), true);
  return s;
}
