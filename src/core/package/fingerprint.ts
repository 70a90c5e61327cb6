/**
 * The fingerprint a report carries (.xlsx and .docx alike), so that whatever an officer adds or changes
 * after ct-report wrote it — cells, body text, a picture (a seal, a scanned signature), a line typed in
 * a page header or footer, comments, shapes, any added part — is seen before the report is replaced.
 *
 * What it covers: every part of the package, byte for byte, but for what the writer itself varies from
 * one run to the next — the dates in docProps/core.xml — and the property holding the fingerprint
 * (other custom properties count). A package saved again by Excel, Word or LibreOffice is rewritten
 * part by part, so it counts as edited even when nothing was changed: it is kept, never lost.
 *
 * The hash is SHA-256 from @noble/hashes: synchronous and the same in Node, the browser and a Web Worker.
 * We detect edits, not attacks, but a well-known hash means nobody has to prove a home-made one.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { CUSTOM_PART, readCustomProperties, setCustomProperties } from "./customProperties";
import { partText, type PackageParts } from "./parts";

/** The custom document property that holds the fingerprint, in every report. */
export const FINGERPRINT_PROPERTY = "ct-report.fingerprint";

/** The scheme's tag: a later scheme must never compare equal to this one. */
export const FINGERPRINT_SCHEME = "v2:sha256:";

/** Properties that held a fingerprint in an earlier version (the Word report's, src/core/package/legacy.ts). */
export const LEGACY_PROPERTIES = ["CT.Fingerprint"] as const;

const CORE_PART = "docProps/core.xml";

/** docProps/core.xml without the dates the writer sets at each run. */
function coreWithoutDates(xml: string): string {
  return xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, "");
}

/** The custom properties other than the fingerprints, one line each in name order ("" when none). */
function otherProperties(parts: PackageParts): string {
  const props = readCustomProperties(parts);
  const skip = new Set<string>([FINGERPRINT_PROPERTY, ...LEGACY_PROPERTIES]);
  return Object.keys(props)
    .filter((k) => !skip.has(k))
    .sort()
    .map((k) => JSON.stringify([k, props[k]]))
    .join("\n");
}

/** The fingerprint of a package's parts, as the scheme's tag and 64 hex digits. */
export function packageFingerprint(parts: PackageParts): string {
  const hash = sha256.create();
  const names = [...parts.keys()].filter((n) => n !== CUSTOM_PART).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const bytes = name === CORE_PART ? utf8ToBytes(coreWithoutDates(partText(parts, name))) : parts.get(name);
    if (!bytes) continue;
    hash.update(utf8ToBytes(`${JSON.stringify(name)} ${bytes.length}\n`));
    hash.update(bytes);
  }
  const others = otherProperties(parts);
  if (others !== "") hash.update(utf8ToBytes(`${JSON.stringify(CUSTOM_PART)}\n${others}`));
  return `${FINGERPRINT_SCHEME}${bytesToHex(hash.digest())}`;
}

/**
 * Give a package we just wrote its fingerprint: the custom-properties part is declared first (that
 * changes [Content_Types].xml and _rels/.rels), then the fingerprint of the parts as they will be
 * written is set in it.
 */
export function stampFingerprint(parts: PackageParts): void {
  setCustomProperties(parts, { [FINGERPRINT_PROPERTY]: "" });
  setCustomProperties(parts, { [FINGERPRINT_PROPERTY]: packageFingerprint(parts) });
}
