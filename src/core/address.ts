/** A1 addresses for problems and formulas. Rows and columns are 0-based here, as in the grid. */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = Math.floor(col) + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell reference without sheet: (7, 5) -> "F8". */
export function cellRef(row: number, col: number): string {
  return columnLetter(col) + String(Math.floor(row) + 1);
}

/**
 * A sheet name as a formula writes it: quoted unless it is a plain ASCII word that cannot be read as a
 * cell reference ('Dữ liệu mẫu', 'BC 9T-2013', Data). Quotes inside are doubled.
 */
export function sheetRef(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) && !/^[RrCc][0-9]*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A sheet-qualified address: ("Dữ liệu mẫu", 4, 7) -> "'Dữ liệu mẫu'!H5". */
export function sheetAddress(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}!${cellRef(row, col)}`;
}

/** True for a sheet-qualified A1 address as sheetAddress writes it. */
export function isSheetAddress(address: string): boolean {
  return /^(?:[A-Za-z_][A-Za-z0-9_]*|'(?:[^']|'')+')![A-Z]{1,3}[1-9][0-9]*$/.test(address);
}
