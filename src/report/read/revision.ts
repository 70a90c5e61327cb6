/**
 * Revisions in the raw data (docs/data-layout.md, "Revisions"): a second row for the same code and year,
 * marked in the Loại số liệu column (ước tính → sơ bộ → thực hiện → điều chỉnh → chính thức), replaces the
 * figures it holds; a blank cell of the revision keeps the earlier figure. The latest status wins for every
 * month, Lũy kế and plan. Two rows of one code and year with the same status (both unmarked, as before the
 * column existed) stay a duplicate: the first stands. Pure.
 */
import { normalizeWord, unitFactor } from "../../core/words";
import { problem } from "../../core/problem";
import type { RowRead } from "./sheetRows";
import { STATUS_ORDER } from "./revisionStatus";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";
import type { Revision, RevisionStatus } from "./dataset";
import { STATUS_NAMES } from "./revisionStatus";

/** Rank of a row's status: unmarked rows are the first report (0). */
function rank(s: RevisionStatus | undefined): number {
  return s === undefined ? 0 : STATUS_ORDER.indexOf(s) + 1;
}

/**
 * One row per code and year: revisions merged into the row they revise (lowest status first), in the data's
 * order; a row whose status another row of its code and year already has is a duplicate-row error.
 */
export function applyRevisions(rows: RowRead[], problems: Problem[]): RowRead[] {
  const groups = new Map<string, RowRead[]>();
  const order: RowRead[][] = [];
  for (const row of rows) {
    const key = `${row.ind.code}\u0000${row.ind.year}`;
    let g = groups.get(key);
    if (!g) {
      g = [];
      groups.set(key, g);
      order.push(g);
    }
    const same = g.find((r) => rank(r.status) === rank(row.status));
    if (same) {
      problems.push(
        problem("duplicate-row", "error", row.codeAddr, {
          code: row.ind.code,
          year: row.ind.year,
          first: same.ind.source.row,
        }),
      );
      continue;
    }
    g.push(row);
  }
  return order.map((g) => {
    const sorted = [...g].sort((a, b) => rank(a.status) - rank(b.status));
    const base = sorted[0] as RowRead;
    for (const rev of sorted.slice(1)) revise(base, rev, problems);
    return base;
  });
}

/** Merge one revision row into the base row: its non-blank figures replace the base's, each recorded. */
function revise(base: RowRead, rev: RowRead, problems: Problem[]): void {
  const ind = base.ind;
  const status = rev.status as RevisionStatus;
  let factor = 1;
  if (normalizeWord(rev.ind.unit) !== normalizeWord(ind.unit) && rev.ind.unit && ind.unit) {
    const f = unitFactor(rev.ind.unit, ind.unit);
    if (f === null) {
      problems.push(
        problem("revision-unit", "warning", rev.unitAddr, {
          code: ind.code,
          year: ind.year,
          unit: rev.ind.unit,
          expected: ind.unit,
        }),
      );
      return;
    }
    factor = f;
  }
  let revisions: Revision[] = ind.revisions ?? [];
  const changed: string[] = [];
  // A figure revised twice keeps one record: what was first reported, and the latest figure and status.
  const record = (r: Revision, label: string): void => {
    const prior = revisions.find((x) => x.what === r.what && x.month === r.month);
    changed.push(label);
    if (!prior) {
      revisions.push(r);
      return;
    }
    const merged: Revision = { ...prior, status: r.status, cell: r.cell };
    if (r.after === undefined) delete merged.after;
    else merged.after = r.after;
    const same = merged.before !== undefined && merged.before === merged.after;
    revisions = revisions.filter((x) => x !== prior);
    if (!same) revisions.push(merged);
  };
  rev.ind.months.forEach((v, i) => {
    if (v === null) return;
    const after = v * factor;
    const before = ind.months[i] ?? null;
    const cell = rev.ind.cells?.months?.[i] ?? rev.codeAddr;
    if (before !== null && before !== after)
      record(
        { what: "month", month: i + 1, status, ...optional("replaced", base.status), before, after, cell },
        `T${i + 1}`,
      );
    ind.months[i] = after;
    if (ind.cells?.months) ind.cells.months[i] = cell;
  });
  if (rev.ind.ytd !== null) {
    const after = rev.ind.ytd * factor;
    const cell = rev.ind.cells?.ytd ?? rev.codeAddr;
    if (ind.ytd !== null && ind.ytd !== after)
      record({ what: "ytd", status, ...optional("replaced", base.status), before: ind.ytd, after, cell }, "Lũy kế");
    ind.ytd = after;
    if (ind.cells) ind.cells.ytd = cell;
  }
  if (rev.ind.plan !== null) {
    const after = scalePlan(rev.ind.plan, factor);
    if (ind.plan !== null && !samePlan(ind.plan, after))
      record(
        {
          what: "plan",
          status,
          ...optional("replaced", base.status),
          ...(ind.plan.type === "number" ? { before: ind.plan.value } : {}),
          ...(after.type === "number" ? { after: after.value } : {}),
          cell: rev.planAddr,
        },
        "KH",
      );
    ind.plan = after;
  }
  // The province's estimate (Dự toán HĐND) is revised as the plan is: the latest status wins, and the
  // revision-applied line names it (it has no note of its own: Revision records months, Lũy kế and plan).
  if (rev.ind.localPlan) {
    const after = scalePlan(rev.ind.localPlan, factor);
    if (ind.localPlan && !samePlan(ind.localPlan, after)) changed.push("Dự toán HĐND");
    ind.localPlan = after;
    delete ind.localPlanText;
  }
  if (revisions.length > 0) ind.revisions = revisions;
  if (changed.length > 0)
    problems.push(
      problem("revision-applied", "info", rev.codeAddr, {
        code: ind.code,
        year: ind.year,
        row: rev.ind.source.row,
        first: ind.source.row,
        status: STATUS_NAMES[status],
        figures: changed.join(", "),
      }),
    );
}

function optional<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}

function samePlan(a: PlanTarget, b: PlanTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function scalePlan(p: PlanTarget, f: number): PlanTarget {
  if (f === 1) return p;
  switch (p.type) {
    case "range":
      return { type: "range", low: p.low * f, high: p.high * f };
    case "growth":
      return p;
    default:
      return { ...p, value: p.value * f };
  }
}
