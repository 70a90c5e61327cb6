/** A report request's failure in words, the same on every face. */
import { fillMessage, type Message } from "../../core/message";
import { aboutFile, FAILURE_MESSAGES } from "../../core/failureMessages";
import type { RequestFailure } from "./request";

/** The words of a report request's failure (src/report/make/request.ts), the same on every face. */
export function requestFailureMessage(failure: RequestFailure): Message {
  switch (failure.code) {
    case "no-data":
      return FAILURE_MESSAGES.noData;
    case "no-month":
      return fillMessage(FAILURE_MESSAGES.noMonth, { year: failure.year });
    case "no-indicators":
      return fillMessage(FAILURE_MESSAGES.noIndicators, { year: failure.year });
    case "quarter-month":
      return fillMessage(FAILURE_MESSAGES.quarterMonth, { year: failure.year, month: failure.month });
  }
}

/** Why a file has no report, in both languages, naming the file: the command's and the page's words. */
export function failureMessage(file: string, failure: RequestFailure): Message {
  return aboutFile(file, requestFailureMessage(failure));
}
