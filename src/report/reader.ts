/**
 * The raw data reader (docs/data-layout.md): sheet values as Excel's range.values or ExcelJS give them
 * -> typed indicator rows and a list of problems, each with its sheet-qualified cell address.
 * Pure; never throws on bad data.
 */
import { formatNumber } from "../core/format";
import { parseNumberText, type NumberStyle } from "../core/numberText";
import { kindFromWord, knownIndicator, KNOWN_INDICATORS, KIND_WORDS, normalizeWord, unitFactor } from "../core/words";
import type { Kind } from "../core/types";
import { sheetAddress } from "./address";
import { parsePlanText } from "./plan";
import { problem } from "./problems";
import type { Dataset, IndicatorYear, PlanTarget, Problem } from "./types";

export interface SourceValues {
  sheet: string;
  values: unknown[][];
  /** 0-based sheet row/col of values[0][0]; default 0, 0. */
  origin?: { row: number; col: number };
}

export interface ReadOptions {
  /** How text numbers are read: "vi" 21.000,5 (default) or "en" 21,000.5. */
  numberStyle?: NumberStyle;
}

type Field = "code" | "group" | "name" | "unit" | "kind" | "year" | "plan" | "ytd" | "main";

/** Rows searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

const FIELD_WORDS: Record<Field, string[]> = {
  code: ["ma", "ma chi tieu", "ma so", "code", "id", "indicator code"],
  group: ["nhom", "nhom chi tieu", "group", "linh vuc", "nganh", "section"],
  name: ["chi tieu", "ten chi tieu", "indicator", "name", "noi dung", "indicator name"],
  unit: ["dvt", "d v t", "don vi tinh", "don vi", "unit", "units"],
  kind: ["loai", "loai chi tieu", "kind", "type", "cach tinh"],
  year: ["nam", "year"],
  plan: ["ke hoach", "kh", "plan", "du toan", "ke hoach du toan", "kh du toan", "target", "ke hoach nam", "kh nam"],
  ytd: ["luy ke", "ytd", "year to date", "luy ke tu dau nam", "luy ke cong bo"],
  main: ["chinh", "main", "chi tieu chinh", "main indicator", "trong tam"],
};

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

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_FULL = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

type HeaderMeaning = { field: Field } | { month: number } | { badMonth: number } | null;

/** What a header cell names: a field, a month 1..12, a month outside 1..12, or nothing. */
export function headerMeaning(cell: unknown): HeaderMeaning {
  if (typeof cell !== "string") return null;
  const h = normalizeWord(cell.replace(/\(.*?\)|\[.*?\]/g, " "))
    .replace(/[.,:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (h === "") return null;
  for (const f of Object.keys(FIELD_WORDS) as Field[]) if (FIELD_WORDS[f].includes(h)) return { field: f };
  const m = /^(?:t|thang|th|m|month)\s*0*(\d{1,3})$/.exec(h);
  if (m && m[1] !== undefined) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? { month: n } : { badMonth: n };
  }
  const named = MONTH_NAMES.indexOf(h) >= 0 ? MONTH_NAMES.indexOf(h) : MONTH_FULL.indexOf(h);
  if (named >= 0) return { month: named + 1 };
  return null;
}

interface Layout {
  headerRow: number;
  fields: Partial<Record<Field, number>>;
  months: Map<number, number>; // month -> column
}

function findLayout(values: unknown[][]): Layout | null {
  let best: Layout | null = null;
  let bestScore = 0;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const fields: Partial<Record<Field, number>> = {};
    const months = new Map<number, number>();
    for (let c = 0; c < row.length; c++) {
      const m = headerMeaning(row[c]);
      if (!m) continue;
      if ("field" in m && fields[m.field] === undefined) fields[m.field] = c;
      if ("month" in m && !months.has(m.month)) months.set(m.month, c);
    }
    const ok =
      fields.year !== undefined &&
      (fields.code !== undefined || fields.name !== undefined) &&
      (months.size > 0 || fields.plan !== undefined);
    const score = Object.keys(fields).length + months.size;
    if (ok && score > bestScore) {
      best = { headerRow: r, fields, months };
      bestScore = score;
    }
  }
  return best;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** ExcelJS hands formula cells as { result }, rich text as { richText }, hyperlinks as { text }. */
function flatten(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if ("result" in o) return flatten(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((t) => (t as { text?: unknown }).text ?? "").join("");
    if ("text" in o) return flatten(o.text);
    if ("error" in o) return String(o.error);
    return "";
  }
  return v;
}

function text(v: unknown): string {
  const f = flatten(v);
  if (f === null || f === undefined) return "";
  return typeof f === "string" ? f.trim() : String(f);
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

const KIND_LABEL: Record<Kind, string> = {
  flow: KIND_WORDS.flow.vi,
  index: KIND_WORDS.index.vi,
  level: KIND_WORDS.level.vi,
};

/**
 * Read the raw data sheets. Blank months are missing (null), text numbers are read by `numberStyle`
 * (default "vi") and listed, and every doubtful cell becomes a problem with its address.
 */
export function readDataset(sources: SourceValues[], opts: ReadOptions = {}): Dataset {
  const style: NumberStyle = opts.numberStyle ?? "vi";
  const problems: Problem[] = [];
  const rows: { ind: IndicatorYear; codeAddr: string; unitAddr: string; planAddr: string }[] = [];

  for (const src of sources) {
    const values = Array.isArray(src.values) ? src.values : [];
    const or = src.origin?.row ?? 0;
    const oc = src.origin?.col ?? 0;
    const addr = (r: number, c: number): string => sheetAddress(src.sheet, or + r, oc + c);
    const layout = findLayout(values);
    if (!layout) {
      if (values.some((row) => Array.isArray(row) && row.some((v) => !isBlank(flatten(v))))) {
        problems.push(problem("no-header", "error", addr(0, 0), { rows: HEADER_SEARCH_ROWS, sheet: src.sheet }));
      }
      continue;
    }
    const header = values[layout.headerRow] ?? [];
    const seen = new Set<string>();
    for (let c = 0; c < header.length; c++) {
      const m = headerMeaning(header[c]);
      if (!m) continue;
      if ("badMonth" in m) {
        problems.push(
          problem("month-header-range", "warning", addr(layout.headerRow, c), {
            text: text(header[c]),
            month: m.badMonth,
          }),
        );
        continue;
      }
      const key = "field" in m ? m.field : `m${m.month}`;
      if (seen.has(key))
        problems.push(problem("duplicate-header", "warning", addr(layout.headerRow, c), { text: text(header[c]) }));
      seen.add(key);
    }

    let headingGroup = "";
    for (let r = layout.headerRow + 1; r < values.length; r++) {
      const row = Array.isArray(values[r]) ? (values[r] as unknown[]) : [];
      const at = (f: Field): unknown => {
        const c = layout.fields[f];
        return c === undefined ? undefined : flatten(row[c]);
      };
      const colOf = (f: Field, fallback: number): number => layout.fields[f] ?? fallback;
      if (row.every((v) => isBlank(flatten(v)))) continue;

      const numberAt = (c: number, what: string): number | null => {
        const v = flatten(row[c]);
        if (isBlank(v)) return null;
        const a = addr(r, c);
        if (typeof v === "number") {
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
              style: reading.style,
              declared: style,
            }),
          );
        } else if (reading.ambiguous) {
          const other = parseNumberText(t, style === "vi" ? "en" : "vi");
          const otherShown = other ? formatNumber(other.value, decimalsOf(other.value), style) : "?";
          problems.push(
            problem("text-number-ambiguous", "warning", a, { text: t, value: shown, other: otherShown, style }),
          );
        } else {
          problems.push(problem("text-number-converted", "info", a, { text: t, value: shown, style }));
        }
        return reading.value;
      };

      const yearCell = at("year");
      const monthsPresent = [...layout.months.values()].some((c) => !isBlank(flatten(row[c])));
      const codeText = text(at("code"));
      const nameText = text(at("name"));
      // A heading row (only a name or a group, nothing else) sets the group of the rows below it.
      if (isBlank(yearCell) && !monthsPresent && isBlank(at("plan")) && isBlank(at("kind")) && isBlank(at("unit"))) {
        const heading = nameText || codeText || text(at("group"));
        if (heading) headingGroup = stripRoman(heading);
        continue;
      }
      let year: number | null = null;
      if (typeof yearCell === "number" && Number.isInteger(yearCell)) year = yearCell;
      else if (typeof yearCell === "string" && /^\s*\d{4}\s*$/.test(yearCell)) year = Number(yearCell.trim());
      if (year === null || year < 1900 || year > 2200) {
        problems.push(problem("bad-year", "error", addr(r, colOf("year", 0)), { text: text(yearCell) }));
        continue;
      }

      let code = codeText.toUpperCase().replace(/\s+/g, "");
      if (!code) {
        const n = normalizeWord(nameText);
        const known = KNOWN_INDICATORS.find((k) => normalizeWord(k.name.vi) === n || normalizeWord(k.name.en) === n);
        code = known ? known.code : slug(nameText || `ROW${r + 1}`);
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
            problem("kind-from-code", "info", addr(r, colOf("kind", colOf("code", 0))), {
              code,
              kind: KIND_LABEL[kind],
            }),
          );
        } else {
          problems.push(problem("missing-kind", "error", addr(r, colOf("kind", colOf("code", 0))), { code }));
          continue;
        }
      }

      let plan: PlanTarget | null = null;
      const planCol = layout.fields.plan;
      if (planCol !== undefined) {
        const pv = flatten(row[planCol]);
        if (typeof pv === "number" || typeof pv === "boolean") {
          const n = numberAt(planCol, "Kế hoạch");
          plan = n === null ? null : { type: "number", value: n };
        } else if (!isBlank(pv)) {
          const t = String(pv).trim();
          const parsed = parsePlanText(t, style);
          if (parsed && parsed.type === "number") {
            const n = numberAt(planCol, "Kế hoạch");
            plan = n === null ? null : { type: "number", value: n };
          } else if (parsed) plan = parsed;
          else problems.push(problem("bad-plan", "warning", addr(r, planCol), { text: t, code }));
        }
        if (plan && plan.type === "number" && plan.value === 0) {
          problems.push(problem("zero-plan", "warning", addr(r, planCol), { code, year }));
          plan = null;
        }
      }

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
        const mark = mainMark(flatten(row[mainCol]));
        if (mark === null) {
          problems.push(problem("bad-main", "warning", addr(r, mainCol), { code, text: text(row[mainCol]) }));
          main = false;
        } else main = mark;
      }

      const groupText = stripRoman(text(at("group"))) || headingGroup || known?.group.vi || "";
      const ind: IndicatorYear = {
        code,
        group: groupText,
        name: nameText || known?.name.vi || code,
        unit: text(at("unit")) || known?.unit.vi || "",
        kind,
        year,
        plan,
        months,
        ytd,
        source: { sheet: src.sheet, row: or + r + 1 },
        cells: {
          code: addr(r, colOf("code", colOf("name", 0))),
          ...(ytdCol !== undefined ? { ytd: addr(r, ytdCol) } : {}),
          // Each month's own cell, so a problem about a blank month names it ('Dữ liệu'!L3).
          months: Array.from({ length: 12 }, (_, i) => {
            const c = layout.months.get(i + 1);
            return c === undefined ? undefined : addr(r, c);
          }),
        },
        ...(main !== undefined ? { main } : {}),
      };
      rows.push({
        ind,
        codeAddr: addr(r, colOf("code", colOf("name", 0))),
        unitAddr: addr(r, colOf("unit", colOf("name", 0))),
        planAddr: addr(r, colOf("plan", 0)),
      });
    }
  }

  // Duplicated rows: the first one stands.
  const first = new Map<string, IndicatorYear>();
  const kept: typeof rows = [];
  for (const row of rows) {
    const key = `${row.ind.code}\u0000${row.ind.year}`;
    const prior = first.get(key);
    if (prior) {
      problems.push(
        problem("duplicate-row", "error", row.codeAddr, {
          code: row.ind.code,
          year: row.ind.year,
          first: prior.source.row,
        }),
      );
      continue;
    }
    first.set(key, row.ind);
    kept.push(row);
  }

  // Units between the years of one code: the latest year's unit stands; known units are converted.
  const byCode = new Map<string, typeof rows>();
  for (const row of kept) byCode.set(row.ind.code, [...(byCode.get(row.ind.code) ?? []), row]);
  for (const list of byCode.values()) {
    const ref = list.reduce((a, b) => (b.ind.year > a.ind.year ? b : a));
    for (const row of list) {
      const { ind } = row;
      if (normalizeWord(ind.unit) === normalizeWord(ref.ind.unit)) continue;
      const factor = unitFactor(ind.unit, ref.ind.unit);
      const params = { code: ind.code, year: ind.year, unit: ind.unit, expected: ref.ind.unit, refYear: ref.ind.year };
      if (factor === null || !ind.unit || !ref.ind.unit) {
        problems.push(problem("unit-mismatch", "warning", row.unitAddr, params));
        continue;
      }
      const scale = (x: number): number => x * factor;
      ind.months = ind.months.map((v) => (v === null ? null : scale(v)));
      if (ind.ytd !== null) ind.ytd = scale(ind.ytd);
      if (ind.plan) ind.plan = scalePlan(ind.plan, scale);
      problems.push(problem("unit-converted", "info", row.unitAddr, { ...params, factor: String(factor) }));
      ind.unit = ref.ind.unit;
    }
  }

  return { indicators: kept.map((k) => k.ind), problems };
}

function scalePlan(p: PlanTarget, f: (x: number) => number): PlanTarget {
  switch (p.type) {
    case "range":
      return { type: "range", low: f(p.low), high: f(p.high) };
    case "growth":
      return p;
    default:
      return { type: p.type, value: f(p.value) };
  }
}

function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
}
