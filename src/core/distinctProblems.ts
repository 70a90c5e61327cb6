/** Problems listed once: the same code, cell and message found twice (by the report and a template) is one problem. Pure. */
import type { Problem } from "./problem";

/** The problems without repeats, in their first order. */
export function distinctProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const key = JSON.stringify([p.code, p.address, p.message.vi, p.message.en]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
