/**
 * dist/functions.json, as custom-functions-metadata-plugin generated it from the wrappers' JSDoc, against
 * the contract written out here by hand: ids, parameter names, types, dimensionality and optional flags.
 * Excel caches this file and a renamed id or parameter breaks every workbook that uses it, so a change
 * here must be deliberate (and raise the manifest's Version). Also: every function and parameter has
 * English help in functions.json and Vietnamese help in functions.vi.json, which differs from functions.json
 * only in its descriptions.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, ensureDist } from "./distBuild";

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
interface Metadata {
  functions: Fn[];
}

/** id -> its parameters as "name" (required) or "name?" (optional), in order; every one any / matrix. */
const CONTRACT: Record<string, string[]> = {
  AVGINDEX: ["months", "last_year_months?", "through_month?", "basis?"],
  CAGR: ["start", "end", "years"],
  CONTRIB: ["part_now", "part_before", "total_before"],
  GROWTH: ["current", "previous"],
  INDEX: ["current", "previous", "base?"],
  NARRATIVE: ["name", "value", "unit", "previous?", "plan?", "language?", "style?"],
  NEEDED: ["ytd", "plan", "month"],
  PLANPCT: ["actual", "plan", "lower_is_better?"],
  PROJECT: ["ytd", "month", "last_year_ytd?", "last_year_total?", "method?"],
  PROJECTM: ["this_year_months", "last_year_months?", "kind?", "method?", "through_month?", "past_years?", "details?"],
  YTD: ["months", "through_month?", "kind?"],
};

let en: Metadata;
let vi: Metadata;

beforeAll(async () => {
  await ensureDist();
  en = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;
  vi = JSON.parse(fs.readFileSync(path.join(DIST, "functions.vi.json"), "utf8")) as Metadata;
}, 180_000);

const byId = (m: Metadata, id: string): Fn => {
  const f = m.functions.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is not in the metadata`);
  return f;
};

describe("dist/functions.json", () => {
  it("lets error cells into the functions (allowErrorForDataTypeAny), in both languages", () => {
    // The generator never writes this flag; without it one error cell fails the whole spill.
    expect((en as unknown as Record<string, unknown>).allowErrorForDataTypeAny).toBe(true);
    expect((vi as unknown as Record<string, unknown>).allowErrorForDataTypeAny).toBe(true);
  });

  it("holds exactly the agreed ids, each once", () => {
    const ids = en.functions.map((f) => f.id);
    expect([...ids].sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(CONTRACT))("%s has the agreed parameters, names and optional flags in order", (id, params) => {
    const f = byId(en, id);
    expect(f.name).toBe(id);
    expect(f.parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(params);
  });

  it.each(Object.keys(CONTRACT))("%s takes and returns matrices of any value (cells or ranges, spilled)", (id) => {
    const f = byId(en, id);
    for (const p of f.parameters) {
      expect({ name: p.name, type: p.type, dimensionality: p.dimensionality }).toEqual({
        name: p.name,
        type: "any",
        dimensionality: "matrix",
      });
    }
    expect(f.result?.dimensionality).toBe("matrix");
  });

  it.each(Object.keys(CONTRACT))("%s is neither volatile nor streaming nor cancelable", (id) => {
    const o = byId(en, id).options ?? {};
    expect(o.volatile ?? false).toBe(false);
    expect(o.stream ?? false).toBe(false);
    expect(o.cancelable ?? false).toBe(false);
  });

  it.each(Object.keys(CONTRACT))("%s has English help for the function and every parameter", (id) => {
    const f = byId(en, id);
    expect(f.description?.trim().length ?? 0).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.trim().length ?? 0).toBeGreaterThan(5);
  });
});

describe("dist/functions.vi.json", () => {
  it.each(Object.keys(CONTRACT))(
    "%s has Vietnamese help and parameter names, different from the English, for the function and every parameter",
    (id) => {
      const e = byId(en, id);
      const v = byId(vi, id);
      expect(v.description).toBeTruthy();
      expect(v.description).not.toBe(e.description);
      expect(v.description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
      e.parameters.forEach((p, i) => {
        const q = v.parameters[i] as Param;
        // A display name Excel shows while typing; arguments are positional, so workbooks never store it.
        expect(q.name).not.toBe(p.name);
        expect(q.name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
        expect(q.description).toBeTruthy();
        expect(q.description).not.toBe(p.description);
      });
    },
  );

  it("is functions.json with only descriptions and parameter names changed (ids, function names, types, flags identical)", () => {
    const strip = (m: Metadata): unknown =>
      JSON.parse(JSON.stringify(m), function (this: Record<string, unknown>, key, value: unknown) {
        if (key === "description") return undefined;
        // A parameter's name (an object holding "type" or "dimensionality"), not a function's.
        if (key === "name" && ("type" in this || "dimensionality" in this) && !("id" in this)) return undefined;
        return value;
      });
    expect(strip(vi)).toEqual(strip(en));
  });
});
