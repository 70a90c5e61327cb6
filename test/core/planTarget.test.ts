import fc from "fast-check";
import { runs } from "../setup/runs";
import { HyperFormula } from "hyperformula";
import { parsePlanText, planFigure, type PlanTarget } from "../../src/core/planTarget";
import { evaluate, evaluationFormula, planText } from "../../src/report/table/planVerdict";
import { EVALUATION } from "../../src/core/words";

/** The wordings of DOMAIN.md ("Plans as written") and issue 9.7, each read as an officer means it. */
describe("parsePlanText reads plans as officers write them", () => {
  it.each<[string, PlanTarget | null]>([
    ["khoảng 4,5%", { type: "approx", value: 4.5, decimals: 1, percent: true }],
    ["xấp xỉ 4,5%", { type: "approx", value: 4.5, decimals: 1, percent: true }],
    ["Khoảng 4.5%", { type: "approx", value: 4.5, decimals: 1, percent: true }],
    ["~4,50%", { type: "approx", value: 4.5, decimals: 2, percent: true }],
    ["khoảng 34.500", { type: "approx", value: 34500, decimals: 0 }],
    ["tăng khoảng 8%", { type: "approx", value: 8, decimals: 0, growth: true, percent: true }],
    ["từ 6,5 đến 7%", { type: "range", low: 6.5, high: 7, percent: true }],
    ["6,5-7%", { type: "range", low: 6.5, high: 7, percent: true }],
    ["6.5 - 7%", { type: "range", low: 6.5, high: 7, percent: true }],
    ["6,5% – 7%", { type: "range", low: 6.5, high: 7, percent: true }],
    ["tăng từ 6,5 đến 7%", { type: "range", low: 6.5, high: 7, growth: true, percent: true }],
    ["tăng 8% trở lên", { type: "above", value: 8, inclusive: true, growth: true, percent: true }],
    ["tăng tối thiểu 8%", { type: "above", value: 8, inclusive: true, growth: true, percent: true }],
    ["tối thiểu 10", { type: "above", value: 10, inclusive: true }],
    ["tối thiểu 98,5%", { type: "above", value: 98.5, inclusive: true, percent: true }],
    ["không quá 4%", { type: "below", value: 4, inclusive: true, percent: true }],
    ["tăng không quá 4%", { type: "below", value: 4, inclusive: true, growth: true, percent: true }],
    ["dưới 3", { type: "below", value: 3 }],
    ["dưới 3,5%", { type: "below", value: 3.5, percent: true }],
    ["trên 10", { type: "above", value: 10 }],
    ["tăng trên 10%", { type: "above", value: 10, growth: true, percent: true }],
    ["10 trở lên", { type: "above", value: 10, inclusive: true }],
    ["tăng 14%", { type: "growth", value: 0.14 }],
    ["34.540", { type: "number", value: 34540 }],
    // Unreadable: the reader shows the text as typed with a problem.
    ["tăng 8 trở lên", null],
    ["từ 10", null],
    ["khoảng", null],
    ["đạt kế hoạch", null],
    ["", null],
  ])("reads %p", (text, plan) => {
    expect(parsePlanText(text, "vi")).toEqual(plan);
  });

  it("reads the English words and the English number style", () => {
    expect(parsePlanText("about 4.5%", "en")).toEqual({ type: "approx", value: 4.5, decimals: 1, percent: true });
    expect(parsePlanText("up 8% or more", "en")).toEqual({
      type: "above",
      value: 8,
      inclusive: true,
      growth: true,
      percent: true,
    });
    expect(parsePlanText("from 6.5 to 7%", "en")).toEqual({ type: "range", low: 6.5, high: 7, percent: true });
    expect(parsePlanText("at most 1,250", "en")).toEqual({ type: "below", value: 1250, inclusive: true });
  });

  it("gives the one figure a percent of plan is taken against, and none for a range or a growth", () => {
    expect(planFigure({ type: "approx", value: 34500, decimals: 0 })).toBe(34500);
    expect(planFigure({ type: "above", value: 34500, inclusive: true })).toBe(34500);
    expect(planFigure({ type: "range", low: 1, high: 2 })).toBeNull();
    expect(planFigure({ type: "above", value: 8, growth: true, percent: true })).toBeNull();
    expect(planFigure({ type: "growth", value: 0.08 })).toBeNull();
    expect(planFigure({ type: "approx", value: 4.5, decimals: 1, percent: true })).toBeNull();
  });
});

