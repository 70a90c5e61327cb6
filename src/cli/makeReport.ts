/**
 * The command's face on the one report request (src/report/request.ts): its failures in the
 * command's words, naming the input file.
 */
import type { RequestFailure } from "../report/request";
import { CLI_MESSAGES, type Bi } from "./messages";

/** The message of a failed request, naming the input. */
export function failureMessage(file: string, failure: RequestFailure): Bi {
  switch (failure.code) {
    case "no-data":
      return CLI_MESSAGES.noData(file);
    case "no-month":
      return CLI_MESSAGES.noMonth(file, failure.year);
    case "no-indicators":
      return CLI_MESSAGES.noIndicators(file, failure.year);
    case "quarter-month":
      return CLI_MESSAGES.quarterMonth(file, failure.year, failure.month);
  }
}
