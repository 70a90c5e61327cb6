/**
 * The command's face on the one report request (src/report/request.ts): its failures in the
 * command's words, naming the input file.
 */
import { fillMessage } from "../core/message";
import type { RequestFailure } from "../report/request";
import { CLI_MESSAGES } from "./messages";
import type { Message } from "../core/message";

/** The message of a failed request, naming the input. */
export function failureMessage(file: string, failure: RequestFailure): Message {
  switch (failure.code) {
    case "no-data":
      return fillMessage(CLI_MESSAGES.noData, { file });
    case "no-month":
      return fillMessage(CLI_MESSAGES.noMonth, { file, year: failure.year });
    case "no-indicators":
      return fillMessage(CLI_MESSAGES.noIndicators, { file, year: failure.year });
  }
}
