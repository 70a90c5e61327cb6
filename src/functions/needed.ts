import { toNumber } from "../core/coerce";
import { needed } from "../core/needed";
import { allBlank, firstProblem, spill } from "./lib/cells";

/**
 * The monthly average still needed in the months left to reach the annual plan, in the plan's unit. Example: =CT.NEEDED(F5;E5;9)
 * @customfunction NEEDED
 * @param {any[][]} ytd The result from January to the month (lũy kế), a cell or a range (e.g. 21000).
 * @param {any[][]} plan The annual plan, same unit (e.g. 34500).
 * @param {any[][]} month The last month counted in ytd, 1 to 12 (e.g. 9).
 * @returns {any[][]} (plan − ytd) / (12 − month); 0 once the plan is reached; #N/A in month 12 when the plan is not reached.
 */
export function NEEDED(ytd: any[][], plan: any[][], month: any[][]): any[][] {
  return spill([ytd, plan, month], (x) => {
    const y = x[0],
      p = x[1],
      m = x[2];
    // Fast path: plain numbers, the common case of a long column.
    if (typeof y === "number" && typeof p === "number" && typeof m === "number") return needed(y, p, m);
    if (allBlank([y, p])) return "";
    const yy = toNumber(y, "ytd");
    const pl = toNumber(p, "plan");
    const mm = toNumber(m, "month");
    return firstProblem(yy, pl, mm) ?? needed(yy as number, pl as number, mm as number);
  });
}
