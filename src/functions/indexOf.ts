import { indexOf } from "../core/growth";
import { num, optNum, runCells, type CellFunction } from "./lib/runner";

/**
 * The comparison as an index, previous period = 100 (105.2 for +5.2%), as statistics offices print it. Example: =CT.INDEX(B5;C5)
 * @customfunction INDEX
 * @param {any[][]} current This period's figure, a cell or a range (e.g. 21000).
 * @param {any[][]} previous The same period a year earlier, a cell or a range of the same size (e.g. 19962). Must not be 0.
 * @param {any[][]} [base] The index of the previous period; 100 when left out.
 * @returns {any[][]} current / previous × base: 105.2 for +5.2%.
 */
export function INDEX(current: any[][], previous: any[][], base?: any[][]): any[][] {
  return runCells(INDEX_SPEC, [current, previous, base]);
}

export const INDEX_SPEC: CellFunction = {
  params: [num("current"), num("previous"), optNum("base")],
  blankWhen: [0, 1],
  body: ([c, p, b]) => indexOf(c as number, p as number, (b as number | null) ?? 100),
  fast2: (c, p) => indexOf(c, p),
};
