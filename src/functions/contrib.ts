import { contribution } from "../core/contrib";
import { num, runCells, type CellFunction } from "./lib/runner";

/**
 * Points of growth a part contributed to the whole, as a fraction (0.012 = 1.2 percentage points; format as %). Example: =CT.CONTRIB(C6;D6;D5)
 * @customfunction CONTRIB
 * @param {any[][]} part_now The part this period (e.g. processing industry, 9 months 2013: 18500).
 * @param {any[][]} part_before The part in the same period a year earlier (e.g. 17600).
 * @param {any[][]} total_before The whole in the same period a year earlier (e.g. all industry: 19962). Must not be 0.
 * @returns {any[][]} (part_now − part_before) / total_before; the parts add up to the whole's growth.
 */
export function CONTRIB(part_now: any[][], part_before: any[][], total_before: any[][]): any[][] {
  return runCells(CONTRIB_SPEC, [part_now, part_before, total_before]);
}

export const CONTRIB_SPEC: CellFunction = {
  params: [num("part_now"), num("part_before"), num("total_before")],
  blankWhen: [0, 1],
  body: ([n, b, t]) => contribution(n as number, b as number, t as number),
};
