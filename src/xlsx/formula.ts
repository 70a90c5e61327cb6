/**
 * A small formula language of our own, for the formulas export tools (XlsxWriter, pandas, openpyxl)
 * save without a trustworthy result: numbers, + − * / ^, unary minus and plus, %, parentheses, cell
 * references on the same sheet or another ('Sheet name'!A1, $-anchored or not), ranges (A1:B3,
 * 'Sheet'!A1:B3), and SUM, AVERAGE, MIN and MAX. Anything else does not parse (null): the reader leaves
 * such a cell blank and names it. Parsing and evaluating are split so the reader can order the cells
 * (a formula is computed after the cells it reads) and find cycles (formulaCells.ts).
 */

/** A reference to a rectangle of cells, 0-based; `sheet` undefined means the formula's own sheet. */
export interface RefNode {
  kind: "ref";
  sheet?: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** A1:B2 (a range) rather than A1 (one cell): SUM treats text differently in the two. */
  range: boolean;
}

export type FormulaNode =
  | { kind: "num"; value: number }
  | RefNode
  | { kind: "neg"; arg: FormulaNode }
  | { kind: "pct"; arg: FormulaNode }
  | { kind: "bin"; op: "+" | "-" | "*" | "/" | "^"; left: FormulaNode; right: FormulaNode }
  | { kind: "call"; name: FunctionName; args: FormulaNode[] };

export const FUNCTIONS = ["SUM", "AVERAGE", "MIN", "MAX"] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

type Token =
  | { t: "num"; v: number }
  | { t: "ref"; sheet?: string; a: string; b?: string }
  | { t: "fn"; name: string }
  | { t: "op"; v: string };

const CELL = "\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}";
const SHEET = "(?:'(?<qs>(?:[^']|'')+)'|(?<us>[A-Za-z_\\u00C0-\\uFFFF][A-Za-z0-9_.\\u00C0-\\uFFFF]*))!";
const TOKEN = new RegExp(
  [
    `(?<num>(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(?![A-Za-z0-9_.(:!])`,
    `(?<ref>(?:${SHEET})?(?<a>${CELL})(?::(?<b>${CELL}))?)(?![A-Za-z0-9_.(!])`,
    `(?<fn>(?:_xlfn\\.)?[A-Za-z][A-Za-z0-9.]*)\\s*\\(`,
    `(?<op>[-+*/^%(),])`,
    `(?<space>\\s+)`,
  ].join("|"),
  "y",
);

/** The formula's tokens, or null when something in it is outside the language. */
function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m || !m.groups) return null;
    at = TOKEN.lastIndex;
    const g = m.groups;
    if (g.num !== undefined) out.push({ t: "num", v: Number(g.num) });
    else if (g.ref !== undefined) {
      const sheet = g.qs === undefined ? g.us : g.qs.replace(/''/g, "'");
      out.push({ t: "ref", sheet, a: g.a!, b: g.b });
    } else if (g.fn !== undefined) {
      out.push({ t: "fn", name: g.fn.replace(/^_xlfn\./i, "").toUpperCase() }, { t: "op", v: "(" });
    } else if (g.op !== undefined) out.push({ t: "op", v: g.op });
  }
  return out;
}

/** "$B$12" -> { row: 11, col: 1 }. */
export function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (row < 1 || row > 1048576 || col > 16384) return null;
  return { row: row - 1, col: col - 1 };
}

/** Recursive descent over the tokens (Excel's precedence: % then ^ then unary −, * /, + −). */
class Parser {
  i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(v: string): boolean {
    const t = this.tokens[this.i];
    return t?.t === "op" && t.v === v;
  }

  take(v: string): boolean {
    if (!this.peek(v)) return false;
    this.i++;
    return true;
  }

  sum(): FormulaNode | null {
    let left = this.product();
    while (left && (this.peek("+") || this.peek("-"))) {
      const op = (this.tokens[this.i++] as { v: "+" | "-" }).v;
      const right = this.product();
      left = right ? { kind: "bin", op, left, right } : null;
    }
    return left;
  }

