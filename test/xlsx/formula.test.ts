/**
 * The reader's own formula evaluator (src/xlsx/formula.ts, formulaCells.ts) against HyperFormula, used
 * here only as a test oracle (GPL-3.0: never in src): random two-sheet workbooks of numbers, blanks and
 * formulas (+ − * /, unary minus, parentheses, references across sheets, ranges, SUM, AVERAGE, MIN,
 * MAX, cycles included) must compute to the same values.
 */
import fc from "fast-check";
import { runs } from "../setup/runs";
import { HyperFormula } from "hyperformula";
import { parseFormula, shiftFormula } from "../../src/xlsx/formula";
import { computeFormulas, type FormulaSheet } from "../../src/xlsx/formulaCells";

const SHEETS = ["S", "Huyện A"];
const ROWS = 5;
const COLS = 4;

const colName = (c: number): string => String.fromCharCode(65 + c);
const quoted = (s: string): string => (/^[A-Za-z]+$/.test(s) ? s : `'${s}'`);

const cellRef = fc
  .record({ sheet: fc.nat(3), r: fc.nat(ROWS - 1), c: fc.nat(COLS - 1), abs: fc.boolean() })
  .map(({ sheet, r, c, abs }) => {
    const a = abs ? `$${colName(c)}$${r + 1}` : `${colName(c)}${r + 1}`;
    return sheet === 1 ? `${quoted(SHEETS[1]!)}!${a}` : a; // mostly the formula's own sheet
  });

const range = fc
  .record({ sheet: fc.nat(3), r1: fc.nat(ROWS - 1), c1: fc.nat(COLS - 1), r2: fc.nat(ROWS - 1), c2: fc.nat(COLS - 1) })
  .map(({ sheet, r1, c1, r2, c2 }) => {
    const a = `${colName(Math.min(c1, c2))}${Math.min(r1, r2) + 1}:${colName(Math.max(c1, c2))}${Math.max(r1, r2) + 1}`;
    return sheet === 1 ? `${quoted(SHEETS[1]!)}!${a}` : a;
  });

const literal = fc.oneof(fc.integer({ min: 0, max: 1000 }).map(String), fc.constantFrom("0.5", "2.25", "0"));

const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal,
    cellRef,
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/"), tie("expr")).map(([a, op, b]) => `${a}${op}${b}`),
    tie("expr").map((a) => `-${a}`),
    // "(B1)" as a function's argument is a reference in Excel (and here), a value in HyperFormula.
    tie("expr").map((a) => `(${a}*1)`),
    fc
      .tuple(
        fc.constantFrom("SUM", "AVERAGE", "MIN", "MAX"),
        fc.array(fc.oneof(range, tie("expr")), { minLength: 1, maxLength: 3 }),
      )
      .map(([f, args]) => `${f}(${args.join(",")})`),
  ),
}));

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -500, max: 500 }), fc.constantFrom(0, 0.1, 2.5, -7.25)) },
  { weight: 1, arbitrary: fc.constant(null) },
  // "+0": a formula that is only a reference to a blank cell is 0 in Excel (and here) but blank in
  // HyperFormula, which would then leave it out of an AVERAGE: keep the oracle to what Excel agrees on.
  { weight: 2, arbitrary: expr.map((f) => `=(${f})+0`) },
);

const book = fc.array(
  fc.array(fc.array(cell, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }),
  {
    minLength: 2,
    maxLength: 2,
  },
);

/** The grid as the reader hands it to computeFormulas: values sparse, formulas listed. */
function ours(grid: (number | string | null)[][][]): unknown[][][] {
  const sheets: FormulaSheet[] = grid.map((rows, s) => {
    const values: unknown[][] = [];
    const formulas: FormulaSheet["formulas"] = [];
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v === "string") formulas.push({ row: r, col: c, text: v.slice(1), date: false });
        else if (v !== null) (values[r] ??= [])[c] = v;
      }),
    );
    return { name: SHEETS[s]!, values, formulas, dateCells: [] };
  });
  computeFormulas(sheets, 1e7);
  return sheets.map((s) => s.values);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe("the reader's formula evaluator against HyperFormula (test oracle only)", () => {
  it("computes every formula cell to HyperFormula's value; a cycle is left blank", () => {
    fc.assert(
      fc.property(book, (grid) => {
        const hf = HyperFormula.buildFromSheets(Object.fromEntries(SHEETS.map((name, s) => [name, grid[s]!])), {
          licenseKey: "gpl-v3",
          smartRounding: false,
        });
        const got = ours(grid);
        grid.forEach((rows, s) =>
          rows.forEach((line, r) =>
            line.forEach((v, c) => {
              if (typeof v !== "string") return;
              const want = hf.getCellValue({ sheet: s, row: r, col: c });
              const mine = got[s]![r]?.[c];
              const where = `${SHEETS[s]}!${colName(c)}${r + 1} ${v}`;
              if (typeof want === "number" || want === null) {
                expect([where, typeof mine === "number" && near(mine, want ?? 0)]).toEqual([where, true]);
              } else if (want && typeof want === "object" && "value" in want) {
                const err = String((want as { value: unknown }).value);
                if (err === "#CYCLE!") expect([where, mine]).toEqual([where, undefined]);
                // Another error: ours too, or blank when the cell also reads a cycle (we name it; HF may
                // give the other error it met first).
                else
                  expect([where, mine === undefined || (typeof mine === "string" && mine.startsWith("#"))]).toEqual([
                    where,
                    true,
                  ]);
              }
            }),
          ),
        );
        hf.destroy();
      }),
      runs(60),
    );
  });
});

describe("the formula language", () => {
  it.each([
    "SUM(B2:G2)",
    "'Huyện A'!B2+'Huyện B'!B2",
    "=-A1*(B1-2)/4",
    "_xlfn.AVERAGE($H$2:$S$2)",
    "Sheet1!A1:B2",
    "'It''s'!A1",
    "1.5E+3%",
  ])("reads %s", (f) => {
    expect(parseFormula(f)).not.toBeNull();
  });

  it.each(["VLOOKUP(A1,B:C,2,0)", "IFERROR(A1,0)", "SUM(H:S)", "A1&B1", "A1>0", '"text"', "SUM(A1:B2", "Tên!"])(
    "does not read %s (left blank, named)",
    (f) => {
      expect(parseFormula(f)).toBeNull();
    },
  );

  it("moves a shared formula's relative references and keeps $-anchored ones", () => {
    expect(shiftFormula("SUM(B2:G2)+$A$1+'Huyện A'!C$3", 2, 1)).toBe("SUM(C4:H4)+$A$1+'Huyện A'!D$3");
    expect(shiftFormula("A1", -1, 0)).toBeNull();
  });
});
