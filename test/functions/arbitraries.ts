/** fast-check generators of what Excel hands a custom function: cells, 2-D ranges, omitted arguments. */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { StubError, StubErrorCode } from "./customFunctionsStub";

export const RUNS = runs(10000);

/** Any one cell as Excel passes it: numbers (0 too, as desktop hands for a blank), blanks, text, booleans, errors. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", " ", 0) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...Object.values(StubErrorCode)).map((c) => new StubError(c)),
  },
);

/** A range of 1..4 rows and 1..4 columns of `cell`. */
export function range(cell: fc.Arbitrary<unknown> = anyCell, maxRows = 4, maxCols = 4): fc.Arbitrary<unknown[][]> {
  return fc.tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols })).chain(([r, c]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r,
    }),
  );
}

/** An argument: a single cell (as [[x]]) or a range. */
export const anyArg: fc.Arbitrary<unknown[][]> = fc.oneof(
  anyCell.map((x) => [[x]]),
  range(),
);

/** An optional argument: omitted (null, as Excel hands it) or given. */
export const optionalArg: fc.Arbitrary<unknown[][] | null> = fc.oneof(fc.constant(null), anyArg);

/** A positive, well-scaled number. */
export const positive = fc.double({
  min: 0.01,
  max: 1e6,
  noNaN: true,
  noDefaultInfinity: true,
});
