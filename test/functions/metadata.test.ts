/**
 * The functions as Excel sees them, generated from the JSDoc exactly as the build does
 * (custom-functions-metadata): ids, parameter names and optional flags are a contract, and every
 * function and parameter has Vietnamese help.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { dimensionality?: string };
}

const dir = join(__dirname, "../../src/functions");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => join(dir, f));
let functions: Fn[] = [];
const help = JSON.parse(readFileSync(join(dir, "help.vi.json"), "utf8")) as Record<
  string,
  { description: string; parameters: Record<string, string> }
>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(files, false);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
});

describe("functions metadata", () => {
  it("keeps every id, parameter name and optional flag as released", () => {
    const signature = functions
      .map((f) => `${f.id}(${f.parameters.map((p) => p.name + (p.optional ? "?" : "")).join(", ")})`)
      .sort();
    expect(signature).toEqual([
      "AVGINDEX(months, last_year_months?, through_month?, basis?)",
      "CAGR(start, end, years)",
      "CONTRIB(part_now, part_before, total_before)",
      "GROWTH(current, previous)",
      "INDEX(current, previous, base?)",
      "NARRATIVE(name, value, unit, previous?, plan?, language?, style?)",
      "NEEDED(ytd, plan, month)",
      "PLANPCT(actual, plan, lower_is_better?)",
      "PROJECT(ytd, month, last_year_ytd?, last_year_total?, method?)",
      "PROJECTM(this_year_months, last_year_months?, kind?, method?, through_month?, past_years?, details?)",
      "YTD(months, through_month?, kind?)",
    ]);
  });

  it("takes ranges in every parameter and spills its result", () => {
    for (const f of functions) {
      expect(f.result.dimensionality).toBe("matrix");
      for (const p of f.parameters) expect([p.name, p.dimensionality]).toEqual([p.name, "matrix"]);
    }
  });

  it("shows an example in every description and help on every parameter", () => {
    for (const f of functions) {
      expect(f.description).toContain(`=CT.${f.id}(`);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  it("keeps every description and parameter help within 255 characters, in both languages", () => {
    const texts = functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description ?? "")]);
    const vi = Object.values(help).flatMap((h) => [h.description, ...Object.values(h.parameters)]);
    for (const t of [...texts, ...vi]) expect(t.length).toBeLessThanOrEqual(255);
  });

  it("has Vietnamese help for every function and every parameter, and nothing more", () => {
    expect(Object.keys(help).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const f of functions) {
      const h = help[f.id];
      expect(h?.description).toContain(`=CT.${f.id}(`);
      expect(Object.keys(h?.parameters ?? {}).sort()).toEqual(f.parameters.map((p) => p.name).sort());
    }
  });
});
