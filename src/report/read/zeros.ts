/**
 * The zeros of the raw data that are not data (issue 17, point 1; docs/data-layout.md, "Zeros"): the one
 * rule of src/core/months.ts (readZeros) applied to every indicator row once it is read, so the report,
 * the page and the command see the months as the CT functions do. Trailing zeros (a template's SUM of
 * empty district sheets) are not reported yet; an index's 0 (IFERROR(…;0)) is no index, a hole; a level's
 * 0 was not counted; a flow's 0 between figures is a real zero, used. Each case is listed naming its cells.
 */
import { sheetAddress } from "../../core/address";
import { readZeros } from "../../core/months";
import type { Message } from "../../core/message";
import { problem, type Problem } from "../../core/problem";
import type { IndicatorYear } from "./dataset";

/** The cell of month m of a row as the reader saw it. */
function cellOf(ind: IndicatorYear, m: number): string {
  return (
    ind.cells?.months?.[m - 1] ?? `${ind.cells?.code ?? sheetAddress(ind.source.sheet, ind.source.row - 1, 0)} (T${m})`
  );
}

/** "'Dữ liệu'!Q5, R5, S5": the cells of a problem, the sheet said once. */
function cellList(ind: IndicatorYear, months: readonly number[]): string {
  const cells = months.map((m) => cellOf(ind, m));
  return cells.map((c, i) => (i === 0 ? c : c.replace(/^.*!/, ""))).join(", ");
}

const monthList = (months: readonly number[]): string => months.map((m) => `T${m}`).join(", ");

/** The words that agree with one month or several: "T9 is 0", "T8, T9 are 0"; "tháng đó" / "các tháng đó". */
export function monthAgreement(months: readonly number[]): { isZero: Message; thoseMonths: Message } {
  const one = months.length === 1;
  return {
    isZero: { vi: "bằng 0", en: one ? "is 0" : "are 0" },
    thoseMonths: one ? { vi: "tháng đó", en: "that month" } : { vi: "các tháng đó", en: "those months" },
  };
}

/** Reads the zeros of one row by the rule: the months as data, the published Lũy kế of 0 as none; pushes problems. */
export function readRowZeros(ind: IndicatorYear, problems: Problem[]): void {
  const z = readZeros(ind.months, ind.kind);
  ind.months = z.months;
  // A Lũy kế of 0 is a SUM of months not reported yet, never a year to date.
  const ytdZero = ind.ytd === 0;
  if (ytdZero) ind.ytd = null;
  const base = { code: ind.code, year: ind.year };
  if (z.notYet.length > 0) {
    const last = z.notYet[0]! - 1;
    const cells = cellList(ind, z.notYet) + (ytdZero && ind.cells?.ytd ? `, ${ind.cells.ytd.replace(/^.*!/, "")}` : "");
    problems.push(
      problem(last === 0 ? "zeros-row" : "zeros-not-reported", "info", cellOf(ind, z.notYet[0]!), {
        ...base,
        cells,
        months: monthList(z.notYet),
        ...monthAgreement(z.notYet),
        last,
      }),
    );
  }
  if (z.noFigure.length > 0) {
    const code = ind.kind === "index" ? "zero-index" : "zero-level";
    problems.push(
      problem(code, ind.kind === "index" ? "warning" : "info", cellOf(ind, z.noFigure[0]!), {
        ...base,
        cells: cellList(ind, z.noFigure),
        months: monthList(z.noFigure),
        ...monthAgreement(z.noFigure),
      }),
    );
  }
  if (z.used.length > 0) {
    problems.push(
      problem("zero-flow-used", "warning", cellOf(ind, z.used[0]!), {
        ...base,
        cells: cellList(ind, z.used),
        months: monthList(z.used),
        ...monthAgreement(z.used),
      }),
    );
  }
}
