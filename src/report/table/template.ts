/**
 * The officer's own template (docs/template.md): a sheet with placeholders such as {{GTSX.TH}},
 * {{XK.UOC|#,##0.0}}, {{period}} and {{narrative}}, filled from the same figures as the report.
 * Pure: returns the cells to write; the template itself is never changed here.
 */
import { periodTitleName } from "../../core/periodPhrases";
import { periodOf } from "../period/layout";
import { sheetAddress } from "../../core/address";
import { distinctProblems } from "../../core/distinctProblems";
import { figureKeysShown, missingProblems } from "../words/gapReport";
import { computeMeasures, type IndicatorMeasures } from "../measure/measures";
import { comparisonFormat, valueFormat } from "../measure/formats";
import { formatByCode } from "./shownText";
import { planText } from "./planVerdict";
import { indicatorSentence, paragraphSentences } from "../words/sentences";
import { planNumber } from "../../core/planTarget";
import { problem } from "../../core/problem";
import { growth } from "../../core/growth";
import type { Dataset } from "../read/dataset";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";
import type { ReportOptions } from "../period/options";

/** The measures a placeholder may ask for, and whether each is a fraction (shown as a percent). */
export const MEASURES: Record<string, { percent: boolean; get: (m: IndicatorMeasures) => number | PlanTarget | null }> =
  {
    TH: { percent: false, get: (m) => m.actual }, // actual so far (months 1..M)
    CK: { percent: false, get: (m) => m.samePeriod }, // same period last year
    KH: { percent: false, get: (m) => m.plan }, // this year's plan
    UOC: { percent: false, get: (m) => m.estimate }, // year-end estimate
    TT: { percent: true, get: (m) => growthOf(m.actual, m.samePeriod) }, // growth on the same period
    PKH: { percent: true, get: (m) => ratio(m.actual, planNumber(m.plan)) }, // percent of plan
    KHN: { percent: false, get: (m) => m.nextPlan }, // next year's plan
    NT: { percent: false, get: (m) => m.lastYear }, // last year's whole-year actual
    THANG: { percent: false, get: (m) => m.monthNow }, // month M alone
    PUOC: { percent: true, get: (m) => ratio(m.estimate, planNumber(m.plan)) }, // estimate as a percent of plan
  };

function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return a / b;
}

/** Growth by CT.GROWTH's own rule (a negative base included), so the template, the table and the paragraph agree. */
function growthOf(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const g = growth(a, b);
  return typeof g === "number" ? g : null;
}

/** A run of braces around a body: exactly two on each side is a placeholder, any other count is listed. */
const BRACED = /\{{2,}([^{}]*)\}{2,}/g;
/** The one number-format renderer (src/report/table/shownText.ts), as the template's format codes use it. */
export { formatByCode };

/** True for "{{body}}" with exactly two braces on each side. */
function isPlaceholder(run: string): boolean {
  return run.startsWith("{{") && !run.startsWith("{{{") && run.endsWith("}}") && !run.endsWith("}}}");
}

type Resolved =
  | { ok: true; value: string | number; text: string }
  | { ok: false; problem: "unknown" | "code" | "empty"; code?: string };

/** One template being filled: the figures, and the indicators whose figures it used. */
interface Fill {
  options: ReportOptions;
  measures: IndicatorMeasures[];
  byCode: Map<string, IndicatorMeasures>;
  used: Set<IndicatorMeasures>;
  paragraph: string | null;
}

const ok = (value: string | number, text = String(value)): Resolved => ({ ok: true, value, text });

/** {{period}}, {{year}}, {{month}}, {{narrative}}; null for any other body. */
function resolveWord(fill: Fill, lower: string): Resolved | null {
  const { options } = fill;
  if (lower === "period") return ok(periodTitleName(periodOf(options), options.lang));
  if (lower === "year") return ok(options.year);
  if (lower === "month") return ok(options.month);
  if (lower !== "narrative") return null;
  fill.paragraph ??= paragraphSentences(fill.measures, options).join(" ");
  for (const m of fill.measures) if (m.main) fill.used.add(m);
  return ok(fill.paragraph);
}

/**
 * A figure: with a format code, as that code shows it; without, the raw number (in a cell of its own)
 * and, inside a sentence, the text the report's table shows for it (its row's or comparison column's format).
 */
function figure(fill: Fill, m: IndicatorMeasures, x: number, percent: boolean, fmt: string | null): Resolved {
  const { lang } = fill.options;
  if (fmt !== null) {
    const s = formatByCode(x, fmt, lang);
    return s === null ? { ok: false, problem: "unknown" } : ok(s);
  }
  const code = percent ? `${comparisonFormat(m, fill.options)}%` : valueFormat(m);
  return ok(x, formatByCode(x, code, lang) ?? String(x));
}

