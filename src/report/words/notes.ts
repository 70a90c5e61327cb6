/** The notes under the report table: for the reader (sources, methods, verdicts), never about the tool. Pure. */
import { describeChoice } from "../../core/estimateChosen";
import { fillMessage } from "../../core/message";
import { ESTIMATE_CHOICE, inLang, METHOD_WORDS } from "../../core/words";
import type { Lang } from "../../core/types";
import { layoutOf, periodKindOf } from "../period/layout";
import type { IndicatorMeasures } from "../measure/measures";
import type { ReportOptions } from "../period/options";

/** With method "auto": each indicator's method chosen and its back-tested error, or why it fell back. */
function choiceLines(measures: readonly IndicatorMeasures[], lang: Lang): string[] {
  return measures
    .filter((m) => m.estimateChoice && m.estimate !== null)
    .map(
      (m) => fillMessage(ESTIMATE_CHOICE.noteLine, { name: m.name, choice: describeChoice(m.estimateChoice!) })[lang],
    );
}

/**
 * An index on the same month of last year says nothing of the previous month: the ratio of two such indices is
 * not the month-on-month change (IIP 99,04 in January 2025 and 117,17 in February is not "+18%": the statistics
 * office wrote "giảm 2,2%"). Where the report speaks of the previous month, its clause and cell are left out,
 * and the reader is told once.
 */
function sameMonthNote(o: ReportOptions, measures: IndicatorMeasures[]): string[] {
  const layout = layoutOf(o.month, periodKindOf(o));
  const speaks = layout === "autumn" || (layout === "monthly" && periodKindOf(o) === "month");
  const names = measures.filter((m) => m.kind === "index" && m.basis === "same-month").map((m) => m.name);
  if (!speaks || names.length === 0) return [];
  return [
    inLang(
      o.lang,
      `${names.join("; ")}: số liệu là chỉ số so với cùng tháng năm trước, không cho biết thay đổi so với tháng trước, nên báo cáo không nêu so sánh với tháng trước.`,
      `${names.join("; ")}: the data are indices on the same month of last year, which say nothing of the change on the previous month, so the report gives no comparison with the previous month.`,
    ),
  ];
}

export function notes(o: ReportOptions, measures: IndicatorMeasures[], hasBudget: boolean): string[] {
  const { lang } = o;
  const out: string[] = [];
  if (layoutOf(o.month, periodKindOf(o)) === "autumn") {
    out.push(
      inLang(
        lang,
        `Ghi chú: Ước TH năm ${o.year} tính theo ${METHOD_WORDS[o.method].how.vi}.`,
        `Note: the ${o.year} estimate uses ${METHOD_WORDS[o.method].how.en}.`,
      ),
    );
    out.push(...choiceLines(measures, lang));
    const fallback = measures.filter((m) => m.estimateMethod !== null && m.estimateMethod !== o.method);
    if (fallback.length > 0) {
      const names = fallback.map((m) => m.name).join("; ");
      out.push(
        inLang(
          lang,
          `Không tính được theo cách trên (thiếu số liệu năm ${o.year - 1}), tính theo ${METHOD_WORDS.runrate.how.vi}: ${names}.`,
          `Not computable that way (no ${o.year - 1} figures), estimated by ${METHOD_WORDS.runrate.how.en}: ${names}.`,
        ),
      );
    }
  }
  out.push(...sameMonthNote(o, measures));
  if (measures.some((m) => m.onSamePeriod !== null))
    out.push(
      inLang(
        lang,
        "Chỉ số bình quân so với cùng kỳ là bình quân nhân các chỉ số tháng so với cùng tháng năm trước, như cơ quan thống kê tính.",
        "Index averages on the same period are the geometric mean of the monthly indices on the same month of last year, as the statistics office computes them.",
      ),
    );
  const estimated = measures.filter((m) => m.averageEstimated);
  if (estimated.length > 0)
    out.push(
      inLang(
        lang,
        `Ước tính (chưa có số lũy kế công bố): ${estimated.map((m) => m.name).join("; ")}.`,
        `Estimated (no published year-to-date figure): ${estimated.map((m) => m.name).join("; ")}.`,
      ),
    );
  if (hasBudget && measures.some((m) => m.localPlan || m.current?.localPlanText !== undefined))
    out.push(
      inLang(
        lang,
        "(*) Dự toán: thu ngân sách so với hai dự toán năm được giao: cột KH năm ghi dự toán Trung ương giao, cột Dự toán HĐND tỉnh giao ghi dự toán Hội đồng nhân dân tỉnh giao.",
        "(*) Budget estimate: budget revenue is measured against the two annual estimates: the plan column holds the central government's estimate, the provincial estimate column the one set by the provincial People's Council.",
      ),
    );
  else if (hasBudget)
    out.push(
      inLang(
        lang,
        "(*) Dự toán: thu ngân sách so với dự toán năm được giao (cột KH năm ghi dự toán).",
        "(*) Budget estimate: budget revenue is measured against the annual budget estimate (the plan column holds it).",
      ),
    );
  if (measures.some((m) => m.plan && m.plan.type !== "number")) {
    // How the verdict was reached, for the reader: never how to use the tool.
    out.push(
      inLang(
        lang,
        'Kế hoạch dạng khoảng, giới hạn hoặc tốc độ tăng được đánh giá Vượt / Đạt / Không đạt: trong khoảng là Đạt, trên khoảng là Vượt; kế hoạch "dưới", "trên" là Đạt khi đúng giới hạn; kế hoạch tăng và chỉ số giá đánh giá theo tốc độ tăng so với kỳ gốc (làm tròn 1 chữ số thập phân).',
        'Plans given as a range, a bound or a growth are judged Above / Met / Missed: within the range is Met, above it Above; an "under" or "over" plan is Met when the bound holds; growth plans and price indices are judged by the growth on the base period (rounded to one decimal).',
      ),
    );
  }
  if (measures.some((m) => m.plan?.type === "approx"))
    out.push(
      inLang(
        lang,
        'Kế hoạch "khoảng", "xấp xỉ" là Đạt khi số thực hiện làm tròn đến số chữ số thập phân của kế hoạch thì bằng kế hoạch, cao hơn là Vượt, thấp hơn là Không đạt; với chỉ tiêu càng thấp càng tốt (chỉ số giá tiêu dùng) là Đạt khi bằng hoặc thấp hơn kế hoạch.',
        'An "about" plan is Met when the figure, rounded to the plan\'s decimals, equals the plan, Above when higher, Missed when lower; for an indicator where lower is better (the consumer price index) it is Met when equal or lower.',
      ),
    );
  return out;
}
