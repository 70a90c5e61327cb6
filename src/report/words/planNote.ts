/** The words of a plan that could not be read. Pure. */
import { fillMessage } from "../../core/message";
import { PROBLEM_MESSAGES } from "../../core/problem";

/**
 * The cell note of a plan that could not be read and of every comparison with it: the data check's own
 * message (problem "bad-plan"), so the officer reads one text wherever the plan is named; CT.PLANPCT
 * answers #VALUE! with the same start and the same forms (src/core/messages.ts "plan-unreadable").
 */
export function unreadablePlanNote(text: string, code: string, lang: "vi" | "en"): string {
  return fillMessage(PROBLEM_MESSAGES["bad-plan"], { text, code })[lang];
}
