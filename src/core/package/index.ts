/**
 * The one Office-package module: a package's zip (read with its inflated bytes counted, and written),
 * its parts, its custom document properties and the fingerprint a report carries. Pure (fflate, saxes,
 * @noble/hashes): the workbook reader (src/xlsx), the writers, the command and the page all use it, and
 * nothing else in src opens or writes a zip (eslint.config.mjs holds it).
 */
export { ZipError, InflateBudget, inflateEntry, entryText, listEntries, type ZipEntry } from "./zip";
export {
  isSignedNames,
  partNames,
  partText,
  readPackage,
  setPartText,
  writePackage,
  zipStored,
  type PackageParts,
} from "./parts";
export { CUSTOM_PART, customXml, parseCustomXml, readCustomProperties, setCustomProperties } from "./customProperties";
export { FINGERPRINT_PROPERTY, FINGERPRINT_SCHEME, packageFingerprint, stampFingerprint } from "./fingerprint";
export { carriedFingerprint, packageProvenance, type LegacyVerifier, type Provenance } from "./provenance";
export { legacyTextFingerprint } from "./legacy";

import { stampFingerprint } from "./fingerprint";
import { readPackage, writePackage } from "./parts";

/** The bytes of a package we just wrote, carrying its fingerprint (deflated once, at level 4). */
export function withFingerprint(bytes: Uint8Array): Uint8Array {
  const parts = readPackage(bytes);
  stampFingerprint(parts);
  return writePackage(parts);
}
