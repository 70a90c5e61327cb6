/**
 * The checklist every CT function passes (HyperFormula's function specs), generated from one table:
 * the argument count and names as Excel's help shows them (the JSDoc the metadata generator reads),
 * a blank row left blank, text where a number belongs, an incoming Excel error passed through in
 * every argument, and a range in giving a range out.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { codeOf, one, StubError, StubErrorCode } from "./customFunctionsStub";
import { CAGR } from "../../src/functions/cagr";
import { CONTRIB } from "../../src/functions/contrib";
import { GROWTH } from "../../src/functions/growth";
import { INDEX } from "../../src/functions/indexOf";
import { NARRATIVE } from "../../src/functions/narrative";
import { NEEDED } from "../../src/functions/needed";
import { PLANPCT } from "../../src/functions/planPct";
import { PROJECT } from "../../src/functions/project";
import { PROJECTM } from "../../src/functions/projectM";
import { YTD } from "../../src/functions/ytd";
import { AVGINDEX } from "../../src/functions/avgIndex";

type Wrapper = (...args: never[]) => unknown[][];

const MONTHS_2013 = [1920, 2050, 2260, 2310, 2350, 2400, 2550, 2580, 2660, null, null, null];
const MONTHS_2012 = [1800, 1900, 2100, 2200, 2250, 2300, 2400, 2450, 2500, 2600, 2700, 3000];

interface Entry {
  file: string;
  fn: Wrapper;
  /** One valid call, argument by argument, each as Excel hands a cell or a row (a 2-D array). */
  valid: unknown[][][];
  /** Arguments where text (not a number) must give #VALUE!. */
  numeric: number[];
  /** Arguments that, all blank, leave the result blank. */
  blankRow: number[];
  /** true when the function takes month rows: a range in is more rows of months, not a column of cells. */
  rows?: boolean;
}

const cell = (v: unknown): unknown[][] => [[v]];

const TABLE: Record<string, Entry> = {
  GROWTH: { file: "growth", fn: GROWTH, valid: [cell(21000), cell(19962)], numeric: [0, 1], blankRow: [0, 1] },
  INDEX: {
    file: "indexOf",
    fn: INDEX,
    valid: [cell(21000), cell(19962), cell(100)],
    numeric: [0, 1, 2],
    blankRow: [0, 1],
  },
  PLANPCT: {
    file: "planPct",
    fn: PLANPCT,
    valid: [cell(21000), cell(34500), cell(false)],
    numeric: [0, 1],
    blankRow: [0, 1],
  },
  NEEDED: {
    file: "needed",
    fn: NEEDED,
    valid: [cell(21000), cell(34500), cell(9)],
    numeric: [0, 1, 2],
    blankRow: [0, 1],
  },
  CONTRIB: {
    file: "contrib",
    fn: CONTRIB,
    valid: [cell(18500), cell(17600), cell(19962)],
    numeric: [0, 1, 2],
    blankRow: [0, 1],
  },
  CAGR: { file: "cagr", fn: CAGR, valid: [cell(12000), cell(18000), cell(5)], numeric: [0, 1, 2], blankRow: [0, 1] },
  PROJECT: {
    file: "project",
    fn: PROJECT,
    valid: [cell(21000), cell(9), cell(19962), cell(27500), cell("seasonal")],
    numeric: [0, 1, 2, 3],
    blankRow: [0, 2, 3],
  },
  NARRATIVE: {
    file: "narrative",
    fn: NARRATIVE,
    valid: [
      cell("Giá trị sản xuất công nghiệp"),
      cell(21000),
      cell("tỷ đồng"),
      cell(19962),
      cell(34500),
      cell("vi"),
      cell("exact"),
    ],
    numeric: [1, 3, 4],
    blankRow: [0, 1],
  },
  YTD: {
    file: "ytd",
    fn: YTD,
    valid: [[MONTHS_2013], cell(9), cell("cộng dồn")],
    numeric: [1],
    blankRow: [0],
    rows: true,
  },
  AVGINDEX: {
    file: "avgIndex",
    fn: AVGINDEX,
    valid: [[MONTHS_2013], [MONTHS_2012], cell(9), cell("gốc cố định")],
    numeric: [2],
    blankRow: [0, 1],
    rows: true,
  },
  PROJECTM: {
    file: "projectM",
    fn: PROJECTM,
    valid: [[MONTHS_2013], [MONTHS_2012], cell("cộng dồn"), cell("seasonal"), cell(9), cell(null), cell(false)],
    numeric: [4],
    blankRow: [0],
    rows: true,
  },
};

/** The @param names of a function's JSDoc, in order: what Excel shows while typing. */
function jsdocParams(file: string): string[] {
  const src = readFileSync(path.join(__dirname, "../../src/functions", `${file}.ts`), "utf8");
  return [...src.matchAll(/@param \{[^}]+\} \[?(\w+)/g)].map((m) => m[1] as string);
}

const blankLike = (v: unknown[][]): unknown[][] => v.map((row) => row.map(() => null));

describe.each(Object.entries(TABLE))("CT.%s checklist", (_name, e) => {
  const call = (args: unknown[][][]): unknown[][] => e.fn(...(args as never[]));

  it("takes as many arguments as its help names, in the same order", () => {
    expect(jsdocParams(e.file)).toHaveLength(e.valid.length);
    expect(e.fn.length).toBe(e.valid.length);
  });

  it("gives a value, not an error, for the valid call", () => {
    expect(codeOf(one(call(e.valid)))).toBeNull();
  });

  it("leaves the result blank when the row is not filled in", () => {
    const args = e.valid.map((a, i) => (e.blankRow.includes(i) ? blankLike(a) : a));
    expect(one(call(args))).toBe("");
  });

  it.each(e.numeric.map((i) => [i]))("answers #VALUE! with a message for text in argument %i", (i) => {
    const args = e.valid.map((a, j) => (j === i ? cell("hai mươi") : a));
    const result = one(call(args)) as StubError;
    expect(codeOf(result)).toBe("#VALUE!");
    expect(result.message).toMatch(/ \/ /); // "vi / en"
  });

  it.each(e.valid.map((_, i) => [i]))("passes an incoming #REF! in argument %i through untouched", (i) => {
    const ref = new StubError(StubErrorCode.invalidReference);
    const args = e.valid.map((a, j) =>
      j === i ? (e.rows && j === 0 ? [[ref, ...MONTHS_2013.slice(1)]] : cell(ref)) : a,
    );
    expect(one(call(args))).toBe(ref);
  });

  it("gives a range out for a range in, one result per row", () => {
    const first = e.valid[0] as unknown[][];
    const args = [[...first, ...first], ...e.valid.slice(1)];
    const result = call(args);
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual(result[1]);
    expect(result[0]).toEqual(call(e.valid)[0]);
  });
});
