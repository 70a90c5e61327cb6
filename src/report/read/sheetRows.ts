/**
 * One data sheet's rows -> indicator rows and problems, once its header is found. Merged cells of
 * code, group, name, unit, kind (and Chính) merged down over an indicator's year rows are filled down
 * from the merge's top-left — only within a merge, never guessed from a blank. A cell that shows a
 * date where a number belongs is a problem, never a figure. Hidden rows and columns are read and listed.
 */
import type { NumberStyle } from "../../core/numberText";
import { indexBasisFromName } from "../../core/indexBasis";
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
import { isPercentUnit, readPercents } from "./percentRead";
import { cellKeys, RowCells, type SheetContext } from "./rowCells";
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
  /** A month or the Lũy kế sat in a percent-formatted cell (read as Excel shows it; src/report/read/percentRead.ts). */
  percent?: boolean;
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
  const s: SheetContext = {
    src,
    layout,
    style,
    problems,
    or: src.origin?.row ?? 0,
    oc: src.origin?.col ?? 0,
    dates: cellKeys(src, src.dateCells),
    percents: cellKeys(src, src.percentCells),
    fill: mergeFill(src, layout),
  };
  headerProblems(s);
  const values = src.values;
  const layoutCols = [...Object.values(layout.fields), ...layout.months.values()];
  const lastRow = Math.min(values.length - 1, layout.lastRow ?? Infinity);
  const rows: RowRead[] = [];
  let lastUsed = layout.headerRow;
  let headingGroup = "";
  for (const r of presentRows(values, layout.headerRow + 1, lastRow)) {
    const raw = values[r];
    if (!Array.isArray(raw)) continue;
    const row: unknown[] = raw;
    if (!row.some((v) => !isBlank(flatten(v)))) continue;
    if (layoutCols.some((c) => !isBlank(flatten(row[c])))) lastUsed = r;
    const cells = new RowCells(s, r, row);
    const heading = headingOf(cells);
    if (heading !== null) {
      if (heading) headingGroup = stripRoman(heading);
      continue;
    }
    const read = readRow(cells, headingGroup);
    if (read) rows.push(read);
  }
  hiddenNotices(src, layout, lastUsed, problems);
  return rows;
}

/** Month headers outside 1–12 and headers named twice. */
function headerProblems(s: SheetContext): void {
  const addr = (r: number, c: number): string => sheetAddress(s.src.sheet, s.or + r, s.oc + c);
  const seen = new Set<string>();
  for (const cell of s.layout.cells) {
    const m = cell.meaning;
    if ("badMonth" in m) {
      s.problems.push(
        problem("month-header-range", "warning", addr(cell.row, cell.col), {
          text: text(cell.text),
          month: m.badMonth,
        }),
      );
      continue;
    }
    const key = "field" in m ? m.field : `m${m.month}`;
    if (seen.has(key))
      s.problems.push(problem("duplicate-header", "warning", addr(cell.row, cell.col), { text: text(cell.text) }));
    seen.add(key);
  }
}

/**
 * A heading row (only a name or a group, nothing else) sets the group of the rows below it: its text ("" when
 * none); null for an indicator row. A heading merged across the table sits in its first column, whichever
 * field that is.
 */
function headingOf(cells: RowCells): string | null {
  const monthsPresent = [...cells.s.layout.months.values()].some((c) => !isBlank(flatten(cells.row[c])));
  const blank = (f: Field): boolean => isBlank(cells.at(f));
  if (!blank("year") || monthsPresent || !blank("plan") || !blank("kind") || !blank("unit")) return null;
  const first = cells.row.find((v) => typeof flatten(v) === "string" && !isBlank(flatten(v)));
  return text(cells.at("name")) || text(cells.at("code")) || text(cells.at("group")) || text(first);
}

/** One indicator row, or null when it cannot be read (a bad year, an unknown kind: each a problem). */
function readRow(cells: RowCells, headingGroup: string): RowRead | null {
  const codeText = text(cells.at("code"));
  const nameText = text(cells.at("name"));
  const year = rowYear(cells, codeText || nameText);
  if (year === null) return null;
  const { code, known } = rowCode(cells, codeText, nameText);
  const kindText = text(cells.at("kind"));
  const kind = rowKind(cells, kindText, code, known);
  if (!kind) return null;
  const basis = kind === "index" ? rowBasis(cells, kindText, nameText, code, year) : undefined;
  const plans = rowPlans(cells, code, year, isPercentUnit(text(cells.at("unit")) || known?.unit.vi || ""));
  const { months, ytd } = rowFigures(cells);
  const main = rowMain(cells, code);
  const status = rowStatus(cells, code, year);
  const layout = cells.s.layout;
  const ytdCol = layout.fields.ytd;
  const codeAddr = cells.addr(cells.colOf("code", cells.colOf("name", 0)));
  const monthCells = Array.from({ length: 12 }, (_, i) => {
    const c = layout.months.get(i + 1);
    return c === undefined ? undefined : cells.addr(c);
  });
  const ind: IndicatorYear = {
    code,
    group: stripRoman(text(cells.at("group"))) || headingGroup || known?.group.vi || "",
    name: nameText || known?.name.vi || code,
    unit: text(cells.at("unit")) || known?.unit.vi || "",
    kind,
    year,
    ...plans,
    months,
    ytd,
    source: { sheet: cells.s.src.sheet, row: cells.s.or + cells.r + 1 },
    // Each month's own cell, so a problem about a blank month names it ('Dữ liệu'!L3).
    cells: { code: codeAddr, ...(ytdCol !== undefined ? { ytd: cells.addr(ytdCol) } : {}), months: monthCells },
    ...(main !== undefined ? { main } : {}),
    ...(basis ? { basis } : {}),
  };
  const planAddr = cells.addr(cells.colOf("plan", 0));
  const percent = readPercents(ind, percentCells(cells, monthCells, planAddr), cells.s.style, cells.s.problems);
  const unitAddr = cells.addr(cells.colOf("unit", cells.colOf("name", 0)));
  return { ind, codeAddr, unitAddr, planAddr, ...(status ? { status } : {}), ...(percent ? { percent } : {}) };
}

