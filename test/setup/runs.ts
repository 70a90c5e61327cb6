/**
 * A property's number of runs: `n` as written in the full tier, at most FC_NUM_RUNS when it is set
 * (test/setup/fastCheck.ts makes that the global numRuns). The one way a test asks for a count, so
 * the one setting reaches every property.
 */
import fc from "fast-check";

export function runs(n: number): { numRuns: number } {
  const cap = fc.readConfigureGlobal().numRuns;
  return { numRuns: cap === undefined ? n : Math.min(n, cap) };
}
