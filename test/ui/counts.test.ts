import fc from "fast-check";
import type { Problem, ProblemSeverity } from "../../src/core/problem";
import { countByCode, countBySeverity, sortProblems } from "../../src/ui/counts";

const problem = (severity: ProblemSeverity, code = "x"): Problem => ({
  code,
  severity,
  address: "'Dữ liệu'!H5",
  message: { vi: "v", en: "e" },
});

const problems = fc.array(
  fc.record({
    code: fc.string(),
    severity: fc.constantFrom<ProblemSeverity>("error", "warning", "info"),
    address: fc.string(),
    message: fc.record({ vi: fc.string(), en: fc.string() }),
  }),
);

describe("the data check's counts", () => {
  it("counts problems by severity", () => {
    expect(countBySeverity([problem("error"), problem("info"), problem("error")])).toEqual({
      error: 2,
      warning: 0,
      info: 1,
    });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("counts every problem exactly once", () => {
    fc.assert(
      fc.property(problems, (ps) => {
        const c = countBySeverity(ps);
        return c.error + c.warning + c.info === ps.length;
      }),
    );
  });

  it("sorts errors first and keeps the reader's order within a severity", () => {
    const sorted = sortProblems([
      problem("info", "a"),
      problem("error", "b"),
      problem("warning", "c"),
      problem("error", "d"),
    ]);
    expect(sorted.map((p) => p.code)).toEqual(["b", "d", "c", "a"]);
  });

  it("sorts to a permutation ordered by severity", () => {
    const rank = { error: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(problems, (ps) => {
        const s = sortProblems(ps);
        if (s.length !== ps.length || !ps.every((p) => s.includes(p))) return false;
        return s.every((p, i) => i === 0 || rank[s[i - 1]!.severity] <= rank[p.severity]);
      }),
    );
  });

  it("counts problems by kind (code), most frequent first, every problem once", () => {
    expect(countByCode([problem("info", "b"), problem("error", "a"), problem("info", "b")])).toEqual([
      { code: "b", count: 2 },
      { code: "a", count: 1 },
    ]);
    fc.assert(
      fc.property(problems, (ps) => {
        const c = countByCode(ps);
        return (
          c.reduce((n, x) => n + x.count, 0) === ps.length &&
          new Set(c.map((x) => x.code)).size === c.length &&
          c.every((x, i) => i === 0 || c[i - 1]!.count >= x.count)
        );
      }),
    );
  });
});
