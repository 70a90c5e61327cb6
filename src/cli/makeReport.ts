/**
 * The command's face on the one report request (src/report/make/request.ts): its failures in the words every
 * face uses (src/core/failureMessages.ts), naming the input file.
 */
import type { Message } from "../core/message";
import { aboutFile } from "../core/failureMessages";
import { requestFailureMessage } from "../report/make/requestFailure";
import type { RequestFailure } from "../report/make/request";

/** The message of a failed request, naming the input. */
export function failureMessage(file: string, failure: RequestFailure): Message {
  return aboutFile(file, requestFailureMessage(failure));
}
