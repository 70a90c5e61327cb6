/**
 * fast-check in every test file (jest setupFiles): every property uses the run's one seed (FC_SEED,
 * chosen and printed by test/setup/seed.js), and when FC_NUM_RUNS is set (`npm run test:unit` sets
 * it) no property runs more than that many times. Tests ask for their counts through runs().
 */
import fc from "fast-check";

function integerFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, not "${text}"`);
  return n;
}

const seed = integerFromEnv("FC_SEED");
const cap = integerFromEnv("FC_NUM_RUNS");
if (cap !== undefined && cap < 1) throw new Error(`FC_NUM_RUNS must be at least 1, not ${cap}`);

fc.configureGlobal({ ...(seed === undefined ? {} : { seed }), ...(cap === undefined ? {} : { numRuns: cap }) });
