/**
 * The names of the files the page offers: the same rule as the command (src/cli/inputs.ts
 * reportFileName and uniqueName, which need Node's path module; test/page/names.test.ts holds the two
 * together): "<data file>.<report sheet>.xlsx", "-2", "-3"… when a name is taken in this run.
 */

/** "Số liệu.xlsx" with the report sheet "BC 9T-2013" -> "Số liệu.BC-9T-2013.xlsx". */
export function reportFileName(input: string, sheetName: string): string {
  const base = (input.split(/[\\/]/).pop() ?? input).replace(/\.xlsx$/i, "");
  const tag = sheetName
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-");
  return `${base}.${tag}.xlsx`;
}

/** `name`, or "name-2.xlsx", "name-3.xlsx"… when already taken (case-insensitively) in `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let n = name;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = name.replace(/\.xlsx$/i, `-${i}.xlsx`);
  taken.add(n.toLowerCase());
  return n;
}

/** The Word report's name beside its .xlsx report. */
export function docxName(xlsxName: string): string {
  return xlsxName.replace(/\.xlsx$/i, ".docx");
}
