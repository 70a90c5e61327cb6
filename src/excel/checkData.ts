/** The data check: the reader's problems with cell addresses, and counts by kind. Reads only. */
import type { Kind } from "../core/types";
import { inferPeriod } from "../report/period";
import type { Dataset, Problem } from "../report/types";
import { readWorkbook } from "./readWorkbook";
import type { Settings } from "./settings";
import { UserError } from "./userError";

/** Indicators (distinct codes) of each kind. */
export function countKinds(data: Dataset): Record<Kind, number> {
  const seen: Record<Kind, Set<string>> = { flow: new Set(), index: new Set(), level: new Set() };
  for (const ind of data.indicators) seen[ind.kind].add(ind.code);
  return { flow: seen.flow.size, index: seen.index.size, level: seen.level.size };
}

export async function checkData(
  s: Settings,
): Promise<{ problems: Problem[]; counts: Record<Kind, number>; period: { year: number; month: number } | null }> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { source: s.source, template: null }, { numberStyle: s.numberStyle });
    return { problems: read.data.problems, counts: countKinds(read.data), period: inferPeriod(read.data) };
  });
}
