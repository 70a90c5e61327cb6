/**
 * Exit codes of ct-report, a contract with the scripts that call it (docs/cli.md). Never renumber.
 */
export const EXIT = {
  /** Every input gave a report (warnings may have been printed). */
  ok: 0,
  /** At least one input was refused or failed (see the summary); the others were done. */
  someFailed: 1,
  /** The command line is wrong: unknown option, bad value, -o with several inputs or naming a folder. Nothing was read. */
  usage: 2,
  /** Nothing to do: no .xlsx file to make a report from (an empty folder, or only ct-report's own reports). */
  nothingToDo: 3,
  /**
   * ct-report itself failed: an unexpected internal error (a bug; on one input, the others are still done
   * and 70 wins over 1), or the first build of out/ failed (EX_SOFTWARE).
   */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
