/** fast-check generators shared by the calculation tests: finite numbers a report can hold. */
import fc from "fast-check";
import { runs } from "../setup/runs";

export const RUNS = runs(10000);

/** Any finite figure of a provincial report, negative included. */
export const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });

/** A finite figure safely away from zero, for a base or a plan. */
export const nonZero = finite.filter((x) => Math.abs(x) > 1e-6);
