/**
 * One data sheet's rows -> indicator rows and problems, once its header is found. Merged cells of
 * code, group, name, unit, kind (and Chính) merged down over an indicator's year rows are filled down
 * from the merge's top-left — only within a merge, never guessed from a blank. A cell that shows a
 * date where a number belongs is a problem, never a figure. Hidden rows and columns are read and listed.
 */
import { formatNumber } from "../../core/format";
import { NUMBER_STYLE_WORDS, parseNumberText, type NumberStyle } from "../../core/numberText";
import {
  indexBasisFromWord,
  kindFromWord,
  knownIndicator,
  KNOWN_INDICATORS,
  KIND_WORDS,
  normalizeWord,
} from "../../core/words";
import type { IndexBasis } from "../../core/indexAverage";
import type { Kind } from "../../core/types";
import { sheetAddress } from "../../core/address";
import { isBlank } from "../../core/coerce";
import { flatten, presentRows, spans, text } from "./cellText";
import type { Field, Layout } from "./header";
import { parsePlanText } from "../../core/planTarget";
import { problem } from "../../core/problem";
import type { SourceValues } from "../../core/sheetValues";
import { statusFromWord } from "./revisionStatus";
import type { IndicatorYear, RevisionStatus } from "./dataset";
import type { PlanTarget } from "../../core/planTarget";
import type { Problem } from "../../core/problem";

export interface RowRead {
  ind: IndicatorYear;
  codeAddr: string;
  unitAddr: string;
  planAddr: string;
  /** Loại số liệu: the row's status when it is a revision (docs/data-layout.md, "Revisions"); undefined unmarked. */
  status?: RevisionStatus;
}

/** Fields whose cells are filled down a vertical merge (descriptions of the indicator, not figures). */
const FILLED: Field[] = ["code", "group", "name", "unit", "kind", "main"];

const MAIN_YES = ["x", "co", "yes", "y", "1", "v", "✓", "✔", "true", "dung"];
const MAIN_NO = ["khong", "no", "n", "0", "false", "-"];

/** The Chính / Main cell: true for x, có, yes, 1; false for không, no, 0; undefined when blank; null when unread. */
export function mainMark(v: unknown): boolean | undefined | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (isBlank(v)) return undefined;
  const w = normalizeWord(String(v)).trim();
  if (MAIN_YES.includes(w)) return true;
  if (MAIN_NO.includes(w)) return false;
  return null;
}

function slug(name: string): string {
  const s = normalizeWord(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  return s.slice(0, 24) || "CT";
}

function stripRoman(group: string): string {
  return group.replace(/^\s*(?:[IVXLC]+|\d+)\s*[.)\-:]\s*/, "").trim();
}

/** The year of an Excel serial date (1900 system: serial 61 is 1900-03-01; 1904 system: serial 0 is 1904-01-01). */
function yearOfSerial(serial: number, date1904: boolean): number | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return null;
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  return new Date(Date.UTC(1899, 11, 30) + days * 86400000).getUTCFullYear();
}

function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
}

const KIND_LABEL: Record<Kind, string> = {
  flow: KIND_WORDS.flow.vi,
  index: KIND_WORDS.index.vi,
  level: KIND_WORDS.level.vi,
};

/** Values filled down merges in the fields' columns: key "r,c" (indexes into values) -> top-left value. */
function mergeFill(src: SourceValues, layout: Layout): Map<string, unknown> {
  const fill = new Map<string, unknown>();
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  const cols = FILLED.map((f) => layout.fields[f]).filter((c): c is number => c !== undefined);
  const values = src.values;
  for (const m of src.merges ?? []) {
    const top = values[m.r1 - or]?.[m.c1 - oc];
    if (isBlank(flatten(top))) continue;
    // Down only: a heading merged across its row fills nothing.
    for (const c of cols) {
      if (c + oc < m.c1 || c + oc > m.c2) continue;
      const from = Math.max(m.r1 - or + 1, layout.headerRow + 1);
      const to = Math.min(m.r2 - or, values.length - 1);
      // Only rows that hold something: a merge down to row 1,048,576 costs its rows with data.
      for (let r = from; r <= to; r++) if (values[r] !== undefined) fill.set(`${r},${c}`, top);
    }
  }
  return fill;
}

