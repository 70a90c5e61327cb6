import { growth } from "../core/growth";
import { num, runCells, type CellFunction } from "./lib/runner";

/**
 * Growth on the same period, as a fraction (0.052 = 5.2%; format the cell as %). Example: =CT.GROWTH(B5;C5)
 * @customfunction GROWTH
 * @param {any[][]} current This period's figure, a cell or a range (e.g. 9 months of 2013: 21000).
 * @param {any[][]} previous The same period a year earlier, a cell or a range of the same size (e.g. 19962). Must not be 0.
 * @returns {any[][]} (current − previous) / |previous|: 0.052 for +5.2%. A range gives a range.
 */
export function GROWTH(current: any[][], previous: any[][]): any[][] {
  return runCells(GROWTH_SPEC, [current, previous]);
}

export const GROWTH_SPEC: CellFunction = {
  params: [num("current"), num("previous")],
  blankWhen: [0, 1],
  body: ([c, p]) => growth(c as number, p as number),
  fast2: growth,
};