  product(): FormulaNode | null {
    let left = this.unary();
    while (left && (this.peek("*") || this.peek("/"))) {
      const op = (this.tokens[this.i++] as { v: "*" | "/" }).v;
      const right = this.unary();
      left = right ? { kind: "bin", op, left, right } : null;
    }
    return left;
  }

  unary(): FormulaNode | null {
    if (this.take("-")) {
      const arg = this.unary();
      return arg ? { kind: "neg", arg } : null;
    }
    if (this.take("+")) return this.unary();
    return this.power();
  }

  power(): FormulaNode | null {
    let left = this.percent();
    while (left && this.take("^")) {
      // Excel binds a minus sign tighter than ^: 2^-1 is 0.5, -2^2 is 4.
      const right = this.peek("-") || this.peek("+") ? this.unary() : this.percent();
      left = right ? { kind: "bin", op: "^", left, right } : null;
    }
    return left;
  }

  percent(): FormulaNode | null {
    let node = this.primary();
    while (node && this.take("%")) node = { kind: "pct", arg: node };
    return node;
  }

  primary(): FormulaNode | null {
    const t = this.tokens[this.i++];
    if (!t) return null;
    if (t.t === "num") return { kind: "num", value: t.v };
    if (t.t === "ref") return refNode(t);
    if (t.t === "fn") return this.call(t.name);
    if (t.t === "op" && t.v === "(") {
      const inner = this.sum();
      return inner && this.take(")") ? inner : null;
    }
    return null;
  }

  call(name: string): FormulaNode | null {
    if (!(FUNCTIONS as readonly string[]).includes(name) || !this.take("(")) return null;
    const args: FormulaNode[] = [];
    if (!this.take(")")) {
      do {
        const arg = this.sum();
        if (!arg) return null;
        args.push(arg);
      } while (this.take(","));
      if (!this.take(")")) return null;
    }
    return args.length ? { kind: "call", name: name as FunctionName, args } : null;
  }
}

function refNode(t: Extract<Token, { t: "ref" }>): RefNode | null {
  const a = cellOf(t.a);
  const b = t.b ? cellOf(t.b) : a;
  if (!a || !b) return null;
  return {
    kind: "ref",
    ...(t.sheet !== undefined ? { sheet: t.sheet } : {}),
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.col, b.col),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.col, b.col),
    range: t.b !== undefined,
  };
}

/** The formula as a tree (a leading "=" allowed), or null when it is outside the language. */
export function parseFormula(text: string): FormulaNode | null {
  const tokens = tokenize(text.replace(/^\s*=/, ""));
  if (!tokens || tokens.length === 0) return null;
  const p = new Parser(tokens);
  const node = p.sum();
  return node && p.i === tokens.length ? node : null;
}

/** Every reference a formula reads. */
export function refsOf(node: FormulaNode, out: RefNode[] = []): RefNode[] {
  switch (node.kind) {
    case "ref":
      out.push(node);
      break;
    case "neg":
    case "pct":
      refsOf(node.arg, out);
      break;
    case "bin":
      refsOf(node.left, out);
      refsOf(node.right, out);
      break;
    case "call":
      for (const a of node.args) refsOf(a, out);
      break;
    default:
      break;
  }
  return out;
}

/** Excel's error values, as a cell holding one shows it. */
export const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;

export function isErrorText(v: unknown): v is string {
  return typeof v === "string" && (ERRORS as readonly string[]).includes(v);
}

/** What a formula computes: a number or an error as Excel shows it ("#DIV/0!"). */
export type Result = number | string;

/** Cells as the formula sees them: one cell's value (undefined when blank), and a rectangle's cells. */
export interface CellSource {
  cell(sheet: string | undefined, row: number, col: number): unknown;
  /** Every non-blank value inside the rectangle, row by row. */
  each(ref: RefNode, visit: (v: unknown) => void): void;
}

/** A value used in arithmetic: blank is 0, TRUE is 1, text that is a number is that number. */
function operand(v: unknown): Result {
  if (v === undefined || v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErrorText(v)) return v;
  if (typeof v === "string") {
    const n = Number(v.trim());
    return v.trim() !== "" && Number.isFinite(n) ? n : "#VALUE!";
  }
  return "#VALUE!";
}

