/**
 * jest globalSetup: one fast-check seed for the whole run, printed once. FC_SEED=<seed> replays a run;
 * without it the seed is random. test/setup/fastCheck.ts (setupFiles) hands it to every property;
 * the workers inherit FC_SEED from here.
 */
module.exports = function chooseSeed() {
  const given = process.env.FC_SEED;
  if (given !== undefined && given !== "" && !/^-?\d+$/.test(given)) {
    throw new Error(`FC_SEED must be an integer, not "${given}"`);
  }
  const seed = given ? Number(given) : Math.floor(Math.random() * 0x7fffffff);
  process.env.FC_SEED = String(seed);
  const runs = process.env.FC_NUM_RUNS ? `at most ${process.env.FC_NUM_RUNS} runs a property` : "runs as written";
  process.stdout.write(`\nfast-check seed ${seed} (${runs}); replay: FC_SEED=${seed}\n`);
};
