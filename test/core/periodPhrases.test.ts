/**
 * Period phrases for every month 1–12, every kind an office reports at that month, and both languages
 * (issue 9, point 5). The expected patterns are DOMAIN.md's conventions ("3 tháng" is quý I, "6 tháng đầu
 * năm", "Năm 2013", "Quý III/2013", "Tính chung 9 tháng năm 2013"), written here as rules, not copied output.
 */
import fc from "fast-check";
import {
  defaultPeriodKind,
  endsQuarter,
  periodLead,
  periodMonths,
  periodName,
  periodSheetName,
  periodShort,
  periodTitle,
  quarterOf,
  summaryHeading,
  type Period,
  type PeriodKind,
} from "../../src/core/periodPhrases";
import { cleanSheetName, MAX_SHEET_NAME } from "../../src/report/table/sheetName";
import { reportFileName } from "../../src/report/document/fileNames";
import type { Lang } from "../../src/core/types";

const ROMAN = ["I", "II", "III", "IV"];
const Y = 2013;

/** Every (month, kind) an office can report: a quarter only where a quarter ends. */
const PERIODS: Period[] = [];
for (let month = 1; month <= 12; month++)
  for (const kind of ["month", "quarter", "cumulative"] as PeriodKind[])
    if (kind !== "quarter" || month % 3 === 0) PERIODS.push({ year: Y, month, kind });
const CASES: [string, Period, Lang][] = PERIODS.flatMap((p) =>
  (["vi", "en"] as Lang[]).map((lang) => [`${p.kind} ${p.month} ${lang}`, p, lang] as [string, Period, Lang]),
);

/** The phrases of one period that a reader sees. */
function phrases(p: Period, lang: Lang): string[] {
  return [
    periodName(p, lang),
    periodLead(p, lang),
    periodShort(p, lang),
    periodTitle(p, lang, { withEstimate: p.month === 9, hasNext: true }),
    summaryHeading(p, lang),
    periodSheetName(p, lang),
  ];
}

/** What DOMAIN.md says the sentence lead of a period is, in Vietnamese. */
function expectedLeadVi(p: Period): RegExp {
  const q = ROMAN[Math.ceil(p.month / 3) - 1];
  if (p.kind === "month") return new RegExp(`^Tháng ${p.month}/${Y}$`);
  if (p.kind === "quarter") return new RegExp(`^Quý ${q}/${Y}$`);
  if (p.month === 12) return new RegExp(`^Năm ${Y}$`);
  if (p.month === 1) return new RegExp(`^Tháng 1/${Y}$`);
  if (p.month === 3) return new RegExp(`^Tính chung quý I/${Y}$`);
  if (p.month === 6) return new RegExp(`^Tính chung 6 tháng đầu năm ${Y}$`);
  return new RegExp(`^Tính chung ${p.month} tháng năm ${Y}$`);
}

