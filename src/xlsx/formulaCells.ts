/**
 * Formula cells whose saved result is not trusted (the workbook asks for a full recalculation on load,
 * as XlsxWriter, pandas and openpyxl write it, saving 0 or nothing as the result) or absent: computed
 * here from the cells they read (formula.ts), each after the formula cells it reads, with cycles found.
 * A formula outside the language, in a cycle, reading a sheet that does not exist or a cell that could
 * not be computed is left blank and named. Cost is bounded by a budget of steps (cells visited).
 */
import {
  evaluate,
  parseFormula,
  refsOf,
  shiftFormula,
  type CellSource,
  type FormulaNode,
  type RefNode,
  type Result,
} from "./formula";

/** A formula cell as the sheet reader found it. */
export interface FormulaCell {
  row: number;
  col: number;
  /** The formula's text; "" for a follower of a shared formula. */
  text: string;
  /** The shared formula's index (t="shared" si=…): followers take the master's text, moved. */
  shared?: string;
  /** Whether the cell's number format shows a date. */
  date: boolean;
}

export interface FormulaSheet {
  name: string;
  values: unknown[][];
  formulas: FormulaCell[];
  dateCells: { row: number; col: number }[];
  /** Shared formulas' masters by index, kept or not (a follower without a result may need one that has). */
  sharedMasters?: Map<string, FormulaCell>;
}

/** Why a formula cell was left blank. */
export type FailureWhy = "unsupported" | "cycle" | "cost";

export interface FormulaOutcome {
  /** Cells computed, per sheet. */
  computed: { sheet: string; row: number; col: number }[];
  /** Cells left blank, per reason (a cell reading a failed cell fails for the same reason). */
  failed: { sheet: string; row: number; col: number; why: FailureWhy }[];
}

interface Node {
  sheet: number;
  row: number;
  col: number;
  ast: FormulaNode | null;
  date: boolean;
  state: 0 | 1 | 2;
  failed?: FailureWhy;
}

/** The formula's text, a shared formula's follower moved from its master. */
function textsOf(sheet: FormulaSheet): (string | null)[] {
  const masters = new Map<string, FormulaCell>(sheet.sharedMasters);
  for (const f of sheet.formulas)
    if (f.shared !== undefined && f.text !== "" && !masters.has(f.shared)) masters.set(f.shared, f);
  return sheet.formulas.map((f) => {
    if (f.text !== "" || f.shared === undefined) return f.text;
    const m = masters.get(f.shared);
    return m ? shiftFormula(m.text, f.row - m.row, f.col - m.col) : null;
  });
}

class Workbook implements CellSource {
  nodes = new Map<string, Node>();
  /** Per sheet, its formula nodes sorted by row then column. */
  byRow: Node[][];
  sheetIndex = new Map<string, number>();
  current = 0;
  exhausted = false;

  constructor(
    readonly sheets: FormulaSheet[],
    public steps: number,
  ) {
    sheets.forEach((s, i) => this.sheetIndex.set(s.name.toLowerCase(), i));
    this.byRow = sheets.map((s, i) => {
      const texts = textsOf(s);
      const list = s.formulas.map((f, k): Node => {
        const text = texts[k];
        const ast = text === null || text === undefined ? null : parseFormula(text);
        const node: Node = { sheet: i, row: f.row, col: f.col, ast, date: f.date, state: 0 };
        this.nodes.set(`${i}:${f.row}:${f.col}`, node);
        // The row exists before anything is computed, so ranges see a fixed set of rows.
        s.values[f.row] ??= [];
        return node;
      });
      return list.sort((a, b) => a.row - b.row || a.col - b.col);
    });
  }

  take(n: number): boolean {
    this.steps -= n;
    if (this.steps < 0) this.exhausted = true;
    return !this.exhausted;
  }

  sheetOf(name: string | undefined): number | undefined {
    return name === undefined ? this.current : this.sheetIndex.get(name.toLowerCase());
  }

