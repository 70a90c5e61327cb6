/** The report's names for its period: the sheet name, the title and the summary's heading. Pure. */
import type { Lang } from "../core/types";
import { inLang } from "../core/words";
import { layoutOf } from "./layout";
import { uniqueSheetName } from "./sheetName";
import type { ReportOptions } from "./types";

/**
 * The report sheet's name: "BC 9T-2013", "BC năm 2013"; "Report 9M-2013", "Report 2013". Always a name
 * Excel accepts (sheetName.ts): the writers only add " (2)" when the workbook has it already.
 */
export function reportSheetName(year: number, month: number, lang: Lang): string {
  const name =
    month === 12
      ? inLang(lang, `BC năm ${year}`, `Report ${year}`)
      : inLang(lang, `BC ${month}T-${year}`, `Report ${month}M-${year}`);
  return uniqueSheetName(name, []);
}

/** The report's title. */
export function reportTitle(year: number, month: number, lang: Lang, hasNext: boolean): string {
  const layout = layoutOf(month);
  if (lang === "vi") {
    const head = "Kết quả thực hiện các chỉ tiêu chủ yếu";
    if (layout === "december") return `${head} năm ${year}${hasNext ? ` và kế hoạch năm ${year + 1}` : ""}`;
    if (layout === "autumn")
      return `${head} ${month} tháng năm ${year}, ước thực hiện năm ${year}${hasNext ? ` và kế hoạch năm ${year + 1}` : ""}`;
    if (month === 1) return `${head} tháng 1 năm ${year}`;
    if (month === 6) return `${head} 6 tháng đầu năm ${year}`;
    return `${head} tháng ${month} và ${month} tháng năm ${year}`;
  }
  const head = "Main indicators: results of";
  if (layout === "december") return `${head} ${year}${hasNext ? ` and plan for ${year + 1}` : ""}`;
  if (layout === "autumn")
    return `${head} the first ${month} months of ${year}, estimate for ${year}${hasNext ? ` and plan for ${year + 1}` : ""}`;
  if (month === 1) return `${head} January ${year}`;
  if (month === 6) return `${head} the first half of ${year}`;
  return `${head} month ${month} and the first ${month} months of ${year}`;
}

/** "9 tháng năm 2013" / "the first 9 months of 2013": the period as the summary's heading names it. */
export function periodWords(o: ReportOptions): string {
  if (o.lang === "vi")
    return o.month === 12
      ? `năm ${o.year}`
      : o.month === 6
        ? `6 tháng đầu năm ${o.year}`
        : `${o.month} tháng năm ${o.year}`;
  return o.month === 12 ? `${o.year}` : `the first ${o.month} months of ${o.year}`;
}
