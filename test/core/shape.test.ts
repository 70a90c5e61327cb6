import fc from "fast-check";
import { isFailure } from "../../src/core/failure";
import { broadcastDims, dims, mapCells, monthRows } from "../../src/core/shape";

describe("broadcasting", () => {
  it.each([
    [[5, [[1], [2], [3]]], { rows: 3, cols: 1 }],
    [[[[1, 2]], [[1], [2]]], { rows: 2, cols: 2 }],
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
        [[1], [2]],
      ],
      { rows: 2, cols: 2 },
    ],
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
        null,
      ],
      { rows: 2, cols: 2 },
    ],
  ])("gives %j the size %j", (args, expected) => {
    expect(broadcastDims(args as unknown[])).toEqual(expected);
  });

  it("returns one #VALUE! naming both sizes when ranges do not fit", () => {
    const r = broadcastDims([[[1, 2, 3]], [[1, 2]]]);
    expect(r).toMatchObject({ kind: "value", code: "shape-mismatch" });
    expect(isFailure(r) && r.message.en).toContain("1x3");
  });

  it("stretches a single value over a range cell by cell", () => {
    expect(mapCells([[[1], [2]], 10], ([a, b]) => (a as number) * (b as number))).toEqual([[10], [20]]);
  });

  it("gives the shape of the larger argument for any size against a single value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (r, c) => {
        const m = Array.from({ length: r }, () => new Array(c).fill(1));
        const out = mapCells([m, 2], ([a, b]) => (a as number) + (b as number));
        return !isFailure(out) && out.length === r && out.every((row) => row.length === c && row.every((x) => x === 3));
      }),
      { numRuns: 10000 },
    );
  });

  it("counts a single value as 1x1", () => {
    expect(dims(7)).toEqual({ rows: 1, cols: 1 });
  });
});

describe("monthRows", () => {
  it("reads a single column of months as one row", () => {
    expect(monthRows([[1], [2], [3]])).toEqual([[1, 2, 3]]);
  });

  it("keeps several rows of months as rows", () => {
    expect(
      monthRows([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe("large ranges", () => {
  it("measures a column of 500,000 rows without overflowing the call stack", () => {
    const col = Array.from({ length: 500_000 }, () => [1]);
    expect(dims(col)).toEqual({ rows: 500_000, cols: 1 });
  });
});
