/**
 * The names of the report files, one rule for the command and the browser page:
 * "<data file>.<report sheet>.xlsx", then "-2", "-3"… when a name is taken in the run, and the Word
 * report beside it. Pure (no Node path module): a name's folder is cut at "/" or "\".
 */

/** "data.xlsx" + "BC 9T-2013" -> "data.BC-9T-2013.xlsx": the report named after its input. */
export function reportFileName(input: string, sheetName: string): string {
  const base = (input.split(/[\\/]/).pop() ?? input).replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, "");
  const tag = sheetName
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-");
  return `${base}.${tag}.xlsx`;
}

/** `name`, or "name-2.xlsx", "name-3.xlsx"… when already taken (case-insensitively) in this run. */
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