describe("period phrases, every month × kind × language", () => {
  it("covers 12 month reports, 4 quarters and 12 cumulative periods in two languages", () => {
    expect(CASES).toHaveLength((12 + 4 + 12) * 2);
  });

  it.each(CASES)("%s: no doubled words, no 'năm năm', no '6 tháng đầu năm năm', no '3 tháng'", (_n, p, lang) => {
    for (const s of phrases(p, lang)) {
      expect(s).not.toMatch(/\bnăm năm\b/iu);
      expect(s).not.toMatch(/đầu năm năm/u);
      expect(s).not.toMatch(/(^|\s)3 tháng/u); // the first three months are quý I
      const words = s.toLocaleLowerCase("vi").split(/[\s,:]+/u);
      expect(words.filter((w, i) => i > 0 && w === words[i - 1])).toEqual([]);
      expect(s).not.toMatch(/undefined|NaN|null/);
      expect(s).toBe(s.trim());
    }
  });

  it.each(CASES)("%s: the sentence lead names the period as offices write it", (_n, p, lang) => {
    const lead = periodLead(p, lang);
    if (lang === "vi") expect(lead).toMatch(expectedLeadVi(p));
    else {
      expect(lead).toMatch(/^In /);
      expect(lead).toContain(String(Y));
      if (p.kind === "quarter") expect(lead).toBe(`In Q${p.month / 3} ${Y}`);
      if (p.kind === "month") expect(lead).toMatch(/^In [A-Z][a-z]+ 2013$/);
    }
  });

  it.each(CASES)("%s: the sheet name is a valid Excel name that says the kind", (_n, p, lang) => {
    const name = periodSheetName(p, lang);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(cleanSheetName(name)).toBe(name);
    expect(name).toContain(String(Y));
    if (p.kind === "quarter") expect(name).toContain(`Q${p.month / 3}-`);
    if (p.kind === "month") expect(name).toMatch(lang === "vi" ? /T\d+-/ : /M\d+-/);
    if (p.kind === "cumulative" && p.month < 12) expect(name).toMatch(lang === "vi" ? / \d+T-/ : / \d+M-/);
    // The file name carries the same words.
    expect(reportFileName("data.xlsx", name)).toContain(name.replace(/\s+/g, "-"));
  });

  it("gives different sheet names to the three kinds of one month, so reports never overwrite one another", () => {
    for (const lang of ["vi", "en"] as Lang[])
      for (let m = 3; m <= 12; m += 3) {
        const names = (["month", "quarter", "cumulative"] as PeriodKind[]).map((kind) =>
          periodSheetName({ year: Y, month: m, kind }, lang),
        );
        expect(new Set(names).size).toBe(3);
      }
  });

  it.each(CASES)("%s: the title and the summary heading name the period", (_n, p, lang) => {
    const title = periodTitle(p, lang, { withEstimate: false, hasNext: false });
    const heading = summaryHeading(p, lang);
    expect(heading).toMatch(lang === "vi" ? /^Tóm tắt .+:$/ : /^Summary of .+:$/);
    if (lang === "vi") {
      const q = ROMAN[Math.ceil(p.month / 3) - 1];
      if (p.kind === "quarter") expect(title).toMatch(new RegExp(` quý ${q} năm ${Y}$`));
      if (p.kind === "month" && p.month > 1) expect(title).toContain(` tháng ${p.month} và `);
      if (p.kind === "cumulative" && p.month === 12) expect(title).toMatch(new RegExp(` năm ${Y}$`));
      if (p.kind === "cumulative" && p.month === 6) expect(title).toMatch(new RegExp(` 6 tháng đầu năm ${Y}$`));
      if (p.kind === "cumulative" && p.month === 3) expect(title).toMatch(new RegExp(` quý I năm ${Y}$`));
    }
  });

  it("writes the period words of a column header: 'Quý III', '9 tháng', '6 tháng đầu năm', 'Tháng 5'", () => {
    expect(periodShort({ month: 9, kind: "quarter" }, "vi")).toBe("Quý III");
    expect(periodShort({ month: 9, kind: "cumulative" }, "vi")).toBe("9 tháng");
    expect(periodShort({ month: 6, kind: "cumulative" }, "vi")).toBe("6 tháng đầu năm");
    expect(periodShort({ month: 3, kind: "cumulative" }, "vi")).toBe("Quý I");
    expect(periodShort({ month: 5, kind: "month" }, "vi")).toBe("Tháng 5");
    expect(periodShort({ month: 12, kind: "quarter" }, "en")).toBe("Q4");
  });
});

describe("the kind's months and default", () => {
  it("a quarter is its three months, a month itself, the months so far from January (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (m) => {
        expect(periodMonths({ month: m, kind: "month" })).toEqual({ first: m, through: m });
        expect(periodMonths({ month: m, kind: "cumulative" })).toEqual({ first: 1, through: m });
        if (endsQuarter(m)) {
          const q = periodMonths({ month: m, kind: "quarter" });
          expect(q.through - q.first).toBe(2);
          expect(quarterOf(q.first)).toBe(quarterOf(m));
        }
      }),
    );
  });

  it.each([
    [1, "month"],
    [3, "month"],
    [5, "month"],
    [6, "cumulative"],
    [9, "cumulative"],
    [10, "cumulative"],
    [11, "month"],
    [12, "cumulative"],
  ] as const)("month %i defaults to the %s report (docs/periods.md), never a quarter", (m, kind) => {
    expect(defaultPeriodKind(m)).toBe(kind);
  });
});
