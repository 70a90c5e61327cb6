/** The figures of an indicator a report cell can show. Pure. */

export type ValueKey =
  | "lastYear"
  | "plan"
  | "samePeriod"
  | "actual"
  | "monthNow"
  | "monthBefore"
  | "estimate"
  | "nextPlan"
  | "monthPrev"
  | "quarterNow"
  | "quarterSame"
  | "quarterPrev"
  | "localPlan";