/** Read the rows below the header. Pushes problems; returns the indicator rows. */
export function readSheetRows(src: SourceValues, layout: Layout, style: NumberStyle, problems: Problem[]): RowRead[] {
  const values = src.values;
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  const addr = (r: number, c: number): string => sheetAddress(src.sheet, or + r, oc + c);
  const dates = new Set((src.dateCells ?? []).map((d) => `${d.row - or},${d.col - oc}`));
  const fill = mergeFill(src, layout);
  const rows: RowRead[] = [];

  const seen = new Set<string>();
  for (const cell of layout.cells) {
    const m = cell.meaning;
    if ("badMonth" in m) {
      problems.push(
        problem("month-header-range", "warning", addr(cell.row, cell.col), {
          text: text(cell.text),
          month: m.badMonth,
        }),
      );
      continue;
    }
    const key = "field" in m ? m.field : `m${m.month}`;
    if (seen.has(key))
      problems.push(problem("duplicate-header", "warning", addr(cell.row, cell.col), { text: text(cell.text) }));
    seen.add(key);
  }

  const layoutCols = [...Object.values(layout.fields), ...layout.months.values()];
  const lastRow = Math.min(values.length - 1, layout.lastRow ?? Infinity);
  let lastUsed = layout.headerRow;
  let headingGroup = "";
  for (const r of presentRows(values, layout.headerRow + 1, lastRow)) {
    const raw = values[r];
    if (!Array.isArray(raw)) continue;
    const row: unknown[] = raw;
    const cellAt = (c: number): unknown => {
      const v = row[c];
      if (isBlank(v) && fill.size > 0) {
        const f = fill.get(`${r},${c}`);
        if (f !== undefined) return flatten(f);
      }
      return flatten(v);
    };
    const at = (f: Field): unknown => {
      const c = layout.fields[f];
      return c === undefined ? undefined : cellAt(c);
    };
    const colOf = (f: Field, fallback: number): number => layout.fields[f] ?? fallback;
    if (!row.some((v) => !isBlank(flatten(v)))) continue;
    if (layoutCols.some((c) => !isBlank(flatten(row[c])))) lastUsed = r;

    const isDate = (c: number): boolean => dates.has(`${r},${c}`);
    const numberAt = (c: number, what: string): number | null => {
      const v = flatten(row[c]);
      if (isBlank(v)) return null;
      const a = addr(r, c);
      if (typeof v === "number") {
        if (isDate(c)) {
          problems.push(problem("date-in-number", "error", a, { what }));
          return null;
        }
        if (Number.isFinite(v)) return v;
        problems.push(problem("not-finite", "error", a));
        return null;
      }
      if (typeof v === "boolean") {
        problems.push(problem("boolean-in-number", "error", a, { what, text: v ? "TRUE" : "FALSE" }));
        return null;
      }
      const t = String(v).trim();
      if (/^[-–—.]+$/.test(t)) {
        problems.push(problem("dash-as-blank", "info", a, { text: t }));
        return null;
      }
      const reading = parseNumberText(t, style);
      if (!reading) {
        problems.push(problem("text-in-number", "error", a, { what, text: t }));
        return null;
      }
      const shown = formatNumber(reading.value, decimalsOf(reading.value), style);
      if (reading.style !== style) {
        problems.push(
          problem("text-number-other-style", "warning", a, {
            text: t,
            value: shown,
            style: NUMBER_STYLE_WORDS[reading.style],
            declared: NUMBER_STYLE_WORDS[style],
          }),
        );
      } else if (reading.ambiguous) {
        const other = parseNumberText(t, style === "vi" ? "en" : "vi");
        const otherShown = other ? formatNumber(other.value, decimalsOf(other.value), style) : "?";
        problems.push(
          problem("text-number-ambiguous", "warning", a, {
            text: t,
            value: shown,
            other: otherShown,
            style: NUMBER_STYLE_WORDS[style],
          }),
        );
      } else {
        problems.push(
          problem("text-number-converted", "info", a, { text: t, value: shown, style: NUMBER_STYLE_WORDS[style] }),
        );
      }
      return reading.value;
    };

    const yearCell = at("year");
    const monthsPresent = [...layout.months.values()].some((c) => !isBlank(flatten(row[c])));
    const codeText = text(at("code"));
    const nameText = text(at("name"));
    // A heading row (only a name or a group, nothing else) sets the group of the rows below it; a
    // heading merged across the table sits in its first column, whichever field that is.
    if (isBlank(yearCell) && !monthsPresent && isBlank(at("plan")) && isBlank(at("kind")) && isBlank(at("unit"))) {
      const first = row.find((v) => typeof flatten(v) === "string" && !isBlank(flatten(v)));
      const heading = nameText || codeText || text(at("group")) || text(first);
      if (heading) headingGroup = stripRoman(heading);
      continue;
    }
    const yearCol = colOf("year", 0);
    let year: number | null = null;
    if (layout.year !== undefined && isBlank(yearCell)) {
      // No Năm column (or a blank Năm): the year the month headers name ("T1/2013") is the row's year.
      year = layout.year;
    } else if (typeof yearCell === "number" && isDate(yearCol)) {
      // A date in the Năm column shows its year in Excel (format "yyyy"): read what Excel shows, and say so.
      year = yearOfSerial(yearCell, src.date1904 === true);
      problems.push(problem("date-as-year", "warning", addr(r, yearCol), { year: year ?? "?" }));
    } else if (typeof yearCell === "number" && Number.isInteger(yearCell)) year = yearCell;
    else if (typeof yearCell === "string" && /^\s*\d{4}\s*$/.test(yearCell)) year = Number(yearCell.trim());
    if (year === null || year < 1900 || year > 2200) {
      problems.push(problem("bad-year", "error", addr(r, yearCol), { text: text(yearCell) }));
      continue;
    }
    if (layout.year !== undefined && year !== layout.year) {
      problems.push(
        problem("header-year-mismatch", "error", addr(r, yearCol), {
          year,
          headerYear: layout.year,
          code: codeText || nameText,
        }),
      );
      continue;
    }

    let code = codeText.toUpperCase().replace(/\s+/g, "");
    if (!code) {
      const n = normalizeWord(nameText);
      const known = KNOWN_INDICATORS.find((k) => normalizeWord(k.name.vi) === n || normalizeWord(k.name.en) === n);
      code = known ? known.code : slug(nameText || `ROW${or + r + 1}`);
      problems.push(
        problem("missing-code", "warning", addr(r, colOf("code", colOf("name", 0))), { name: nameText, code }),
      );
    }
    const known = knownIndicator(code);

    const kindText = text(at("kind"));
    let kind: Kind | null = kindText ? kindFromWord(kindText) : null;
    if (kindText && !kind) {
      problems.push(problem("unknown-kind", "error", addr(r, colOf("kind", 0)), { text: kindText, code }));
      continue;
    }
    if (!kind) {
      if (known) {
        kind = known.kind;
        problems.push(
          problem("kind-from-code", "info", addr(r, colOf("kind", colOf("code", 0))), { code, kind: KIND_LABEL[kind] }),
        );
      } else {
        problems.push(problem("missing-kind", "error", addr(r, colOf("kind", colOf("code", 0))), { code }));
        continue;
      }
    }

    // An index row says how its months are based, in brackets after the kind: "bình quân (gốc cố định)".
    let basis: IndexBasis | undefined;
    if (kind === "index") {
      const inBrackets = /\(([^)]*)\)/.exec(kindText)?.[1] ?? "";
      basis = indexBasisFromWord(inBrackets) ?? undefined;
      if (!basis)
        problems.push(
          problem("index-basis-missing", "warning", addr(r, colOf("kind", colOf("code", 0))), { code, year }),
        );
    }

    // A plan as written (src/core/planTarget.ts); a number typed as text is read and listed as any number is.
    // Text that cannot be read is kept as typed (`unread`) with a problem.
    const readPlan = (col: number | undefined, what: string, unread?: (t: string) => void): PlanTarget | null => {
      if (col === undefined) return null;
      let plan: PlanTarget | null = null;
      const pv = flatten(row[col]);
      if (typeof pv === "number" || typeof pv === "boolean") {
        const n = numberAt(col, what);
        plan = n === null ? null : { type: "number", value: n };
      } else if (!isBlank(pv)) {
        const t = String(pv).trim();
        const parsed = parsePlanText(t, style);
        if (parsed && parsed.type === "number") {
          const n = numberAt(col, what);
          plan = n === null ? null : { type: "number", value: n };
        } else if (parsed) plan = parsed;
        else {
          unread?.(t);
          problems.push(problem("bad-plan", "warning", addr(r, col), { text: t, code }));
        }
      }
      if (plan && plan.type === "number" && plan.value === 0) {
        problems.push(problem("zero-plan", "warning", addr(r, col), { code, year }));
        plan = null;
      }
      return plan;
    };
    let planText: string | undefined;
    const plan = readPlan(layout.fields.plan, "Kế hoạch", (t) => (planText = t));
    let localPlanText: string | undefined;
    const localPlan = readPlan(layout.fields.localPlan, "Dự toán HĐND", (t) => (localPlanText = t));

    const months: (number | null)[] = [];
    for (let m = 1; m <= 12; m++) {
      const c = layout.months.get(m);
      months.push(c === undefined ? null : numberAt(c, `T${m}`));
    }
    const ytdCol = layout.fields.ytd;
    const ytd = ytdCol === undefined ? null : numberAt(ytdCol, "Lũy kế");

    let main: boolean | undefined;
    const mainCol = layout.fields.main;
    if (mainCol !== undefined) {
      const mark = mainMark(cellAt(mainCol));
      if (mark === null) {
        problems.push(problem("bad-main", "warning", addr(r, mainCol), { code, text: text(cellAt(mainCol)) }));
        main = false;
      } else main = mark;
    }

    let status: RevisionStatus | undefined;
    const statusCol = layout.fields.status;
    if (statusCol !== undefined) {
      const t = text(cellAt(statusCol));
      const s = t ? statusFromWord(t) : null;
      if (s) status = s;
      else if (t) problems.push(problem("bad-status", "warning", addr(r, statusCol), { code, year, text: t }));
    }

    const groupText = stripRoman(text(at("group"))) || headingGroup || known?.group.vi || "";
    const codeAddr = addr(r, colOf("code", colOf("name", 0)));
    rows.push({
      ind: {
        code,
        group: groupText,
        name: nameText || known?.name.vi || code,
        unit: text(at("unit")) || known?.unit.vi || "",
        kind,
        year,
        plan,
        ...(localPlan ? { localPlan } : {}),
        months,
        ytd,
        source: { sheet: src.sheet, row: or + r + 1 },
        cells: {
          code: codeAddr,
          ...(ytdCol !== undefined ? { ytd: addr(r, ytdCol) } : {}),
          // Each month's own cell, so a problem about a blank month names it ('Dữ liệu'!L3).
          months: Array.from({ length: 12 }, (_, i) => {
            const c = layout.months.get(i + 1);
            return c === undefined ? undefined : addr(r, c);
          }),
        },
        ...(main !== undefined ? { main } : {}),
        ...(basis ? { basis } : {}),
        ...(planText !== undefined ? { planText } : {}),
        ...(localPlanText !== undefined ? { localPlanText } : {}),
      },
      codeAddr,
      unitAddr: addr(r, colOf("unit", colOf("name", 0))),
      planAddr: addr(r, colOf("plan", 0)),
      ...(status ? { status } : {}),
    });
  }

  hiddenNotices(src, layout, lastUsed, problems);
  return rows;
}

