/** The ct-report process: run the command on the process's arguments and exit with its code. */
import { processIo, runCli } from "./run";

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const code = await runCli(argv, processIo());
  process.exitCode = code;
  return code;
}

if (require.main === module) void main();
