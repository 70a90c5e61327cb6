/**
 * The officer's own template: copy the template sheet (worksheet.copy, ExcelApi 1.7), name the
 * copy for the period, and write fillTemplate's cells into the COPY only. The template is never
 * written to. The cells go through the same rule and the same request packing as the report
 * (cellText.ts, writePlan.ts): text stays text, and a large template is split under the web's
 * request limit instead of being refused whole.
 */
import type { CellEntry } from "../report/table/cellEntry";
import { valueEntry } from "../report/table/cellEntry";
import { CHUNK_BYTES, entryBlocks, type WriteBlock } from "./writePlan";
import { writeBlocks, type WriteStats } from "./writer";

/** One filled cell, 0-based within the template's loaded values. */
export interface FilledCell {
  row: number;
  col: number;
  value: string | number;
}

/**
 * The filled cells as write blocks: cells next to each other in one row make one run, and each run
 * is its formats (text: "@"; a number keeps the template's own format) then its values.
 * `origin` is the sheet row/col of the template values' [0][0].
 */
export function planTemplateWrites(
  origin: { row: number; col: number },
  cells: FilledCell[],
  chunk = CHUNK_BYTES,
): WriteBlock[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const blocks: WriteBlock[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    const run: CellEntry[] = [valueEntry(first.value)];
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.row === first.row && sorted[j]!.col === first.col + run.length) {
      run.push(valueEntry(sorted[j]!.value));
      j++;
    }
    blocks.push(...entryBlocks(origin.row + first.row, origin.col + first.col, [run], chunk));
    i = j;
  }
  return blocks;
}

/**
 * Copy the template, name the copy, fill it and activate it: one request for any ordinary template,
 * more only when the cells exceed the request budget (the copy travels with the first).
 */
export async function writeTemplateCopy(
  context: Excel.RequestContext,
  templateSheet: string,
  newName: string,
  origin: { row: number; col: number },
  cells: FilledCell[],
  opts: { budget?: number; chunkBytes?: number } = {},
): Promise<WriteStats> {
  const template = context.workbook.worksheets.getItem(templateSheet);
  const copy = template.copy("End");
  copy.name = newName;
  const blocks = planTemplateWrites(origin, cells, opts.chunkBytes);
  const write: { budget?: number; after: () => void } = { after: () => copy.activate() };
  if (opts.budget !== undefined) write.budget = opts.budget;
  return writeBlocks(context, copy, blocks, write);
}
