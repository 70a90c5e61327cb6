/** What the reader hands the report: one row per indicator and year, and the problems found. Pure data. */
import type { IndexBasis } from "../../core/indexAverage";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";
import type { Kind } from "../../core/types";

/** One row of the raw data: one indicator, one year. */
export interface IndicatorYear {
  code: string; // Mã, e.g. "GTSX"
  group: string; // Nhóm, e.g. "Công nghiệp"
  name: string; // Chỉ tiêu
  unit: string; // ĐVT
  kind: Kind;
  year: number;
  plan: PlanTarget | null; // Kế hoạch (or dự toán for budget lines)
  months: (number | null)[]; // T1..T12, exactly 12 entries, null = missing
  ytd: number | null; // Lũy kế: a published year-to-date figure, overrides computation
  /** Where the row came from, for problems and for "select this cell". */
  source: { sheet: string; row: number }; // row is 1-based, as Excel shows it
  /** Chính / Main column: true marked (x, có, yes, 1), false marked "không"/"no"/0, absent when blank or no column. */
  main?: boolean;
  /**
   * An index row's months: fixed-base numbers ("bình quân (gốc cố định)") or indices on the same month of
   * last year ("bình quân (cùng kỳ)"). Absent when the kind word does not say (problem index-basis-missing).
   */
  basis?: IndexBasis;
  /**
   * Sheet-qualified addresses of the row's cells, for problems found after reading (a stale Lũy kế, a
   * blank month inside the report period). `months[m - 1]` is the cell of month m (filled by the reader).
   */
  cells?: { code?: string; ytd?: string; months?: (string | undefined)[] };
  /** The plan cell's text as typed when it could not be read (plan is null): shown as text, never a number. */
  planText?: string;
  /** Figures a later row of the same code and year replaced (docs/data-layout.md, "Revisions"). */
  revisions?: Revision[];
  /** A budget line's second estimate, dự toán HĐND tỉnh giao ("Dự toán HĐND" column); `plan` is then the centre's. */
  localPlan?: PlanTarget | null;
  /** The Dự toán HĐND cell's text as typed when it could not be read (localPlan is absent): shown as text. */
  localPlanText?: string;
}

/** How far a figure has come: the office's estimate, then preliminary, actual, revised, official. */
export type RevisionStatus = "estimate" | "preliminary" | "actual" | "revised" | "official";

/** One figure of an indicator-year replaced by a later revision row (Loại số liệu). */
export interface Revision {
  what: "month" | "ytd" | "plan";
  /** The month (1..12) of a revised month. */
  month?: number;
  /** The revising row's status, and the status of the row whose figure it replaced (undefined: unmarked). */
  status: RevisionStatus;
  replaced?: RevisionStatus;
  /** The figures before and after (plans that are not numbers carry none). */
  before?: number;
  after?: number;
  /** The revised cell, sheet-qualified. */
  cell: string;
}

/** What the reader hands the report model. */
export interface Dataset {
  indicators: IndicatorYear[];
  problems: Problem[];
}

/** Indicators (distinct codes) of each kind. */
export function countKinds(data: Dataset): Record<Kind, number> {
  const seen: Record<Kind, Set<string>> = { flow: new Set(), index: new Set(), level: new Set() };
  for (const ind of data.indicators) seen[ind.kind].add(ind.code);
  return { flow: seen.flow.size, index: seen.index.size, level: seen.level.size };
}
