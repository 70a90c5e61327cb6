/**
 * What the reader says about the formulas it computed (formulaCells.ts): one note listing the cells
 * computed, and one problem per reason listing the cells left blank, with what to do.
 */
import { sheetAddress } from "../core/address";
import { problem, type Problem } from "../core/problem";
import type { FailureWhy, FormulaOutcome } from "./formulaCells";
import { FORMULA_WHY } from "./messages";

/** Cells listed in a problem's text, at most this many ("…" after). */
const LISTED = 10;

function listOf(cells: { sheet: string; row: number; col: number }[]): string {
  const shown = cells.slice(0, LISTED).map((c) => sheetAddress(c.sheet, c.row, c.col));
  return shown.join(", ") + (cells.length > LISTED ? ", …" : "");
}

export function formulaProblems(outcome: FormulaOutcome): Problem[] {
  const out: Problem[] = [];
  const { computed, failed } = outcome;
  if (computed.length > 0) {
    const first = computed[0]!;
    out.push(
      problem("formula-calculated", "info", sheetAddress(first.sheet, first.row, first.col), {
        count: computed.length,
        cells: listOf(computed),
      }),
    );
  }
  for (const why of ["unsupported", "cycle", "cost"] as FailureWhy[]) {
    const cells = failed.filter((f) => f.why === why);
    if (cells.length === 0) continue;
    const first = cells[0]!;
    out.push(
      problem("formula-not-calculated", "warning", sheetAddress(first.sheet, first.row, first.col), {
        count: cells.length,
        cells: listOf(cells),
        why: FORMULA_WHY[why],
      }),
    );
  }
  return out;
}
