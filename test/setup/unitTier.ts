/**
 * The unit tier's guard (jest setupFiles of the "unit" project): a module that leaves the process —
 * a child process, a port, Chromium — throws when a unit-tier suite requires it, and webpack throws
 * when a suite starts a build (reading webpack.config.js stays allowed). The message names the list
 * where a slow suite belongs (test/setup/tiers.js).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LEAVING } = require("./tiers") as { LEAVING: string[] };

const refusal = (what: string): Error =>
  new Error(
    `${what}, which a unit test does not: list this suite in test/setup/tiers.js ` +
      "(it then runs in `npm test` only), or test the code in-process.",
  );

for (const name of LEAVING) {
  if (name === "webpack") {
    jest.mock(name, () => {
      const webpack = jest.requireActual(name) as (...args: unknown[]) => unknown;
      return new Proxy(webpack, {
        apply: () => {
          throw refusal("webpack() builds");
        },
      });
    });
  } else {
    jest.mock(name, () => {
      throw refusal(`"${name}" leaves the process`);
    });
  }
}
