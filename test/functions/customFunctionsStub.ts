/**
 * A stand-in for Excel's CustomFunctions global, enough for the wrappers: the Error class and the
 * ErrorCode enum with Excel's own strings. Import it before calling a wrapper.
 */
export enum StubErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

export class StubError {
  constructor(
    public code: StubErrorCode,
    public message?: string,
  ) {}
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
g.CustomFunctions = {
  Error: StubError,
  ErrorCode: StubErrorCode,
  associate: () => undefined,
};

/** The Excel error code of a result cell, or null for a value. */
export function codeOf(x: unknown): string | null {
  return x instanceof StubError ? x.code : null;
}

/** The one cell of a 1x1 result. */
export function one(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return (result[0] as unknown[])[0];
}

/** True when no cell of a result is NaN, ±Infinity, null or undefined (what must never reach Excel). */
export function allCellsSafe(result: unknown[][]): boolean {
  return result.every((row) =>
    row.every((c) => c instanceof StubError || typeof c === "string" || (typeof c === "number" && Number.isFinite(c))),
  );
}
