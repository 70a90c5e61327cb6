/**
 * A1 addresses for the Excel double: parse "A1", "B2:D9", "'Sheet'!A1:B2", "5:6", "$A$1" into
 * 0-based rectangles and back. No Node imports (bundled for the browser too).
 */

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Split "'My sheet'!A1:B2" into its sheet (unquoted) and local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parse a local A1 address (cell, range, whole rows "5:6" or whole columns "A:C"). Throws on nonsense, as Excel does. */
export function parseA1(local: string): Rect {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2) throw new Error(`InvalidArgument: bad address "${local}"`);
  const one = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`InvalidArgument: bad address "${local}"`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = one(parts[0] ?? "");
  const b = parts.length === 2 ? one(parts[1] ?? "") : a;
  const rect: Rect = {
    r1: a.r ?? 0,
    c1: a.c ?? 0,
    r2: b.r ?? (a.r === null ? MAX_ROWS - 1 : a.r),
    c2: b.c ?? (a.c === null ? MAX_COLS - 1 : a.c),
  };
  if (a.r === null && b.r === null) {
    rect.r1 = 0;
    rect.r2 = MAX_ROWS - 1;
  }
  if (a.c === null && b.c === null) {
    rect.c1 = 0;
    rect.c2 = MAX_COLS - 1;
  }
  if (rect.r1 > rect.r2) [rect.r1, rect.r2] = [rect.r2, rect.r1];
  if (rect.c1 > rect.c2) [rect.c1, rect.c2] = [rect.c2, rect.c1];
  if (rect.r1 < 0 || rect.c1 < 0 || rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS) {
    throw new Error(`InvalidArgument: address out of the grid "${local}"`);
  }
  return rect;
}

/** "A1" or "A1:C3". */
export function rectAddress(r: Rect): string {
  const a = colLetters(r.c1) + (r.r1 + 1);
  if (r.r1 === r.r2 && r.c1 === r.c2) return a;
  return `${a}:${colLetters(r.c2)}${r.r2 + 1}`;
}

/** The sheet-qualified address Excel returns from range.address: "'Dữ liệu'!A1:C3" or "Data!A1". */
export function qualified(sheet: string, r: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${rectAddress(r)}`;
}
