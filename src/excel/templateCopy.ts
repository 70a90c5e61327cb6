/**
 * The officer's own template: copy the template sheet (worksheet.copy, ExcelApi 1.7), name the
 * copy for the period, and write fillTemplate's cells into the COPY only. The template is never
 * written to.
 */

/** One filled cell, 0-based within the template's loaded values. */
export interface FilledCell {
  row: number;
  col: number;
  value: string | number;
}

/** Text Excel would read as something else keeps a leading "'". */
function asTyped(v: string | number): string | number {
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (/^[=+\-@']/.test(v) || (/^[\d\s.,%/:()-]+$/.test(v.trim()) && /\d/.test(v))) return "'" + v;
  return v;
}

/**
 * Queue the copy and its cells (no sync here). Cells in one row next to each other are written as
 * one range; `origin` is the sheet row/col of the template values' [0][0].
 */
export function queueTemplateCopy(
  context: Excel.RequestContext,
  templateSheet: string,
  newName: string,
  origin: { row: number; col: number },
  cells: FilledCell[],
): Excel.Worksheet {
  const template = context.workbook.worksheets.getItem(templateSheet);
  const copy = template.copy("End");
  copy.name = newName;
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    const run: (string | number)[] = [asTyped(first.value)];
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.row === first.row && sorted[j]!.col === first.col + run.length) {
      run.push(asTyped(sorted[j]!.value));
      j++;
    }
    copy.getRangeByIndexes(origin.row + first.row, origin.col + first.col, 1, run.length).values = [run];
    i = j;
  }
  return copy;
}
