/** A1 references inside the reader: 0-based rows and columns. */

/** "XFD1048576" -> { row: 1048575, col: 16383 }; null when it is not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  const s = ref.replace(/\$/g, "");
  for (; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const up = ch >= 97 && ch <= 122 ? ch - 32 : ch;
    if (up < 65 || up > 90) break;
    col = col * 26 + (up - 64);
  }
  if (i === 0 || i > 3) return null;
  const row = Number(s.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > 1048576 || col > 16384) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" (or "B2") -> a 0-based rectangle; null when it does not parse. */
export function parseRangeRef(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const [a, b] = ref.split(":");
  const p = a ? parseCellRef(a) : null;
  const q = b ? parseCellRef(b) : p;
  if (!p || !q) return null;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}
