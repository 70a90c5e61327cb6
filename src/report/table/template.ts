/**
 * The officer's own template (docs/template.md): a sheet with placeholders such as {{GTSX.TH}},
 * {{XK.UOC|#,##0.0}}, {{period}} and {{narrative}}, filled from the same figures as the report.
 * Pure: returns the cells to write; the template itself is never changed here.
 */
import { formatNumber, formatPercent, separators } from "../../core/format";
import { valueDecimals } from "../../core/narrative";
import { periodTitleName } from "../../core/periodPhrases";
import { periodOf } from "../period/layout";
import { sheetAddress } from "../../core/address";
import { distinctProblems } from "../../core/distinctProblems";
import { figureKeysShown, missingProblems } from "../words/gapReport";
import { computeMeasures, type IndicatorMeasures } from "../measure/measures";
import { percentDecimals } from "../measure/formats";
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
const FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;
/** Excel shows at most 15 significant digits: decimals past them are shown as zeros, as Excel does. */
const EXCEL_DIGITS = 15;
/** formatNumber's own limit on decimal places. */
const MAX_PLACES = 20;

/** True for "{{body}}" with exactly two braces on each side. */
function isPlaceholder(run: string): boolean {
  return run.startsWith("{{") && !run.startsWith("{{{") && run.endsWith("}}") && !run.endsWith("}}}");
}

/** `x` with `decimals` places (any number of them), digits past Excel's 15 significant ones as zeros. */
function fixedPlaces(x: number, decimals: number, lang: ReportOptions["lang"]): string {
  // Digits before the point that count as significant (0 or less for 0.05: its zeros do not count).
  const whole = x === 0 ? 1 : Math.floor(Math.log10(Math.abs(x))) + 1;
  const shown = Math.min(decimals, Math.max(0, EXCEL_DIGITS - whole), MAX_PLACES);
  const s = formatNumber(x, shown, lang);
  if (shown === decimals || s.includes("e")) return s;
  return s + (shown === 0 ? separators(lang).decimal : "") + "0".repeat(decimals - shown);
}

/**
 * Format a number by a small Excel-like code: "0", "0.0", "#,##0", "#,##0.00", "0.0%", with any
 * number of decimal zeros ("0.000000000000"). Null for any other code (listed by fillTemplate).
 */
export function formatByCode(x: number, code: string, lang: ReportOptions["lang"]): string | null {
  const m = FORMAT.exec(code.trim());
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const s = m[3] ? fixedPlaces(x * 100, decimals, lang) + "%" : fixedPlaces(x, decimals, lang);
  return m[1] ? s : s.split(separators(lang).group).join("");
}

type Resolved =
  { ok: true; value: string | number } | { ok: false; problem: "unknown" | "code" | "empty"; code?: string };

/**
 * Fill every placeholder of the template's values (0-based row/col). A cell that is exactly one
 * placeholder without a format gets the raw number (format the cell in Excel); any other cell gets text.
 * An unknown placeholder or code stays as typed and is listed; a placeholder without a figure is blank
 * and listed.
 */