  cell(sheet: string | undefined, row: number, col: number): unknown {
    const i = this.sheetOf(sheet);
    return i === undefined ? undefined : this.sheets[i]!.values[row]?.[col];
  }

  each(ref: RefNode, visit: (v: unknown) => void): void {
    const i = this.sheetOf(ref.sheet);
    if (i === undefined) return;
    const values = this.sheets[i]!.values;
    const last = Math.min(ref.r2, values.length - 1);
    for (let r = ref.r1; r <= last; r++) {
      const line = values[r];
      if (!this.take(1)) return;
      if (!line) continue;
      const end = Math.min(ref.c2, line.length - 1);
      if (!this.take(Math.max(0, end - ref.c1 + 1))) return;
      for (let c = ref.c1; c <= end; c++) {
        const v = line[c];
        if (v !== undefined) visit(v);
      }
    }
  }

  /** The formula cells a node reads; null when it reads a sheet that does not exist. */
  depsOf(node: Node): Node[] | null {
    const out: Node[] = [];
    for (const ref of refsOf(node.ast!)) {
      const i = ref.sheet === undefined ? node.sheet : this.sheetIndex.get(ref.sheet.toLowerCase());
      if (i === undefined) return null;
      const list = this.byRow[i]!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.row < ref.r1) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length && list[k]!.row <= ref.r2; k++) {
        if (!this.take(1)) return out;
        const n = list[k]!;
        if (n.col >= ref.c1 && n.col <= ref.c2) out.push(n);
      }
    }
    return out;
  }

  /** Compute one node whose dependencies are done: its value written into the sheet, or a failure. */
  settle(node: Node, deps: Node[] | null): void {
    node.state = 2;
    const line = this.sheets[node.sheet]!.values[node.row]!;
    const failedDep = deps?.find((d) => d.failed !== undefined);
    if (node.failed) {
      // Already failed: found on a cycle.
    } else if (!node.ast || deps === null) node.failed = "unsupported";
    else if (failedDep) node.failed = failedDep.failed;
    else if (this.exhausted) node.failed = "cost";
    else {
      this.current = node.sheet;
      const r: Result = evaluate(node.ast, this);
      if (this.exhausted) node.failed = "cost";
      else {
        line[node.col] = r;
        if (node.date && typeof r === "number")
          this.sheets[node.sheet]!.dateCells.push({ row: node.row, col: node.col });
        return;
      }
    }
    delete line[node.col];
  }

  /** Depth-first from `root` without recursion (a chain of 100,000 formulas is an ordinary sheet). */
  visit(root: Node): void {
    const stack: { node: Node; deps: Node[] | null; i: number }[] = [];
    const push = (n: Node): void => {
      n.state = 1;
      stack.push({ node: n, deps: n.ast ? this.depsOf(n) : null, i: 0 });
    };
    push(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = top.deps?.[top.i++];
      if (next === undefined) {
        stack.pop();
        this.settle(top.node, top.deps);
      } else if (next.state === 1) {
        next.failed = "cycle"; // on the stack: a cycle; every cell on it reads a failed cell
        top.node.failed = "cycle";
      } else if (next.state === 0) push(next);
    }
  }
}

/**
 * Compute every formula cell of the workbook in dependency order, writing results into the sheets'
 * values (a number, or the error Excel would show, e.g. "#DIV/0!") and leaving failures blank.
 * `steps` bounds the cells visited in all.
 */
export function computeFormulas(sheets: FormulaSheet[], steps: number): FormulaOutcome {
  const wb = new Workbook(sheets, steps);
  for (const list of wb.byRow) for (const n of list) if (n.state === 0) wb.visit(n);
  const outcome: FormulaOutcome = { computed: [], failed: [] };
  for (const list of wb.byRow) {
    for (const n of list) {
      const where = { sheet: sheets[n.sheet]!.name, row: n.row, col: n.col };
      if (n.failed) {
        delete sheets[n.sheet]!.values[n.row]?.[n.col];
        outcome.failed.push({ ...where, why: n.failed });
      } else outcome.computed.push(where);
    }
  }
  return outcome;
}
