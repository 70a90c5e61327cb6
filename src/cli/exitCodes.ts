/**
 * Exit codes of ct-report, a contract with the scripts that call it (docs/cli.md). Never renumber.
 */
export const EXIT = {
  /** Every input gave a report (warnings may have been printed). */
  ok: 0,
  /** At least one input failed (unreadable, no data, or problems under --strict); the others were written. */
  someFailed: 1,
  /** The command line is wrong: unknown option, bad value, -o with several inputs. Nothing was read. */
  usage: 2,
  /** Nothing to do: no .xlsx file among the inputs (an empty folder, say). */
  nothingToDo: 3,
  /** ct-report itself failed: an unexpected internal error (a bug), or the first build of out/ failed (EX_SOFTWARE). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