export function fillTemplate(
  values: unknown[][],
  data: Dataset,
  options: ReportOptions,
  sheet: string,
): { cells: { row: number; col: number; value: string | number }[]; problems: Problem[] } {
  const { lang } = options;
  const measures = computeMeasures(data, options);
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const cells: { row: number; col: number; value: string | number }[] = [];
  const problems: Problem[] = [];
  let paragraph: string | null = null;
  /** Indicators whose figures the template uses: their measure problems (stale lũy kế, fallback) are listed. */
  const used = new Set<IndicatorMeasures>();

  const resolve = (token: string): Resolved => {
    const [bodyRaw = "", ...fmtParts] = token.split("|");
    const body = bodyRaw.trim();
    const fmt = fmtParts.length ? fmtParts.join("|").trim() : null;
    const lower = body.toLowerCase();
    if (fmt === null) {
      if (lower === "period") return { ok: true, value: periodTitleName(periodOf(options), lang) };
      if (lower === "year") return { ok: true, value: options.year };
      if (lower === "month") return { ok: true, value: options.month };
      if (lower === "narrative") {
        paragraph ??= paragraphSentences(measures, options).join(" ");
        for (const m of measures) if (m.main) used.add(m);
        return { ok: true, value: paragraph };
      }
    }
    const dot = body.lastIndexOf(".");
    if (dot <= 0) return { ok: false, problem: "unknown" };
    const head = body.slice(0, dot).trim();
    const tail = body.slice(dot + 1).trim();
    if (head.toLowerCase() === "narrative" && fmt === null) {
      const m = byCode.get(tail.toUpperCase());
      if (!m) return { ok: false, problem: "code", code: tail };
      used.add(m);
      const s = indicatorSentence(m, options);
      return s ? { ok: true, value: s } : { ok: false, problem: "empty" };
    }
    const measure = MEASURES[tail.toUpperCase()];
    if (!measure) return { ok: false, problem: "unknown" };
    const m = byCode.get(head.toUpperCase());
    if (!m) return { ok: false, problem: "code", code: head };
    used.add(m);
    const v = measure.get(m);
    if (v === null) return { ok: false, problem: "empty" };
    if (typeof v !== "number") {
      if (v.type !== "number")
        return fmt === null ? { ok: true, value: planText(v, lang) } : { ok: false, problem: "unknown" };
      return render(v.value, false, fmt);
    }
    return render(v, measure.percent, fmt);
  };

  const render = (x: number, percent: boolean, fmt: string | null): Resolved => {
    if (fmt === null) return { ok: true, value: x };
    const s = formatByCode(x, fmt, lang);
    return s === null ? { ok: false, problem: "unknown" } : { ok: true, value: s };
  };

  const asText = (v: string | number, percent: boolean): string => {
    if (typeof v === "string") return v;
    return percent ? formatPercent(v, percentDecimals(options), lang) : formatNumber(v, valueDecimals(v), lang);
  };

  values.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((cell, c) => {
      if (typeof cell !== "string" || !(cell.includes("{{") || cell.includes("}}"))) return;
      const address = sheetAddress(sheet, r, c);
      const runs = [...cell.matchAll(BRACED)].map((m) => m[0]);
      // Braces that are not one placeholder ("{{{{GTSX.TH}}}}", "{{GTSX.TH}", a lone "}}") stay as typed, listed.
      for (const run of runs) {
        if (!isPlaceholder(run))
          problems.push(problem("template-unknown-placeholder", "warning", address, { text: run }));
      }
      const rest = cell.replace(BRACED, "");
      if (rest.includes("{{") || rest.includes("}}")) {
        problems.push(problem("template-unknown-placeholder", "warning", address, { text: cell.trim() }));
      }
      const placeholders = runs.filter(isPlaceholder);
      if (placeholders.length === 0) return;
      const whole = runs.length === 1 && placeholders[0] === cell.trim();
      let changed = false;
      let single: string | number | null = null;
      const text = cell.replace(BRACED, (all: string, token: string) => {
        if (!isPlaceholder(all)) return all;
        const res = resolve(token);
        if (!res.ok) {
          if (res.problem === "code")
            problems.push(problem("template-unknown-code", "warning", address, { code: res.code ?? "", text: all }));
          else if (res.problem === "unknown")
            problems.push(problem("template-unknown-placeholder", "warning", address, { text: all }));
          else {
            problems.push(problem("template-no-value", "info", address, { text: all }));
            changed = true;
            single = "";
            return "";
          }
          return all;
        }
        changed = true;
        single = res.value;
        const tail = token.split("|")[0]?.trim().split(".").pop()?.toUpperCase() ?? "";
        return asText(res.value, MEASURES[tail]?.percent === true && !token.includes("|"));
      });
      if (!changed) return;
      cells.push({ row: r, col: c, value: whole && single !== null ? single : text });
    });
  });
  // A blank month behind a figure the template uses is an error, as in the report (src/report/measure/gaps.ts).
  const keys = figureKeysShown(["lastYear", "monthNow", "monthBefore"]);
  for (const m of used) problems.push(...m.problems, ...missingProblems(m, keys, options));
  // The same placeholder twice in a cell, or an indicator used by many cells: each problem once.
  return { cells, problems: distinctProblems(problems) };
}
