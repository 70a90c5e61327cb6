/** Requirement-set checks, in one place: Office may be absent (Node tests) or old (Excel 2016). */

/** True when the host supports ExcelApi `version`, or when there is no Office to ask. */
export function supports(version: string): boolean {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return true;
  }
}
