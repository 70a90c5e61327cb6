/**
 * The command's face on the one report request (src/report/request.ts): its failures in the words every
 * face uses (src/report/failureMessages.ts), naming the input file.
 */
import type { Message } from "../core/message";
import { aboutFile, requestFailureMessage } from "../report/failureMessages";
import type { RequestFailure } from "../report/request";

/** The message of a failed request, naming the input. */
export function failureMessage(file: string, failure: RequestFailure): Message {
  return aboutFile(file, requestFailureMessage(failure));
}
