import { toNumber } from "../core/coerce";
import { cagr } from "../core/cagr";
import { allBlank, firstProblem, spill } from "./lib/cells";

/**
 * Average yearly growth over a term, as a fraction (0.085 = 8.5% a year; format the cell as %). Example: =CT.CAGR(B5;F5;5)
 * @customfunction CAGR
 * @param {any[][]} start The figure of the base year (e.g. 2010: 12000). Must be more than 0.
 * @param {any[][]} end The figure of the last year (e.g. 2015: 18000), same unit. Must not be negative.
 * @param {any[][]} years The number of years between them (2010 to 2015: 5). Must be more than 0.
 * @returns {any[][]} (end / start)^(1 / years) − 1.
 */
export function CAGR(start: any[][], end: any[][], years: any[][]): any[][] {
  return spill([start, end, years], (x) => {
    const s = x[0],
      e = x[1],
      y = x[2];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof s === "number" && typeof e === "number" && typeof y === "number") return cagr(s, e, y);
    if (allBlank([s, e])) return "";
    const st = toNumber(s, "start");
    const en = toNumber(e, "end");
    const yr = toNumber(y, "years");
    return firstProblem(st, en, yr) ?? cagr(st as number, en as number, yr as number);
  });
}
