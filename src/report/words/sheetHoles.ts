/** The paragraph's words for report cells the officer left without a number. Pure. */
import type { Lang } from "../../core/types";
import { figureWords } from "./gapWords";
import type { FigureKey } from "../measure/gaps";
import { sentenceName, type IndicatorMeasures } from "../measure/measures";
import type { ValueKey } from "../measure/valueKey";
import type { ReportOptions } from "../period/options";

/** The figures a sentence speaks of: the price index's own, or a flow's period, same period and plan. */
export function sentenceKeys(m: IndicatorMeasures): readonly ValueKey[] {
  return m.price
    ? ["actual", "samePeriod", "monthNow", "monthBefore", "lastYear", "plan"]
    : ["actual", "samePeriod", "plan"];
}

export function figureLabel(key: ValueKey, o: ReportOptions, lang: Lang): string {
  if (key === "plan") return lang === "vi" ? `kế hoạch năm ${o.year}` : `the ${o.year} plan`;
  if (key === "nextPlan") return lang === "vi" ? `kế hoạch năm ${o.year + 1}` : `the ${o.year + 1} plan`;
  return figureWords(key as FigureKey, o.year, o.month, lang);
}

/** The paragraph's clauses on the sheet's cells without a number, for the figures the sentence speaks of. */
export function sheetHoleSentences(m: IndicatorMeasures, o: ReportOptions): string[] {
  const keys = sentenceKeys(m);
  const name = sentenceName(m, o.lang);
  const vi = o.lang === "vi";
  return (m.sheetHoles ?? [])
    .filter((h) => keys.includes(h.key))
    .map((h) => {
      const what = figureLabel(h.key, o, o.lang);
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