/** Figures with at most 3 decimals, as plans are typed. */
const figure = fc.integer({ min: 0, max: 99_999_999 }).map((k) => k / 1000);
const flags = fc.record({ growth: fc.boolean(), percent: fc.boolean() });
const strip = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== false && v !== undefined)) as T;
const plan: fc.Arbitrary<PlanTarget> = fc.oneof(
  figure.map((value) => ({ type: "number" as const, value })),
  fc
    .tuple(figure, figure, flags)
    .filter(([a, b]) => a !== b)
    .map(([a, b, f]) => strip({ type: "range" as const, low: Math.min(a, b), high: Math.max(a, b), ...f })),
  fc
    .tuple(fc.constantFrom("below" as const, "above" as const), figure, fc.boolean(), flags)
    .map(([type, value, inclusive, f]) => strip({ type, value, inclusive, ...f })),
  fc
    .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 3 }), flags)
    .map(([k, decimals, f]) => strip({ type: "approx" as const, value: k / 10 ** decimals, decimals, ...f })),
  fc.integer({ min: 0, max: 99_999 }).map((k) => ({ type: "growth" as const, value: k / 10000 })),
);
/** A growth bound is always written with its "%": the parser reads it back with the flag. */
const canonical = (p: PlanTarget): PlanTarget =>
  p.type !== "growth" && p.type !== "number" && p.growth === true ? { ...p, percent: true } : p;

/** A bare percent in the plan of an indicator that is no rate is a growth plan, as "tăng 14%" (tester, G21). */
describe('a bare "N%" plan', () => {
  it.each(["14%", "14 %", "+14%", "tăng 14%", "tăng 14 %"])("%p of a non-percent indicator is tăng 14%", (t) => {
    expect(parsePlanText(t, "vi")).toEqual({ type: "growth", value: 0.14 });
  });

  it('of a rate in % is the rate itself: "98%" is 98', () => {
    expect(parsePlanText("98%", "vi", true)).toEqual({ type: "number", value: 98 });
  });

  it('"N%" and "tăng N%" give the same growth plan, in both number styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom("vi" as const, "en" as const), (k, st) => {
        const n = (k / 100).toFixed(2).replace(".", st === "vi" ? "," : ".");
        const bare = parsePlanText(`${n}%`, st);
        expect(bare).toEqual(parsePlanText(`tăng ${n}%`, st));
        expect(bare?.type).toBe("growth");
        return true;
      }),
      runs(500),
    );
  });
});

describe("planText and parsePlanText agree", () => {
  it.each(["vi", "en"] as const)("in %s, the written plan reads back to the same plan", (lang) => {
    fc.assert(
      fc.property(plan, (p) => {
        const back = parsePlanText(planText(p, lang), lang);
        if (p.type === "growth") return back?.type === "growth" && Math.abs(back.value - p.value) < 1e-12;
        expect(back).toEqual(canonical(p));
        return true;
      }),
      runs(3000),
    );
  });
});

describe("an approximate target", () => {
  const about = parsePlanText("khoảng 4,5%", "vi") as PlanTarget;
  it.each([
    [4.46, "met"],
    [4.54, "met"],
    [4.45, "met"],
    [4.55, "above"],
    [4.44, "missed"],
  ] as const)("judges %p against khoảng 4,5%% by rounding to 1 decimal: %p", (x, verdict) => {
    expect(evaluate(about, x)).toBe(verdict);
  });
  it.each([
    [3.25, "met"],
    [4.54, "met"],
    [4.55, "missed"],
  ] as const)("is a ceiling where lower is better (the CPI): %p is %p", (x, verdict) => {
    expect(evaluate(about, x, true)).toBe(verdict);
  });
});

describe("the verdict formula gives the verdict", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId(hf.addSheet("S")) as number;
  it("for every plan and figure, either way of judging, in both languages", () => {
    fc.assert(
      fc.property(
        plan.filter((p) => p.type !== "number"),
        fc.integer({ min: -10_000_000, max: 100_000_000 }).map((k) => k / 1000),
        fc.boolean(),
        fc.constantFrom("vi" as const, "en" as const),
        (p, x, lower, lang) => {
          hf.setSheetContent(sheet, [[x], [`=${evaluationFormula(p, "A1", lang, lower)}`]]);
          expect(hf.getCellValue({ sheet, row: 1, col: 0 })).toBe(EVALUATION[evaluate(p, x, lower)][lang]);
        },
      ),
      runs(1000),
    );
  });
});
