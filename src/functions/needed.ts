import { needed } from "../core/needed";
import { num, runCells, type CellFunction } from "./lib/runner";

/**
 * The monthly average still needed in the months left to reach the annual plan, in the plan's unit. Example: =CT.NEEDED(F5;E5;9)
 * @customfunction NEEDED
 * @param {any[][]} ytd The result from January to the month (lũy kế), a cell or a range (e.g. 21000).
 * @param {any[][]} plan The annual plan, same unit (e.g. 34500).
 * @param {any[][]} month The last month counted in ytd, 1 to 12 (e.g. 9).
 * @returns {any[][]} (plan − ytd) / (12 − month); 0 once the plan is reached; #N/A in month 12 when the plan is not reached.
 */
export function NEEDED(ytd: any[][], plan: any[][], month: any[][]): any[][] {
  return runCells(NEEDED_SPEC, [ytd, plan, month]);
}

export const NEEDED_SPEC: CellFunction = {
  params: [num("ytd"), num("plan"), num("month")],
  blankWhen: [0, 1],
  body: ([y, p, m]) => needed(y as number, p as number, m as number),
};
