/**
 * Ceilings on every kind of element the reader meets, each counted as it is met and refused early,
 * naming the kind: so no part of a file (20,000 `<col>` elements, 80,000 copies of one merge, a
 * million hyperlinks) costs more than its ceiling, whatever the cells. Cells with a value and rows are
 * never refused below 2,000,000 and 1,048,576: a workbook within them is read.
 */

export const ELEMENT_KINDS = [
  "cells",
  "rows",
  "cols",
  "merges",
  "sharedStrings",
  "styles",
  "hyperlinks",
  "conditionalFormats",
  "dataValidations",
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];
export type ElementLimits = Record<ElementKind, number>;

/**
 * Workbook-wide ceilings. Cells are cells holding a value; rows are `<row>` elements (empty ones too:
 * two full-height sheets fit); cols are `<col>` elements (Excel writes at most 16,384 a sheet); styles
 * are cell formats (Excel allows about 64,000); the others are far above any office's workbook.
 */
export const DEFAULT_ELEMENT_LIMITS: ElementLimits = {
  cells: 2_000_000,
  rows: 2 * 1_048_576,
  cols: 100_000,
  merges: 500_000,
  sharedStrings: 2_000_000,
  styles: 200_000,
  hyperlinks: 1_000_000,
  conditionalFormats: 200_000,
  dataValidations: 200_000,
};

/** Thrown inside the reader when a kind passes its ceiling; index.ts turns it into a refusal. */
export class ElementLimitError extends Error {
  constructor(
    readonly kind: ElementKind,
    readonly limit: number,
  ) {
    super(`more than ${limit} ${kind}`);
  }
}

/** What is left of each ceiling, over the whole workbook. */
export class ElementBudget {
  private readonly left: ElementLimits;
  constructor(readonly limits: ElementLimits) {
    this.left = { ...limits };
  }

  /** Count one element of `kind` (or `n`); throws ElementLimitError past the ceiling. */
  take(kind: ElementKind, n = 1): void {
    this.left[kind] -= n;
    if (this.left[kind] < 0) throw new ElementLimitError(kind, this.limits[kind]);
  }
}
