/**
 * Where the paragraph of the period goes when the report's grid does not hold it: the one rule both
 * writers (the add-in's Excel writer, src/excel/writePlan.ts, and ct-report's .xlsx writer,
 * src/writers/xlsx.ts) follow, so they write the same sheet. Pure.
 *
 * The model writes the paragraph into the grid itself, one sentence per row in column A. A writer adds
 * it only when the grid lacks it: two rows under the table (one empty row between), column A, one
 * sentence per row, left aligned and not wrapped (the text flows over the empty cells to its right),
 * exactly as the model writes its own sentences.
 */
import type { Grid, Report } from "./types";

export interface ParagraphPlacement {
  /** 0-based row of the first line. */
  row: number;
  /** 0-based column of every line (always 0: column A). */
  col: number;
  /** The lines, one per row from `row` on. */
  lines: string[];
}

/** The style of the placed lines, the same in both writers: left aligned, no wrap. */
export const PARAGRAPH_STYLE = { align: "left", wrap: false } as const;

/**
 * Whether the grid already holds `text`: as one cell, or as consecutive text cells read in row order
 * (the model writes one sentence per row). A cell that merely shares words with the text does not count.
 */
export function gridHoldsText(grid: Grid, text: string): boolean {
  const want = text.trim();
  if (want === "") return true;
  const parts: string[] = [];
  for (const row of grid.cells) {
    for (const c of row ?? []) {
      if (c && typeof c.value === "string" && c.value.trim() !== "") {
        if (c.value.trim() === want) return true;
        parts.push(c.value.trim());
      }
    }
  }
  return parts.join(" ").includes(want);
}

/** The paragraph cut into sentences (after ". ", "! ", "? "); numbers such as 21.000 or 5.2 stay whole. */
export function paragraphLines(paragraph: string): string[] {
  return paragraph
    .trim()
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Where and how to write the paragraph, or null when there is none or the grid already holds it. */
export function paragraphPlacement(report: Pick<Report, "grid" | "paragraph">): ParagraphPlacement | null {
  const { grid, paragraph } = report;
  if (!paragraph || gridHoldsText(grid, paragraph)) return null;
  return { row: grid.rows + 1, col: 0, lines: paragraphLines(paragraph) };
}
