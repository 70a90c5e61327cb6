/**
 * The names of the report files, one rule for the command and the browser page:
 * "<data file>.<report sheet>.xlsx", then "-2", "-3"… when a name is taken in the run, and the Word
 * report beside it. Pure (no Node path module): a name's folder is cut at "/" or "\".
 */

/** A report sheet's name as a file name's part: "BC 9T-2013" -> "BC-9T-2013" (never empty: "BC"). */
export function sheetFileTag(sheetName: string): string {
  return (
    sheetName
      .replace(/[\\/:*?"<>|\s]+/g, "-")
      .replace(/-+/g, "-")
      .replace(/^-+|-+$/g, "") || "BC"
  );
}

/** "data.xlsx" + "BC 9T-2013" -> "data.BC-9T-2013.xlsx": the report named after its input. */
export function reportFileName(input: string, sheetName: string): string {
  const base = (input.split(/[\\/]/).pop() ?? input).replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, "");
  return `${base}.${sheetFileTag(sheetName)}.xlsx`;
}

/** The Word report of a report sheet with no data file behind it (the task pane): "BC-9T-2013.docx". */
export function sheetDocxName(sheetName: string): string {
  return `${sheetFileTag(sheetName)}.docx`;
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
