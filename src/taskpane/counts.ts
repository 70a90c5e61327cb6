/** Counting problems for the data check's summary. Pure. */
import type { Problem, ProblemSeverity } from "../report/types";

/** The severities, worst first, as the summary lists them. */
export const SEVERITIES: readonly ProblemSeverity[] = ["error", "warning", "info"];

/** How many problems of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<ProblemSeverity, number> {
  const counts: Record<ProblemSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] = (counts[p.severity] ?? 0) + 1;
  return counts;
}

/** Problems worst first, keeping the reader's order within a severity. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem): number => SEVERITIES.indexOf(p.severity);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);
}
