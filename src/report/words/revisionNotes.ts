/**
 * Which figures of the report use a revised figure (src/report/read/revision.ts), in the officer's words: the line
 * of the notes block ("Số liệu năm 2012 và tháng 8/2013 là số chính thức, đã điều chỉnh so với số ước đã báo
 * cáo.") and the note of each figure's cell. Pure.
 */
import { formatTrim } from "../../core/format";
import type { Lang } from "../../core/types";
import { cellsWords, monthsWords } from "./gapWords";
import type { FigureRevision } from "../measure/revisionsUsed";
import { STATUS_NAMES, STATUS_ORDER } from "../read/revisionStatus";
import type { Revision, RevisionStatus } from "../read/dataset";

/** "năm 2012", "tháng 8/2013", "lũy kế 2013", "kế hoạch năm 2013": what was revised in one year. */
function yearWords(year: number, list: readonly Revision[], lang: Lang): string[] {
  const vi = lang === "vi";
  const months = [...new Set(list.filter((r) => r.what === "month").map((r) => r.month as number))].sort(
    (a, b) => a - b,
  );
  const out: string[] = [];
  if (months.length === 12) out.push(vi ? `năm ${year}` : `${year}`);
  else if (months.length > 0)
    out.push(vi ? `tháng ${monthsWords(months, year)}` : `month ${monthsWords(months, year)}`);
  if (list.some((r) => r.what === "ytd")) out.push(vi ? `số lũy kế năm ${year}` : `the year-to-date figure of ${year}`);
  if (list.some((r) => r.what === "plan")) out.push(vi ? `kế hoạch năm ${year}` : `the ${year} plan`);
  return out;
}

function joinAnd(parts: string[], lang: Lang): string {
  if (parts.length <= 1) return parts[0] ?? "";
  const and = lang === "vi" ? " và " : " and ";
  return `${parts.slice(0, -1).join(", ")}${and}${parts[parts.length - 1]}`;
}

/** The earliest status the revisions replaced (unmarked rows are the office's estimates). */
function replacedName(list: readonly Revision[], lang: Lang): string {
  const idx = list.map((r) => (r.replaced ? STATUS_ORDER.indexOf(r.replaced) : 0));
  const s = STATUS_ORDER[Math.min(...idx)] as RevisionStatus;
  return STATUS_NAMES[s][lang];
}

/** One clause per status: "số liệu năm 2012 và tháng 8/2013 là số chính thức, đã điều chỉnh so với số ước đã báo cáo". */
function clauses(figures: readonly FigureRevision[], lang: Lang): string[] {
  // Each revised cell once, even when several figures use it.
  const seen = new Map<string, { year: number; r: Revision }>();
  for (const f of figures)
    for (const r of f.revisions) seen.set(`${f.year}|${r.what}|${r.month ?? ""}`, { year: f.year, r });
  const all = [...seen.values()];
  const out: string[] = [];
  for (const status of [...STATUS_ORDER].reverse()) {
    const mine = all.filter((x) => x.r.status === status);
    if (mine.length === 0) continue;
    const years = [...new Set(mine.map((x) => x.year))].sort((a, b) => a - b);
    const parts = years.flatMap((y) =>
      yearWords(
        y,
        mine.filter((x) => x.year === y).map((x) => x.r),
        lang,
      ),
    );
    const what = joinAnd(parts, lang);
    const replaced = replacedName(
      mine.map((x) => x.r),
      lang,
    );
    out.push(
      lang === "vi"
        ? `số liệu ${what} là ${STATUS_NAMES[status].vi}, đã điều chỉnh so với ${replaced} đã báo cáo`
        : `the figures of ${what} are ${STATUS_NAMES[status].en}, revised from the ${replaced} reported earlier`,
    );
  }
  return out;
}

/** The notes block's line for one indicator: which of its figures are revised. Null when none. */
export function revisionLine(name: string, figures: readonly FigureRevision[], lang: Lang): string | null {
  const c = clauses(figures, lang);
  if (c.length === 0) return null;
  return `${name}: ${c.join("; ")}.`;
}

/**
 * The notes block's lines: per indicator, the revised figures the report shows (its columns' figures and the
 * period and same period of its paragraph), so a revision the report does not use is not spoken of.
 */
export function revisionLines(
  measures: readonly { name: string; revised: readonly FigureRevision[] }[],
  shown: readonly (string | undefined)[],
  lang: Lang,
): string[] {
  const out: string[] = [];
  for (const m of measures) {
    const line = revisionLine(
      m.name,
      m.revised.filter((f) => shown.includes(f.key)),
      lang,
    );
    if (line) out.push(line);
  }
  return out;
}

/** The note of a figure's cell made from revised figures: which, the cells, and the figure first reported. */
export function revisionCellNote(f: FigureRevision, lang: Lang): string {
  const vi = lang === "vi";
  const statuses = STATUS_ORDER.filter((s) => f.revisions.some((r) => r.status === s)).reverse();
  const what = statuses
    .map((s) => {
      const words = joinAnd(
        yearWords(
          f.year,
          f.revisions.filter((r) => r.status === s),
          lang,
        ),
        lang,
      );
      return vi ? `${STATUS_NAMES[s].vi} ${words}` : `the ${STATUS_NAMES[s].en} of ${words}`;
    })
    .join("; ");
  const cells = cellsWords(f.revisions.map((r) => r.cell));
  const replaced = replacedName(f.revisions, lang);
  const one = f.revisions.length === 1 ? f.revisions[0] : undefined;
  const before = one?.before !== undefined && one.after !== undefined ? one.before : undefined;
  if (vi)
    return (
      `Tính từ ${what} (ô ${cells}), đã điều chỉnh so với ${replaced} đã báo cáo` +
      (before === undefined ? "." : `; số đã báo cáo trước: ${formatTrim(before, 3, "vi")}.`)
    );
  return (
    `Made from ${what} (cell ${cells}), revised from the ${replaced} reported earlier` +
    (before === undefined ? "." : `; first reported: ${formatTrim(before, 3, "en")}.`)
  );
}
