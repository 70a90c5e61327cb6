/**
 * Loads the built dist/functions.js as Excel's custom-functions runtime does: the script runs in a
 * fresh JavaScript context whose only Office global is CustomFunctions, with associate() capturing
 * each id's function and Error/ErrorCode as the runtime defines them (ErrorCode holds Excel's own
 * error strings). Written without jest so bench/bundle.bench.ts can use it too.
 *
 * Two ways to run it: a fresh vm context (the default; proves the bundle needs no other global) or,
 * for timing, this realm with the browser globals shadowed as undefined. Arrays handed across vm realms
 * are many times slower to read, and Excel hands a function arrays of its own realm, so the bench uses
 * the second.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** Excel's error codes, as CustomFunctions.ErrorCode holds them. */
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The error value a function returns in a cell: what Excel shows is its code (and message, for #VALUE!/#N/A). */
export class BundleError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

/** A custom function as Excel calls it: one argument per parameter, null for an omitted optional one. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface LoadedBundle {
  /** id -> function, exactly as the bundle associated them. */
  functions: Map<string, CustomFunction>;
  /** Every associate() call in order, duplicates included. */
  associations: string[];
  /** Call a function by id; throws when the id was never associated. */
  call(id: string, ...args: unknown[]): unknown;
}

/** Run a functions bundle (default dist/functions.js) and capture its associations. */
export function loadBundle(
  file = path.join(process.cwd(), "dist", "functions.js"),
  opts: { sameRealm?: boolean } = {},
): LoadedBundle {
  const code = fs.readFileSync(file, "utf8");
  const functions = new Map<string, CustomFunction>();
  const associations: string[] = [];
  const CustomFunctions = {
    Error: BundleError,
    ErrorCode: ERROR_CODE,
    associate(id: string, fn: CustomFunction): void {
      associations.push(id);
      functions.set(id, fn);
    },
  };
  if (opts.sameRealm) {
    const wrapped = vm.runInThisContext(
      `(function (CustomFunctions, window, self, document, Office, Excel) {${code}\n})`,
      { filename: file },
    ) as (cf: typeof CustomFunctions) => void;
    wrapped(CustomFunctions);
  } else {
    vm.runInContext(code, vm.createContext({ CustomFunctions, console }), { filename: file });
  }
  return {
    functions,
    associations,
    call(id: string, ...args: unknown[]): unknown {
      const fn = functions.get(id);
      if (!fn) throw new Error(`${id} is not associated by ${file}`);
      return fn(...args);
    },
  };
}
