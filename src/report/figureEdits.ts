/**
 * The officer's edits of the report sheet's figure cells (an estimate typed by judgment, a cell cleared),
 * applied to the model's measures so the paragraph and the Word body follow the sheet as it stands. A cell
 * that holds no number (cleared, or text typed into it) is a hole: no figure, said in the paragraph and in
 * a problem naming the cell, never read as zero. A price index's sentence is made from its monthly indices,
 * which the table does not hold: an edit of its cells cannot be followed, so its sentence gives way to a
 * clause naming the cell.
 */
import type { Lang } from "../core/types";
import { figureWords, type FigureKey } from "./gaps";
import { sentenceName, type IndicatorMeasures } from "./measures";
import { problem } from "./problems";
import type { FigureCell, ReportOptions } from "./types";

/** What one figure cell holds now, where the model placed something else. */
export interface FigureEdit {
  code: string;
  key: FigureCell["key"];
  /** Sheet-qualified address of the report's cell. */
  address: string;
  /** The number now in the cell; null when the cell is blank or holds text. */
  value: number | null;
  /** The text typed into the cell, when it is not a number. */
  text?: string;
}

/** A figure cell that holds no usable number (or a price index's edited cell), kept on the measures. */
export interface SheetHole {
  key: FigureCell["key"];
  address: string;
  reason: "blank" | "text" | "price";
}

/** The figures a sentence speaks of: the price index's own, or a flow's period, same period and plan. */
function sentenceKeys(m: IndicatorMeasures): readonly FigureCell["key"][] {
  return m.price
    ? ["actual", "samePeriod", "monthNow", "monthBefore", "lastYear", "plan"]
    : ["actual", "samePeriod", "plan"];
}

function words(key: FigureCell["key"], o: ReportOptions, lang: Lang): string {
  if (key === "plan") return lang === "vi" ? `kế hoạch năm ${o.year}` : `the ${o.year} plan`;
  if (key === "nextPlan") return lang === "vi" ? `kế hoạch năm ${o.year + 1}` : `the ${o.year + 1} plan`;
  return figureWords(key as FigureKey, o.year, o.month, lang);
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
      const what = { vi: words(e.key, o, "vi"), en: words(e.key, o, "en") };
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
function setFigure(m: IndicatorMeasures, key: FigureCell["key"], value: number | null): void {
  if (key === "plan" || key === "nextPlan" || key === "localPlan") {
    m[key] = value === null ? null : { type: "number", value };
    return;
  }
  m[key] = value;
  // The cell now holds the officer's figure (or nothing the officer put there): the months' note no longer applies.
  m.gaps = m.gaps.filter((g) => g.key !== key);
  m.stands = m.stands.filter((s) => s.key !== key);
}

/** The paragraph's clauses on the sheet's cells without a number, for the figures the sentence speaks of. */
export function sheetHoleSentences(m: IndicatorMeasures, o: ReportOptions): string[] {
  const keys = sentenceKeys(m);
  const name = sentenceName(m, o.lang);
  const vi = o.lang === "vi";
  return (m.sheetHoles ?? [])
    .filter((h) => keys.includes(h.key))
    .map((h) => {
      const what = words(h.key, o, o.lang);
      if (h.reason === "price")
        return vi
          ? `Ô ${h.address} (${what} của ${name}) đã sửa trên báo cáo; câu về chỉ số giá tính từ số liệu các tháng nên chưa viết: sửa số liệu tháng ở trang dữ liệu rồi tạo lại báo cáo.`
          : `Cell ${h.address} (${what} of ${name}) was edited in the report; the price index's sentence is made from the monthly figures, so it is not written: change the months in the data sheet and make the report again.`;
      if (h.reason === "text")
        return vi
          ? `Ô ${h.address} (${what} của ${name}) không chứa số: chưa nêu được ${what}.`
          : `Cell ${h.address} (${what} of ${name}) holds no number: ${what} cannot be given.`;
      return vi
        ? `Ô ${h.address} (${what} của ${name}) để trống: chưa nêu được ${what}.`
        : `Cell ${h.address} (${what} of ${name}) is blank: ${what} cannot be given.`;
    });
}

/** Whether a sentence must give way to its clauses: a price index whose cells no longer match its months. */
export function sentenceWithheld(m: IndicatorMeasures): boolean {
  const keys = sentenceKeys(m);
  return m.price && (m.sheetHoles ?? []).some((h) => keys.includes(h.key));
}
