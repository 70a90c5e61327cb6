/** The paragraph as the report sheet holds it: sentences run on, a few to a cell. Pure. */

const PARAGRAPH_CELL_CHARS = 1200;

/** Consecutive sentences joined by a space, each chunk at most PARAGRAPH_CELL_CHARS (or one sentence). */
export function paragraphChunks(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + s.length <= PARAGRAPH_CELL_CHARS) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}
