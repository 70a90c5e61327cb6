/**
 * The Word report's fingerprint: a hash of its text, kept in a custom document property, so an edited
 * .docx is told apart from the one the add-in wrote (as an edited .xlsx report is). Pure: runs in Node
 * and the browser. A small docx-specific one until the workbook's fingerprint module (src/writers/
 * fingerprint.ts, h-cli) can take text too.
 */
import { unzipSync } from "fflate";

/** The custom document property that holds the fingerprint. */
export const DOCX_FINGERPRINT_PROPERTY = "CT.Fingerprint";

/** FNV-1a over UTF-16 code units with a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Whitespace runs count as one space, so a re-zipped but unedited document keeps its fingerprint. */
export function normalizeDocumentText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** "v1:" and 16 hex digits: two FNV-1a hashes of the normalized text (not a security measure: a seal). */
export function textFingerprint(text: string): string {
  const t = normalizeDocumentText(text);
  return `v1:${fnv1a(t, 0x811c9dc5)}${fnv1a(t, 0x050c5d1f)}`;
}

/** The text of a WordprocessingML body as the fingerprint reads it: every w:t, in order, joined. */
export function wordXmlText(documentXml: string): string {
  const out: string[] = [];
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
  for (let m = re.exec(documentXml); m; m = re.exec(documentXml)) out.push(decodeXml(m[1] ?? ""));
  return out.join("");
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

/** Who a .docx at the output belongs to: ct-report's own and unedited, ct-report's but edited, or another's. */
export type DocxState = "own" | "edited" | "foreign";

/** The creator the Word report carries (docProps/core.xml). */
export const DOCX_CREATOR = "ct-report (Công Thương)";

/**
 * Whether `bytes` is a Word report ct-report wrote and nobody edited since: its creator, and its text's
 * fingerprint equal to the one it carries. An edited one is kept unless the user says --force.
 */
export function docxState(bytes: Uint8Array): DocxState {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) =>
        ["word/document.xml", "docProps/core.xml", "docProps/custom.xml"].includes(f.name) &&
        f.originalSize <= 64 << 20,
    });
  } catch {
    return "foreign";
  }
  const text = (name: string): string => {
    const part = parts[name];
    return part ? new TextDecoder().decode(part) : "";
  };
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(text("docProps/core.xml"))?.[1] ?? "";
  if (creator !== DOCX_CREATOR) return "foreign";
  const custom = text("docProps/custom.xml");
  const at = custom.indexOf(`name="${DOCX_FINGERPRINT_PROPERTY}"`);
  const stored = at < 0 ? null : (/<vt:lpwstr>([^<]*)<\/vt:lpwstr>/.exec(custom.slice(at))?.[1] ?? null);
  return stored !== null && stored === textFingerprint(wordXmlText(text("word/document.xml"))) ? "own" : "edited";
}
