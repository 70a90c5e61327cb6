/**
 * The officer's edits of the report sheet's figure cells (an estimate typed by judgment, a cell cleared),
 * applied to the model's measures so the paragraph and the Word body follow the sheet as it stands. A cell
 * that holds no number (cleared, or text typed into it) is a hole: no figure, said in the paragraph and in
 * a problem naming the cell, never read as zero. A price index's sentence is made from its monthly indices,
 * which the table does not hold: an edit of its cells cannot be followed, so its sentence gives way to a
 * clause naming the cell.
 */
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import { problem } from "../../core/problem";
import type { ReportOptions } from "../period/options";
import type { SheetHole } from "../measure/measures";
import { figureLabel, sentenceKeys } from "../words/sheetHoles";
import type { ValueKey } from "../measure/valueKey";

/** What one figure cell holds now, where the model placed something else. */
export interface FigureEdit {
  code: string;
  key: ValueKey;
  /** Sheet-qualified address of the report's cell. */
  address: string;
  /** The number now in the cell; null when the cell is blank or holds text. */
  value: number | null;
  /** The text typed into the cell, when it is not a number. */
  text?: string;
}

/** The measures with the sheet's figures in place of the model's, and a problem for each cell without a number. */
export function applyFigureEdits(
  measures: IndicatorMeasures[],
  edits: readonly FigureEdit[],
  o: ReportOptions,
): IndicatorMeasures[] {
  if (edits.length === 0) return measures;
  return measures.map((original) => {
    const mine = edits.filter((e) => e.code === original.code);
    if (mine.length === 0) return original;
    const m: IndicatorMeasures = { ...original, problems: [...original.problems], gaps: [...original.gaps] };
    const holes: SheetHole[] = [];
    const name = { vi: sentenceName(m, "vi"), en: sentenceName(m, "en") };
    for (const e of mine) {
      const what = { vi: figureLabel(e.key, o, "vi"), en: figureLabel(e.key, o, "en") };
      if (e.value === null) {
        holes.push({ key: e.key, address: e.address, reason: e.text !== undefined ? "text" : "blank" });
        m.problems.push(
          e.text !== undefined
            ? problem("report-cell-text", "error", e.address, { text: e.text, name, figure: what })
            : problem("report-cell-blank", "warning", e.address, { name, figure: what }),
        );
      } else if (m.price && sentenceKeys(m).includes(e.key)) {
        holes.push({ key: e.key, address: e.address, reason: "price" });
        m.problems.push(problem("report-cell-price-edited", "warning", e.address, { name, figure: what }));
      }
      setFigure(m, e.key, e.value);
    }
    m.sheetHoles = holes;
    return m;
  });
}

/** One figure of the measures set to the sheet's value (null: no figure); the model's own hole of it is gone. */
function setFigure(m: IndicatorMeasures, key: ValueKey, value: number | null): void {
  if (key === "plan" || key === "nextPlan" || key === "localPlan") {
    m[key] = value === null ? null : { type: "number", value };
    return;
  }
  m[key] = value;
  // The cell now holds the officer's figure (or nothing the officer put there): the months' note no longer applies.
  m.gaps = m.gaps.filter((g) => g.key !== key);
  m.stands = m.stands.filter((s) => s.key !== key);
}
