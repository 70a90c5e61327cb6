/**
 * What a package at the place a report goes says about itself: signed (never replaced), not ours (no
 * fingerprint), ours and unedited (its parts still give the fingerprint it carries), or ours and edited.
 * Fingerprints of earlier versions are verified by their own scheme, so an unedited report of the
 * previous version is still replaced without --force.
 */
import { readCustomProperties } from "./customProperties";
import { FINGERPRINT_PROPERTY, FINGERPRINT_SCHEME, LEGACY_PROPERTIES, packageFingerprint } from "./fingerprint";
import { verifyLegacyDocx } from "./legacy";
import { isSignedNames, partNames, readPackage, type PackageParts } from "./parts";

export type Provenance =
  /** No fingerprint: not a report we wrote (or not a package at all). */
  | "not-ours"
  /** Ours, and every part is what we wrote. */
  | "unedited"
  /** Ours, and changed since (or saved again, or carrying a fingerprint of an unknown scheme). */
  | "edited"
  /** Digitally signed (a part under _xmlsignatures/): never replaced, whoever wrote it. */
  | "signed";

/**
 * A verifier of an earlier scheme the package module cannot compute itself (the workbook's cell facts
 * through ExcelJS): undefined when `carried` is not of its scheme, else whether the package gives it.
 */
export type LegacyVerifier = (carried: string, bytes: Uint8Array) => Promise<boolean | undefined>;

/** The fingerprint a package's parts carry, of any scheme. */
export function carriedFingerprint(parts: PackageParts): string | undefined {
  const props = readCustomProperties(parts);
  for (const name of [FINGERPRINT_PROPERTY, ...LEGACY_PROPERTIES]) {
    const v = props[name]?.trim();
    if (v) return v;
  }
  return undefined;
}

async function verify(
  carried: string,
  parts: PackageParts,
  bytes: Uint8Array,
  legacy: readonly LegacyVerifier[],
): Promise<boolean> {
  if (carried.startsWith(FINGERPRINT_SCHEME)) return packageFingerprint(parts) === carried;
  const docx = verifyLegacyDocx(carried, parts);
  if (docx !== undefined) return docx;
  for (const v of legacy) {
    const ok = await v(carried, bytes).catch(() => false);
    if (ok !== undefined) return ok;
  }
  return false; // ours, of a scheme nobody here knows: never replaced silently
}

/** What the package in `bytes` says about itself; at most `maxInflatedBytes` are inflated to learn it. */
export async function packageProvenance(
  bytes: Uint8Array,
  maxInflatedBytes: number,
  legacy: readonly LegacyVerifier[] = [],
): Promise<Provenance> {
  let parts: PackageParts;
  try {
    if (isSignedNames(partNames(bytes))) return "signed";
    parts = readPackage(bytes, maxInflatedBytes);
  } catch {
    return "not-ours"; // not a zip, or too large to learn: not known to be ours
  }
  const carried = carriedFingerprint(parts);
  if (carried === undefined) return "not-ours";
  return (await verify(carried, parts, bytes, legacy)) ? "unedited" : "edited";
}
