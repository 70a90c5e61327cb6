/**
 * The fuzz oracle: the figures a report must show, computed from the generator's own model of the
 * workbook (generator.ts) by DOMAIN.md's kinds — flow = sum of the months, index = average, level =
 * the latest value at or before the period's end — and the check of a report grid against them.
 * Never re-reads the file and never calls the program's calculations.
 */
import { modelPeriod, type ModelRow, type Variant } from "./generator";

/** What the check needs of the program's answer: the grid's cells and the problems' addresses. */
export interface Answer {
  year: number;
  month: number;
  cells: ({ value?: unknown } | undefined)[][];
  problems: { code: string; address: string }[];
}

/** A period figure: a number, or missing with the cells that make it so (the model's holes). */
export type Figure = { value: number } | { missing: string[] };

/** The figure of months 1..upto of a row by its kind. */
export function periodFigure(row: ModelRow | undefined, upto: number): Figure | null {
  if (!row) return null;
  const months = row.months.slice(0, upto);
  if (row.kind === "level") {
    for (let m = upto; m >= 1; m--) {
      const v = row.months[m - 1];
      if (v !== null && v !== undefined) return { value: v };
    }
    return { missing: row.monthCells.slice(0, upto) };
  }
  const holes = months.map((v, m) => (v === null ? row.monthCells[m]! : null)).filter((a): a is string => a !== null);
  if (holes.length === upto) return null; // no figure at all: nothing to report, nothing to check
  if (holes.length > 0) return { missing: holes };
  const sum = months.reduce<number>((s, v) => s + (v ?? 0), 0);
  return { value: row.kind === "flow" ? sum : sum / upto };
}

/**
 * The year to date of the report's year (DOMAIN.md, "Some figures are published"): the row's Lũy kế stands for
 * month M when its months end at M and it can be one — an index's is an average, so it lies within the months'
 * range (else it is no Lũy kế: a SUM dragged down, ignored); a flow's stands even when it differs from the
 * months' sum (publishers revise). A Lũy kế of 0 is a SUM of nothing: none. A level has none.
 */
export function yearToDate(row: ModelRow | undefined, upto: number): Figure | null {
  const computed = periodFigure(row, upto);
  if (!row || row.ytd === undefined || row.ytd === 0 || row.kind === "level") return computed;
  const last = row.months.reduce<number>((l, v, m) => (v !== null ? m + 1 : l), 0);
  if (last !== upto) return computed;
  if (row.kind === "index") {
    const months = row.months.slice(0, upto).filter((v): v is number => v !== null);
    const within = row.ytd >= Math.min(...months) - 0.05 && row.ytd <= Math.max(...months) + 0.05;
    return within ? { value: row.ytd } : computed;
  }
  return { value: row.ytd };
}

