import { isFailure } from "../../src/core/failure";
import { broadcastDims, dims, monthRows } from "../../src/core/shape";

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
