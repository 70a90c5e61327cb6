/**
 * The one runner of the cell-wise CT functions (HyperFormula's runFunction): a function declares its
 * parameters in a table and its body is one small lambda; broadcasting, the all-blank row, coercion,
 * incoming errors and the fast path for plain numbers happen here, once.
 */
import {
  isBlank,
  toNumber,
  toOptionalBoolean,
  toOptionalNumber,
  toOptionalText,
  type CellResult,
} from "../../core/coerce";
import type { CalcFailure } from "../../core/types";
import { firstProblem, spill, zip2, type ExcelCell } from "./cells";

/** How one argument is read: the coercions of src/core/coerce.ts, or the raw cell for the body to read. */
export type ParamType = "number" | "number?" | "boolean?" | "text?" | "raw" | ((x: unknown, name: string) => unknown);

export interface Param {
  /** The name the officer sees in Excel's help and in messages ("previous"): the JSDoc @param name. */
  name: string;
  type: ParamType;
}

/** Parameter shorthands for the tables: a required number, an optional number, text, switch, or raw. */
export const num = (name: string): Param => ({ name, type: "number" });
export const optNum = (name: string): Param => ({ name, type: "number?" });
export const optBool = (name: string): Param => ({ name, type: "boolean?" });
export const optText = (name: string): Param => ({ name, type: "text?" });
export const raw = (name: string): Param => ({ name, type: "raw" });

/** A cell-wise CT function: parameters, the all-blank rule and the body. */
export interface CellFunction {
  params: readonly Param[];
  /** Parameter indexes that, all blank, leave the cell blank (a row not filled in yet). */
  blankWhen: readonly number[];
  /** The body on coerced arguments, in parameter order. */
  body: (args: readonly unknown[]) => CellResult<number | string> | null;
  /**
   * Two required numbers and nothing else given: one tight loop over two same-size ranges
   * (the long column of figures). Must equal `body` on two numbers.
   */
  fast2?: (a: number, b: number) => number | CalcFailure;
}

export function coerce(type: ParamType, x: unknown, name: string): unknown {
  switch (type) {
    case "number":
      return toNumber(x, name);
    case "number?":
      return toOptionalNumber(x, name);
    case "boolean?":
      return toOptionalBoolean(x, name);
    case "text?":
      return toOptionalText(x, name);
    case "raw":
      return x;
    default:
      return type(x, name);
  }
}

/** What runCells derives once per function table, not once per call (a column of single calls is hot). */
interface Prepared {
  types: ParamType[];
  names: string[];
  allNumbers: boolean;
}
const prepared = new WeakMap<CellFunction, Prepared>();

function prepare(fn: CellFunction): Prepared {
  let p = prepared.get(fn);
  if (!p) {
    const types = fn.params.map((x) => x.type);
    p = { types, names: fn.params.map((x) => x.name), allNumbers: types.every((t) => t === "number") };
    prepared.set(fn, p);
  }
  return p;
}

/** Run a cell-wise function over its arguments as Excel passed them (omitted optionals are undefined). */
export function runCells(fn: CellFunction, args: readonly unknown[]): ExcelCell[][] {
  const n = fn.params.length;
  const given: unknown[] = new Array<unknown>(n);
  let extrasGiven = false;
  for (let i = 0; i < n; i++) {
    given[i] = args[i] ?? null;
    if (i >= 2 && given[i] !== null) extrasGiven = true;
  }
  if (fn.fast2 && !extrasGiven) {
    const fast = zip2(given[0], given[1], fn.fast2);
    if (fast) return fast;
  }
  const { types, names, allNumbers } = prepare(fn);
  const coerced: unknown[] = new Array<unknown>(n).fill(null);
  return spill(given, (cells) => {
    // Fast path: every parameter a required number and every cell a plain number.
    if (allNumbers) {
      let plain = true;
      for (let i = 0; i < n; i++) if (typeof cells[i] !== "number") plain = false;
      if (plain) return fn.body(cells);
    }
    let blank = true;
    for (const i of fn.blankWhen) if (!isBlank(cells[i])) blank = false;
    if (blank) return "";
    for (let i = 0; i < n; i++) coerced[i] = coerce(types[i] as ParamType, cells[i], names[i] as string);
    return firstProblem(...coerced) ?? fn.body(coerced);
  });
}