function arithmetic(op: "+" | "-" | "*" | "/" | "^", a: number, b: number): Result {
  let r: number;
  if (op === "+") r = a + b;
  else if (op === "-") r = a - b;
  else if (op === "*") r = a * b;
  else if (op === "/") {
    if (b === 0) return "#DIV/0!";
    r = a / b;
  } else {
    if (a === 0 && b === 0) return "#NUM!";
    r = Math.pow(a, b);
  }
  return Number.isFinite(r) ? r : "#NUM!";
}

/** The numbers a function argument gives: in a range or a reference only numbers count. */
function numbersOf(arg: FormulaNode, src: CellSource, evalNode: (n: FormulaNode) => Result): number[] | string {
  const out: number[] = [];
  if (arg.kind !== "ref") {
    const v = evalNode(arg);
    return typeof v === "number" ? [v] : v;
  }
  let error: string | null = null;
  src.each(arg, (v) => {
    if (typeof v === "number") out.push(v);
    else if (error === null && isErrorText(v)) error = v;
  });
  return error ?? out;
}

function callOf(name: FunctionName, args: FormulaNode[], src: CellSource, ev: (n: FormulaNode) => Result): Result {
  const xs: number[] = [];
  for (const a of args) {
    const got = numbersOf(a, src, ev);
    if (typeof got === "string") return got;
    for (const x of got) xs.push(x);
  }
  if (name === "SUM") {
    let s = 0;
    for (const x of xs) s += x;
    return Number.isFinite(s) ? s : "#NUM!";
  }
  if (name === "AVERAGE") {
    if (xs.length === 0) return "#DIV/0!";
    let s = 0;
    for (const x of xs) s += x;
    return Number.isFinite(s) ? s / xs.length : "#NUM!";
  }
  if (xs.length === 0) return 0;
  let m = xs[0]!;
  for (const x of xs) m = name === "MIN" ? Math.min(m, x) : Math.max(m, x);
  return m;
}

/** Evaluate a parsed formula against the cells it reads. */
export function evaluate(node: FormulaNode, src: CellSource): Result {
  const ev = (n: FormulaNode): Result => evaluate(n, src);
  switch (node.kind) {
    case "num":
      return node.value;
    case "ref":
      // A range outside a function: Excel's implicit intersection; we only read a single cell.
      return node.range && (node.r1 !== node.r2 || node.c1 !== node.c2)
        ? "#VALUE!"
        : operand(src.cell(node.sheet, node.r1, node.c1));
    case "neg": {
      const v = ev(node.arg);
      return typeof v === "number" ? -v : v;
    }
    case "pct": {
      const v = ev(node.arg);
      return typeof v === "number" ? v / 100 : v;
    }
    case "bin": {
      const a = ev(node.left);
      if (typeof a !== "number") return a;
      const b = ev(node.right);
      if (typeof b !== "number") return b;
      return arithmetic(node.op, a, b);
    }
    case "call":
      return callOf(node.name, node.args, src, ev);
    default:
      return "#VALUE!";
  }
}

/**
 * A shared formula's text moved from its master cell by (dr, dc): relative references move, $-anchored
 * parts stay (Excel's shared formulas, ECMA-376 18.3.1.40). Null when a reference falls off the sheet.
 */
export function shiftFormula(text: string, dr: number, dc: number): string | null {
  let failed = false;
  const shifted = text.replace(
    /('(?:[^']|'')+'!|[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*!)?(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!])/g,
    (all, sheet: string | undefined, dCol: string, col: string, dRow: string, row: string, at: number, s: string) => {
      if (at > 0 && /[A-Za-z0-9_.$]/.test(s[at - 1]!)) return all;
      let c = 0;
      for (const ch of col.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
      const nc = dCol ? c : c + dc;
      const nr = dRow ? Number(row) : Number(row) + dr;
      if (nc < 1 || nc > 16384 || nr < 1 || nr > 1048576) failed = true;
      return `${sheet ?? ""}${dCol}${letters(nc - 1)}${dRow}${nr}`;
    },
  );
  return failed ? null : shifted;
}

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
