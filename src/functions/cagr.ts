import { cagr } from "../core/cagr";
import { num, runCells, type CellFunction } from "./lib/runner";

/**
 * Average yearly growth over a term, as a fraction (0.085 = 8.5% a year; format the cell as %). Example: =CT.CAGR(B5;F5;5)
 * @customfunction CAGR
 * @param {any[][]} start The figure of the base year (e.g. 2010: 12000). Must be more than 0.
 * @param {any[][]} end The figure of the last year (e.g. 2015: 18000), same unit. Must not be negative.
 * @param {any[][]} years The number of years between them (2010 to 2015: 5). Must be more than 0.
 * @returns {any[][]} (end / start)^(1 / years) − 1.
 */
export function CAGR(start: any[][], end: any[][], years: any[][]): any[][] {
  return runCells(CAGR_SPEC, [start, end, years]);
}

export const CAGR_SPEC: CellFunction = {
  params: [num("start"), num("end"), num("years")],
  blankWhen: [0, 1],
  body: ([s, e, y]) => cagr(s as number, e as number, y as number),
};
