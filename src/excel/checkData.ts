/** The data check: the reader's problems with cell addresses, and counts by kind. Reads only. */
import type { Kind } from "../core/types";
import { inferPeriod } from "../report/period/period";
import type { Problem } from "../core/problem";
import { readWorkbook } from "./readWorkbook";
import type { Settings } from "./settings";
import { UserError } from "./userError";
import { countKinds } from "../report/read/dataset";

export async function checkData(
  s: Settings,
): Promise<{ problems: Problem[]; counts: Record<Kind, number>; period: { year: number; month: number } | null }> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { source: s.source, template: null }, { numberStyle: s.numberStyle });
    return { problems: read.data.problems, counts: countKinds(read.data), period: inferPeriod(read.data) };
  });
}
