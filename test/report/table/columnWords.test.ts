/**
 * Column headers as offices write them (DOMAIN.md): a whole year is compared "so với năm trước", never
 * "cùng kỳ"; an English header names the months so far without the sentence's article.
 */
import { buildReport, HEADER_ROW } from "../../../src/report/make/model";
import type { Report } from "../../../src/report/table/report";
import { holeData } from "../holeData";
import { opts } from "../options";

const heads = (r: Report): string[] =>
  [HEADER_ROW, HEADER_ROW + 1].flatMap((row) => (r.grid.cells[row] ?? []).map((c) => String(c?.value ?? "")));

describe("column headers", () => {
  const data = holeData([]);

  it.each(["month", "quarter"] as const)("a %s report in December compares the year with the previous year", (kind) => {
    const vi = heads(buildReport(data, opts({ month: 12, periodKind: kind })));
    expect(vi).toContain("Năm so với năm trước");
    expect(vi.filter((h) => /^Năm .*cùng kỳ/.test(h))).toEqual([]);
    const en = heads(buildReport(data, opts({ month: 12, periodKind: kind, lang: "en" })));
    expect(en.some((h) => /^Year vs previous year$/.test(h))).toBe(true);
  });

  it.each([3, 6, 9, 10])("English headers of %i months carry no sentence article", (month) => {
    const en = heads(buildReport(data, opts({ month, lang: "en" })));
    expect(en.filter((h) => /\bthe first\b|^The /.test(h))).toEqual([]);
  });
});
