/**
 * What a file that is not an .xlsx really is, from its first bytes: an encrypted OOXML workbook and an
 * old .xls are both OLE2 compound files (told apart by the EncryptionInfo / EncryptedPackage streams),
 * an .ods is a zip whose "mimetype" says so, a CSV is plain text with separators.
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return magic.every((x, i) => b[i] === x);
}

export function isZip(b: Uint8Array): boolean {
  return startsWith(b, ZIP_MAGIC) || (b[0] === 0x50 && b[1] === 0x4b);
}

export function isOle(b: Uint8Array): boolean {
  return startsWith(b, OLE_MAGIC.slice(0, 4));
}

/** UTF-16LE bytes of an ASCII name, as OLE2 directory entries store stream names. */
function utf16(name: string): number[] {
  const out: number[] = [];
  for (const ch of name) out.push(ch.charCodeAt(0), 0);
  return out;
}

function contains(b: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  outer: for (
    let i = b.indexOf(first ?? 0);
    i >= 0 && i <= b.length - needle.length;
    i = b.indexOf(first ?? 0, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** An OLE2 file holding an encrypted OOXML package (a password-protected .xlsx). */
export function isEncryptedOle(b: Uint8Array): boolean {
  return contains(b, utf16("EncryptedPackage")) || contains(b, utf16("EncryptionInfo"));
}

/** Plain text with a separator on most of its first lines: a CSV (or TSV) export. */
export function looksLikeCsv(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  if (head.length === 0 || head.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(head);
  } catch {
    return false;
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  if (/^\s*</.test(lines[0] ?? "")) return false; // XML or HTML
  const withSeparator = lines.filter((l) => /[,;\t|]/.test(l)).length;
  return withSeparator >= Math.max(1, Math.ceil(lines.length / 2));
}

/** The first bytes as text: UTF-16 when a byte-order mark says so, UTF-8 otherwise (bad bytes replaced). */
function headText(b: Uint8Array, n = 4096): string {
  const head = b.subarray(0, n);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head);
  return new TextDecoder("utf-8").decode(head);
}

/**
 * A saved web page: HTML (what many programs' and websites' "export to Excel" write, and Excel's own
 * "Web Page" save), or a single-file web page (MHTML), whatever its name says.
 */
export function looksLikeHtml(b: Uint8Array): boolean {
  const text = headText(b)
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml[^>]*\?>/i, "")
    .replace(/^(?:\s*<!--[\s\S]*?-->)*/, "");
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta[\s>])/i.test(text)) return true;
  return /^MIME-Version:/im.test(text) && /text\/html/i.test(text);
}

/** A zip whose workbook part is binary (BIFF12): an .xlsb, whatever its name says. */
export function isXlsbEntries(names: Iterable<string>): boolean {
  for (const n of names) if (/^xl\/workbook\.bin$/i.test(n)) return true;
  return false;
}
