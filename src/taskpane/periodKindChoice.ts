/**
 * The report's kind in the task pane: automatic (the month's default, docs/periods.md), the month, the
 * quarter or the months so far. A quarter chosen at a month that ends no quarter is said beside the choice
 * (the report itself then fails with the same words). Settings in, settings out; no Office call here.
 */
import { endsQuarter, PERIOD_KINDS, type PeriodKind } from "../core/periodPhrases";
import type { Lang } from "../core/types";
import { byId } from "../ui/dom";
import { format } from "../ui/strings";

const SELECT = "period-kind";
const NOTE = "period-kind-note";

/** Show the saved kind (null: automatic) and, for a quarter at a month ending none, why it cannot be made. */
export function fillPeriodKind(kind: PeriodKind | null, month: number | null, lang: Lang): void {
  byId<HTMLSelectElement>(SELECT).value = kind ?? "";
  const note = byId(NOTE);
  const bad = kind === "quarter" && month !== null && !endsQuarter(month);
  note.textContent = bad ? format(lang, "settings.kind.quarterMonth", { month: month ?? "" }) : "";
  note.hidden = !bad;
}

/** The kind the form shows; null: automatic. */
export function readPeriodKind(): PeriodKind | null {
  const v = byId<HTMLSelectElement>(SELECT).value;
  return PERIOD_KINDS.includes(v as PeriodKind) ? (v as PeriodKind) : null;
}
