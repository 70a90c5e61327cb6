/** Counting and ordering problems for the data check. Pure, one pass each: 100,000 problems at once. */
import type { Problem, ProblemSeverity } from "../core/problem";

/** The severities, worst first, as the summary lists them. */
export const SEVERITIES: readonly ProblemSeverity[] = ["error", "warning", "info"];

/** How many problems of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<ProblemSeverity, number> {
  const counts: Record<ProblemSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] = (counts[p.severity] ?? 0) + 1;
  return counts;
}

/** How many problems of each kind (code), most frequent first, ties by code. */
export function countByCode(problems: readonly Problem[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Problems worst first, keeping the reader's order within a severity (a stable bucket pass, no sort). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const buckets = new Map<ProblemSeverity, Problem[]>(SEVERITIES.map((s) => [s, []]));
  const other: Problem[] = [];
  for (const p of problems) (buckets.get(p.severity) ?? other).push(p);
  return [...SEVERITIES.flatMap((s) => buckets.get(s) ?? []), ...other];
}
