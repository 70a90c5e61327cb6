import fc from "fast-check";
import "../customFunctionsStub";
import { spill } from "../../../src/functions/lib/cells";

describe("spill broadcasts the arguments of a CT function", () => {
  it("stretches a single value over a range cell by cell", () => {
    expect(spill([[[1], [2]], 10], ([a, b]) => (a as number) * (b as number))).toEqual([[10], [20]]);
  });

  it("gives the shape of the larger argument for any size against a single value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (r, c) => {
        const m = Array.from({ length: r }, () => new Array<number>(c).fill(1));
        const out = spill([m, 2], ([a, b]) => (a as number) + (b as number));
        return out.length === r && out.every((row) => row.length === c && row.every((x) => x === 3));
      }),
    );
  });
});