/** Hidden rows and columns inside the data (header to last row, first to last column read): read, and listed. */
function hiddenNotices(src: SourceValues, layout: Layout, lastUsed: number, problems: Problem[]): void {
  const or = src.origin?.row ?? 0;
  const oc = src.origin?.col ?? 0;
  const cols = [...Object.values(layout.fields), ...layout.months.values()];
  const c1 = Math.min(...cols) + oc;
  const c2 = Math.max(...cols) + oc;
  const r1 = layout.topRow + or;
  const r2 = lastUsed + or;
  const rows = [...new Set(src.hiddenRows ?? [])].filter((r) => r >= r1 && r <= r2).sort((a, b) => a - b);
  const hcols = [...new Set(src.hiddenCols ?? [])].filter((c) => c >= c1 && c <= c2).sort((a, b) => a - b);
  if (rows.length > 0) {
    problems.push(
      problem("hidden-rows", "info", sheetAddress(src.sheet, rows[0] ?? 0, c1), {
        sheet: src.sheet,
        rows: spans(rows.map((r) => r + 1)),
      }),
    );
  }
  if (hcols.length > 0) {
    const letters = hcols.map((c) => sheetAddress(src.sheet, r1, c).replace(/^.*!([A-Z]+)\d+$/, "$1"));
    problems.push(
      problem("hidden-cols", "info", sheetAddress(src.sheet, r1, hcols[0] ?? 0), {
        sheet: src.sheet,
        cols: letters.join(", "),
      }),
    );
  }
}
