/**
 * Shared vocabulary of the pure core. No Office, Excel, CustomFunctions or DOM here:
 * everything under src/core and src/report runs in plain Node.
 */
import type { Message } from "./message";

export type { Lang } from "./lang";

/** How the months of a period become one figure (DOMAIN.md, "Indicator kinds"). */
export type Kind = "flow" | "index" | "level";

/**
 * How the year-end estimate is made (DOMAIN.md, "Year-end estimate"): the one list every face offers
 * and checks (the pane, the page, the command's --method, the saved settings). A new method is one line
 * here; the compiler then asks for its words (src/core/words.ts) wherever they are keyed by method.
 */
export const ESTIMATE_METHODS = ["runrate", "seasonal", "recent", "manual", "auto"] as const;

export type EstimateMethod = (typeof ESTIMATE_METHODS)[number];

/** Whether a value names an estimate method. */
export function isEstimateMethod(x: unknown): x is EstimateMethod {
  return (ESTIMATE_METHODS as readonly unknown[]).includes(x);
}

/** A month's figure: null is missing (not reported yet), never zero. */
export type MonthValue = number | null;

/**
 * The Excel error a calculation ends in. Only #VALUE! and #N/A show a message in Excel,
 * so pick the kind with the message in mind.
 */
export type ErrorKind = "value" | "na" | "div0" | "num";

/** A calculation's failure: a value, never thrown. `message` is bilingual, ready for a cell. */
export interface CalcFailure {
  readonly kind: ErrorKind;
  /** Stable key into the message catalogue (src/core/messages.ts). */
  readonly code: string;
  readonly message: Message;
}