/** Which of the row's figures sit in percent-formatted cells. */
function percentCells(cells: RowCells, monthCells: (string | undefined)[], planCell: string) {
  const { fields, months } = cells.s.layout;
  return {
    months: Array.from({ length: 12 }, (_, i) => cells.isPercent(months.get(i + 1))),
    ytd: cells.isPercent(fields.ytd),
    plan: cells.isPercent(fields.plan),
    monthCells,
    ...(fields.ytd !== undefined ? { ytdCell: cells.addr(fields.ytd) } : {}),
    planCell,
  };
}

/** The row's year: Năm, or the year the month headers name; null (a problem) when unreadable or not the headers'. */
function rowYear(cells: RowCells, who: string): number | null {
  const { layout, src } = cells.s;
  const yearCell = cells.at("year");
  const yearCol = cells.colOf("year", 0);
  let year: number | null = null;
  if (layout.year !== undefined && isBlank(yearCell)) {
    // No Năm column (or a blank Năm): the year the month headers name ("T1/2013") is the row's year.
    year = layout.year;
  } else if (typeof yearCell === "number" && cells.isDate(yearCol)) {
    // A date in the Năm column shows its year in Excel (format "yyyy"): read what Excel shows, and say so.
    year = yearOfSerial(yearCell, src.date1904 === true);
    cells.push(problem("date-as-year", "warning", cells.addr(yearCol), { year: year ?? "?" }));
  } else if (typeof yearCell === "number" && Number.isInteger(yearCell)) year = yearCell;
  else if (typeof yearCell === "string" && /^\s*\d{4}\s*$/.test(yearCell)) year = Number(yearCell.trim());
  if (year === null || year < 1900 || year > 2200) {
    cells.push(problem("bad-year", "error", cells.addr(yearCol), { text: text(yearCell) }));
    return null;
  }
  if (layout.year !== undefined && year !== layout.year) {
    cells.push(
      problem("header-year-mismatch", "error", cells.addr(yearCol), { year, headerYear: layout.year, code: who }),
    );
    return null;
  }
  return year;
}

/** The row's code: Mã, else a known indicator's by its name, else one made from the name (a warning). */
function rowCode(cells: RowCells, codeText: string, nameText: string) {
  let code = codeText.toUpperCase().replace(/\s+/g, "");
  if (!code) {
    const n = normalizeWord(nameText);
    const byName = KNOWN_INDICATORS.find((k) => normalizeWord(k.name.vi) === n || normalizeWord(k.name.en) === n);
    code = byName ? byName.code : slug(nameText || `ROW${cells.s.or + cells.r + 1}`);
    cells.push(
      problem("missing-code", "warning", cells.addr(cells.colOf("code", cells.colOf("name", 0))), {
        name: nameText,
        code,
      }),
    );
  }
  return { code, known: knownIndicator(code) };
}

/** The row's kind: the Loại word, else a known code's kind (noted); null (an error) when neither says. */
function rowKind(
  cells: RowCells,
  kindText: string,
  code: string,
  known: ReturnType<typeof knownIndicator>,
): Kind | null {
  const at = cells.addr(cells.colOf("kind", cells.colOf("code", 0)));
  const kind = kindText ? kindFromWord(kindText) : null;
  if (kindText && !kind) {
    cells.push(problem("unknown-kind", "error", cells.addr(cells.colOf("kind", 0)), { text: kindText, code }));
    return null;
  }
  if (kind) return kind;
  if (!known) {
    cells.push(problem("missing-kind", "error", at, { code }));
    return null;
  }
  cells.push(problem("kind-from-code", "info", at, { code, kind: KIND_LABEL[known.kind] }));
  return known.kind;
}

/**
 * An index row's basis, in brackets after the kind ("bình quân (gốc cố định)"); else as its name says it
 * ("CPI (so với cùng kỳ)": the same month of last year, noted); else undefined, read as a fixed base (a warning).
 */
