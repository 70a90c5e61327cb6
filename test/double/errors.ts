/** The errors the Excel double throws, as Office.js shapes them, and Excel's sheet-name rule. */

export function excelError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`) as Error & { code: string; name: string };
  e.code = code;
  e.name = "RichApi.Error";
  return e;
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** Excel's own test of a sheet name; throws the error Excel gives. */
export function checkSheetName(name: string, taken: string[]): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw excelError("InvalidArgument", `sheet name must be 1..31 characters: "${name}"`);
  }
  if (INVALID_NAME.test(name))
    throw excelError("InvalidArgument", `sheet name has a character Excel forbids: "${name}"`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw excelError("InvalidArgument", `sheet name starts or ends with ': "${name}"`);
  if (name.toLowerCase() === "history") throw excelError("InvalidArgument", `"History" is reserved`);
  const lower = name.toLocaleLowerCase();
  if (taken.some((t) => t.toLocaleLowerCase() === lower))
    throw excelError("ItemAlreadyExists", `sheet "${name}" exists`);
}
