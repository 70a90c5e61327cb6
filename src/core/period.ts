import { fail } from "./failure";
import type { CalcFailure, Kind, MonthValue } from "./types";

/**
 * The period figure of months 1..through by kind: a flow sums, an index averages,
 * a level takes the last reported month. Missing months are skipped, never read as zero;
 * a period with no figure at all is a failure.
 */
export function periodValue(months: readonly MonthValue[], through: number, kind: Kind): number | CalcFailure {
  if (!Number.isInteger(through) || through < 1 || through > 12)
    return fail("value", "month-range", { value: through });
  const known: number[] = [];
  for (let m = 0; m < through && m < months.length; m++) {
    const v = months[m];
    if (typeof v === "number") known.push(v);
  }
  if (known.length === 0) return fail("na", "no-months", { month: through });
  if (kind === "level") return known[known.length - 1] as number;
  const sum = known.reduce((a, b) => a + b, 0);
  return kind === "flow" ? sum : sum / known.length;
}