function rowBasis(cells: RowCells, kindText: string, name: string, code: string, year: number): IndexBasis | undefined {
  const at = cells.addr(cells.colOf("kind", cells.colOf("code", 0)));
  const inBrackets = /\(([^)]*)\)/.exec(kindText)?.[1] ?? "";
  const basis = indexBasisFromWord(inBrackets);
  if (basis) return basis;
  const byName = indexBasisFromName(name);
  if (byName) {
    cells.push(problem("index-basis-from-name", "info", at, { code, year, words: byName.words }));
    return byName.basis;
  }
  cells.push(problem("index-basis-missing", "warning", at, { code, year }));
  return undefined;
}

/**
 * The row's plans as written (src/core/planTarget.ts): Kế hoạch and Dự toán HĐND, with the text of one that
 * cannot be read. A plan column whose header names another year than the row's holds no plan of this row.
 * `rate`: the indicator is a rate in %, whose plan "98%" is the rate itself, not a growth.
 */
function rowPlans(cells: RowCells, code: string, year: number, rate: boolean) {
  const { fields, planYear } = cells.s.layout;
  let planText: string | undefined;
  let localPlanText: string | undefined;
  let plan: PlanTarget | null = null;
  const planCol = fields.plan;
  if (planYear !== undefined && planYear !== year && planCol !== undefined) {
    if (!isBlank(flatten(cells.row[planCol])))
      cells.push(problem("plan-header-year", "warning", cells.addr(planCol), { headerYear: planYear, code, year }));
  } else plan = readPlan(cells, planCol, "Kế hoạch", { code, year, rate }, (t) => (planText = t));
  const localPlan = readPlan(cells, fields.localPlan, "Dự toán HĐND", { code, year, rate }, (t) => (localPlanText = t));
  return {
    plan,
    ...(localPlan ? { localPlan } : {}),
    ...(planText !== undefined ? { planText } : {}),
    ...(localPlanText !== undefined ? { localPlanText } : {}),
  };
}

/**
 * A plan cell as written; a number typed as text is read and listed as any number is; unreadable text is kept.
 * A bare "14%" typed as text is a growth plan unless the indicator is a rate (src/core/planTarget.ts).
 */
function readPlan(
  cells: RowCells,
  col: number | undefined,
  what: string,
  row: { code: string; year: number; rate: boolean },
  unread: (t: string) => void,
): PlanTarget | null {
  const { code, year } = row;
  if (col === undefined) return null;
  let plan: PlanTarget | null = null;
  const pv = flatten(cells.row[col]);
  if (typeof pv === "number" || typeof pv === "boolean") {
    const n = cells.number(col, what);
    plan = n === null ? null : { type: "number", value: n };
  } else if (!isBlank(pv)) {
    const t = String(pv).trim();
    const parsed = parsePlanText(t, cells.s.style, row.rate);
    if (parsed && parsed.type === "number") {
      const n = cells.number(col, what);
      plan = n === null ? null : { type: "number", value: n };
    } else if (parsed) plan = parsed;
    else {
      unread(t);
      cells.push(problem("bad-plan", "warning", cells.addr(col), { text: t, code }));
    }
  }
  if (plan && plan.type === "number" && plan.value === 0) {
    cells.push(problem("zero-plan", "warning", cells.addr(col), { code, year }));
    plan = null;
  }
  return plan;
}

/** T1..T12 and Lũy kế as numbers (null: missing). */
function rowFigures(cells: RowCells): { months: (number | null)[]; ytd: number | null } {
  const layout = cells.s.layout;
  const months: (number | null)[] = [];
  for (let m = 1; m <= 12; m++) {
    const c = layout.months.get(m);
    months.push(c === undefined ? null : cells.number(c, `T${m}`));
  }
  const ytdCol = layout.fields.ytd;
  return { months, ytd: ytdCol === undefined ? null : cells.number(ytdCol, "Lũy kế") };
}

/** The Chính / Main mark; an unreadable mark is "not main" with a warning. */
function rowMain(cells: RowCells, code: string): boolean | undefined {
  const mainCol = cells.s.layout.fields.main;
  if (mainCol === undefined) return undefined;
  const mark = mainMark(cells.cellAt(mainCol));
  if (mark !== null) return mark;
  cells.push(problem("bad-main", "warning", cells.addr(mainCol), { code, text: text(cells.cellAt(mainCol)) }));
  return false;
}

/** Loại số liệu: the row's revision status; unreadable text is unmarked with a warning. */
function rowStatus(cells: RowCells, code: string, year: number): RevisionStatus | undefined {
  const statusCol = cells.s.layout.fields.status;
  if (statusCol === undefined) return undefined;
  const t = text(cells.cellAt(statusCol));
  const s = t ? statusFromWord(t) : null;
  if (s) return s;
  if (t) cells.push(problem("bad-status", "warning", cells.addr(statusCol), { code, year, text: t }));
  return undefined;
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