/** The year-end estimate the report's default method gives (DOMAIN.md), or null when it is not checked. */
function estimateFigure(
  row: ModelRow,
  th: Figure | null,
  ck: Figure | null,
  nt: Figure | null,
  month: number,
): number | null {
  if (!th || !("value" in th)) return null;
  if (row.kind === "level") return th.value;
  if (row.kind === "index") {
    const last = row.months[month - 1];
    return last === null || last === undefined ? null : (th.value * month + (12 - month) * last) / 12;
  }
  // Last year's seasonal shape: YTD × LY(full year) / LY(first M months).
  if (!ck || !("value" in ck) || !nt || !("value" in nt) || ck.value === 0) return null;
  return (th.value * nt.value) / ck.value;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Every way the answer departs from the model; empty when it agrees. */
export function check(variant: Variant, answer: Answer): string[] {
  const failures: string[] = [];
  const { year, month } = modelPeriod(variant.rows);
  if (answer.year !== year || answer.month !== month) {
    failures.push(`period ${answer.month}/${answer.year}, the data says ${month}/${year}`);
    return failures;
  }
  const named = new Set(answer.problems.map((p) => p.address));

  // The header row and the columns, by their labels in the standard table (DOMAIN.md).
  const text = (v: unknown): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");
  const headerRow = answer.cells.findIndex((row) => row?.some((c) => text(c?.value) === "Chỉ tiêu"));
  if (headerRow < 0) return [...failures, "no header row with “Chỉ tiêu” in the report"];
  const header = (answer.cells[headerRow] ?? []).map((c) => text(c?.value));
  const col = (label: string): number => header.indexOf(label);
  // A period whose last month is an estimate heads its column "Ước TH …" (issue 19): either heading is the column.
  const either = (label: string): number => Math.max(col(label), col(`Ước ${label}`));
  const columns = {
    name: col("Chỉ tiêu"),
    nt: col(`TH năm ${year - 1}`),
    plan: col(`KH năm ${year}`),
    ck: col(`TH ${month} tháng năm ${year - 1}`),
    th: either(`TH ${month} tháng năm ${year}`),
    est: col(`Ước TH năm ${year}`),
  };
  for (const [k, c] of Object.entries(columns)) if (c < 0) failures.push(`no “${k}” column in the report`);
  if (failures.length) return failures;

  const codes = [...new Set(variant.rows.map((r) => r.code))];
  for (const code of codes) {
    const index = (y: number): number => variant.rows.findIndex((r) => r.code === code && r.year === y);
    const now = variant.rows[index(year)];
    const before = variant.rows[index(year - 1)];
    if (!now) continue;
    const affected = (rows: number[]): string[] =>
      variant.touches.filter((t) => t.rows.some((i) => rows.includes(i))).flatMap((t) => t.cells);
    const mayRefuse = affected([index(year), index(year - 1)]);
    // The report may mark a name (budget revenue gets " (*)", its footnote): the name, then a space or nothing.
    const name = now.name.replace(/\s+/g, " ").trim();
    const reportRow = answer.cells.findIndex((row, r) => {
      const t = text(row?.[columns.name]?.value);
      return r > headerRow && (t === name || t.startsWith(name + " "));
    });
    if (reportRow < 0) {
      if (!mayRefuse.some((a) => named.has(a)))
        failures.push(
          `${code}: no report row, and no problem names a mutated cell (${mayRefuse.join(", ") || "none"})`,
        );
      continue;
    }
    const got = (c: number): unknown => answer.cells[reportRow]?.[c]?.value;
    const th = yearToDate(now, month);
    const ck = periodFigure(before, month);
    const nt = periodFigure(before, 12);
    const expect = (what: string, c: number, want: Figure | number | null, rows: number[]): void => {
      if (want === null) return;
      const g = got(c);
      const mayBlank = affected(rows);
      if (typeof want === "number" || "value" in want) {
        const w = typeof want === "number" ? want : want.value;
        if (typeof g === "number" && near(g, w)) return;
        if (typeof g !== "number" && mayBlank.some((a) => named.has(a))) return;
        failures.push(`${code} ${what}: ${JSON.stringify(g)}, the model says ${w}`);
        return;
      }
      // A hole in the period: never a figure made from fewer months, and the missing cell named.
      if (typeof g === "number")
        failures.push(`${code} ${what}: ${g} made from fewer months (${want.missing.join(", ")} blank)`);
      else if (!want.missing.some((a) => named.has(a)))
        failures.push(`${code} ${what}: blank, but no problem names ${want.missing.join(", ")}`);
    };
    expect("TH", columns.th, th, [index(year)]);
    expect("cùng kỳ", columns.ck, ck, [index(year - 1)]);
    expect(`TH năm ${year - 1}`, columns.nt, nt, [index(year - 1)]);
    if (typeof now.plan === "number") expect("KH", columns.plan, now.plan, [index(year)]);
    // A growth plan ("tăng 14%", however typed: words, or 14% in a percent cell) is shown as written.
    if (typeof now.plan === "string" && /^tăng \d+%$/.test(now.plan) && text(got(columns.plan)) !== now.plan)
      failures.push(`${code} KH: ${JSON.stringify(got(columns.plan))}, the model says ${now.plan}`);
    expect("ước TH", columns.est, estimateFigure(now, th, ck, nt, month), [index(year), index(year - 1)]);
  }
  return failures;
}
