/**
 * The Word report's fingerprint before the one scheme (src/core/package/fingerprint.ts): property
 * CT.Fingerprint, "v1:" and two FNV-1a hashes of the body's text (every w:t of word/document.xml, in
 * order, whitespace runs as one space). Kept only to verify reports written by that version, so an
 * unedited one is still replaced without --force; nothing writes it any more.
 */
import { partText, type PackageParts } from "./parts";

const LEGACY_DOCX = /^v1:[0-9a-f]{16}$/;

/** FNV-1a over UTF-16 code units with a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e];
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The body text as that version read it: every w:t, in order, joined. */
function wordXmlText(documentXml: string): string {
  const out: string[] = [];
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
  for (let m = re.exec(documentXml); m; m = re.exec(documentXml)) out.push(decodeXml(m[1] ?? ""));
  return out.join("");
}

/** That version's fingerprint of a body text. */
export function legacyTextFingerprint(text: string): string {
  const t = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return `v1:${fnv1a(t, 0x811c9dc5)}${fnv1a(t, 0x050c5d1f)}`;
}

/** Whether `carried` is of that scheme; then whether the package's body still gives it. */
export function verifyLegacyDocx(carried: string, parts: PackageParts): boolean | undefined {
  if (!LEGACY_DOCX.test(carried)) return undefined;
  return legacyTextFingerprint(wordXmlText(partText(parts, "word/document.xml"))) === carried;
}
