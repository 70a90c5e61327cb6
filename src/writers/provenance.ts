/**
 * What a report file at the place a new one goes says about itself (.xlsx or .docx): the package
 * module's provenance (src/core/package), with the earlier workbook scheme verified through ExcelJS.
 */
import { packageProvenance, type Provenance } from "../core/package";
import { verifyXlsxV1 } from "./xlsxFingerprintV1";

export type { Provenance } from "../core/package";

/** Signed, not ours, unedited or edited; at most `maxInflatedBytes` inflated to learn it. */
export function reportProvenance(bytes: Uint8Array, maxInflatedBytes: number): Promise<Provenance> {
  return packageProvenance(bytes, maxInflatedBytes, [verifyXlsxV1]);
}