/** "CODE.MEASURE" or "narrative.CODE", with an optional "|format". */
function resolve(fill: Fill, token: string): Resolved {
  const [bodyRaw = "", ...fmtParts] = token.split("|");
  const body = bodyRaw.trim();
  const fmt = fmtParts.length ? fmtParts.join("|").trim() : null;
  const word = fmt === null ? resolveWord(fill, body.toLowerCase()) : null;
  if (word) return word;
  const dot = body.lastIndexOf(".");
  if (dot <= 0) return { ok: false, problem: "unknown" };
  const head = body.slice(0, dot).trim();
  const tail = body.slice(dot + 1).trim();
  const narrative = head.toLowerCase() === "narrative" && fmt === null;
  const measure = MEASURES[tail.toUpperCase()];
  if (!narrative && !measure) return { ok: false, problem: "unknown" };
  const code = narrative ? tail : head;
  const m = fill.byCode.get(code.toUpperCase());
  if (!m) return { ok: false, problem: "code", code };
  fill.used.add(m);
  if (narrative) {
    const sentence = indicatorSentence(m, fill.options);
    return sentence ? ok(sentence) : { ok: false, problem: "empty" };
  }
  const v = measure!.get(m);
  if (v === null) return { ok: false, problem: "empty" };
  if (typeof v === "number") return figure(fill, m, v, measure!.percent, fmt);
  if (v.type === "number") return figure(fill, m, v.value, false, fmt);
  return fmt === null ? ok(planText(v, fill.options.lang)) : { ok: false, problem: "unknown" };
}

/** Braces that are not one placeholder ("{{{{GTSX.TH}}}}", "{{GTSX.TH}", a lone "}}"), listed and left as typed. */
function strayBraces(cell: string, runs: string[], address: string): Problem[] {
  const out = runs
    .filter((run) => !isPlaceholder(run))
    .map((run) => problem("template-unknown-placeholder", "warning", address, { text: run }));
  const rest = cell.replace(BRACED, "");
  if (rest.includes("{{") || rest.includes("}}"))
    out.push(problem("template-unknown-placeholder", "warning", address, { text: cell.trim() }));
  return out;
}

/** One cell's text filled, or null when nothing in it changed. */
function fillCell(fill: Fill, cell: string, address: string, problems: Problem[]): string | number | null {
  const runs = [...cell.matchAll(BRACED)].map((m) => m[0]);
  problems.push(...strayBraces(cell, runs, address));
  const placeholders = runs.filter(isPlaceholder);
  if (placeholders.length === 0) return null;
  let changed = false;
  let single: string | number | null = null;
  const text = cell.replace(BRACED, (all: string, token: string) => {
    if (!isPlaceholder(all)) return all;
    const res = resolve(fill, token);
    if (res.ok || res.problem === "empty") changed = true;
    if (res.ok) {
      single = res.value;
      return res.text;
    }
    if (res.problem === "code")
      problems.push(problem("template-unknown-code", "warning", address, { code: res.code ?? "", text: all }));
    else if (res.problem === "unknown")
      problems.push(problem("template-unknown-placeholder", "warning", address, { text: all }));
    else {
      problems.push(problem("template-no-value", "info", address, { text: all }));
      single = "";
      return "";
    }
    return all;
  });
  if (!changed) return null;
  const whole = runs.length === 1 && placeholders[0] === cell.trim();
  return whole && single !== null ? single : text;
}

/**
 * Fill every placeholder of the template's values (0-based row/col). A cell that is exactly one
 * placeholder without a format gets the raw number (format the cell in Excel); any other cell gets text,
 * each figure with the decimals the report's table shows it with. An unknown placeholder or code stays as
 * typed and is listed; a placeholder without a figure is blank and listed.
 */
export function fillTemplate(
  values: unknown[][],
  data: Dataset,
  options: ReportOptions,
  sheet: string,
): { cells: { row: number; col: number; value: string | number }[]; problems: Problem[] } {
  const measures = computeMeasures(data, options);
  const fill: Fill = {
    options,
    measures,
    byCode: new Map(measures.map((m) => [m.code, m])),
    used: new Set(),
    paragraph: null,
  };
  const cells: { row: number; col: number; value: string | number }[] = [];
  const problems: Problem[] = [];
  values.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((cell, c) => {
      if (typeof cell !== "string" || !(cell.includes("{{") || cell.includes("}}"))) return;
      const value = fillCell(fill, cell, sheetAddress(sheet, r, c), problems);
      if (value !== null) cells.push({ row: r, col: c, value });
    });
  });
  // A blank month behind a figure the template uses is an error, as in the report (src/report/measure/gaps.ts).
  const keys = figureKeysShown(["lastYear", "monthNow", "monthBefore"]);
  for (const m of fill.used) problems.push(...m.problems, ...missingProblems(m, keys, options));
  // The same placeholder twice in a cell, or an indicator used by many cells: each problem once.
  return { cells, problems: distinctProblems(problems) };
}
