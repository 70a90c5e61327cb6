/**
 * The report rebuilt from its sheet's values (src/report/make/sheetReport.ts), in plain Node: the sheet as the
 * model wrote it gives the model's own report back; a flow's edited period figure moves its growth by the
 * ratio of the edit; words that moved are a refusal naming the cell.
 */
import fc from "fast-check";
import { runs } from "../../setup/runs";
import { DEFAULT_DOCUMENT_SETTINGS } from "../../../src/report/document/documentSettings";
import { buildReport } from "../../../src/report/make/model";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";
import { reportFromSheet, sheetEdits, type ReportMade } from "../../../src/report/make/sheetReport";
import type { Report } from "../../../src/report/table/report";
import type { ReportOptions } from "../../../src/report/period/options";
import { opts } from "../options";

const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);

function made(o: ReportOptions): ReportMade {
  return { data, options: o, document: DEFAULT_DOCUMENT_SETTINGS, report: buildReport(data, o) };
}

/** The table's values as Excel gives them back: the grid's values, "" for a blank. */
function sheetValues(report: Report): unknown[][] {
  const t = report.text!.table;
  const out: unknown[][] = [];
  for (let r = t.r1; r <= t.r2; r++) {
    const row: unknown[] = [];
    for (let c = t.c1; c <= t.c2; c++) {
      const v = report.grid.cells[r]?.[c]?.value;
      row.push(v === null || v === undefined ? "" : v);
    }
    out.push(row);
  }
  return out;
}

describe("reportFromSheet", () => {
  it("gives the model's report back when the sheet holds what the model wrote (every period, style, language)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("index" as const, "growth" as const),
        fc.constantFrom("vi" as const, "en" as const),
        fc.boolean(),
        (month, comparison, lang, live) => {
          const m = made(opts({ month, comparison, lang, live }));
          // Excel keeps 15 significant digits: the sheet gives back every number rounded so.
          const excel = sheetValues(m.report).map((row) =>
            row.map((v) => (typeof v === "number" ? Number(v.toPrecision(15)) : v)),
          );
          const got = reportFromSheet(m, "BC", excel);
          expect(got.ok).toBe(true);
          if (!got.ok) return;
          expect(got.edits).toEqual([]);
          expect(got.report.paragraph).toBe(m.report.paragraph);
          expect(got.report.text?.sections).toEqual(m.report.text?.sections);
        },
      ),
      runs(30),
    );
  });

  it("moves a flow's growth on the same period by the factor of the edit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), (tenths) => {
        const m = made(opts({ month: 6, live: false }));
        const values = sheetValues(m.report);
        const t = m.report.text!.table;
        const cell = (key: string) => m.report.text!.figures!.find((f) => f.code === "GTSX" && f.key === key)!;
        const same = values[cell("samePeriod").row - t.r1]![cell("samePeriod").col - t.c1] as number;
        // An edit of (tenths / 10) × the same period is a rise of (tenths × 10 − 100)%.
        values[cell("actual").row - t.r1]![cell("actual").col - t.c1] = (same * tenths) / 10;
        const got = reportFromSheet(m, "BC", values);
        expect(got.ok).toBe(true);
        if (!got.ok) return;
        const row = got.report.grid.cells[cell("actual").row]!;
        // The monthly layout: … actual, month on same month, period on same period (index, base 100).
        const cSame = row[cell("actual").col + 2];
        expect(cSame?.value).toBeCloseTo(tenths * 10, 9);
      }),
      runs(20),
    );
  });

  it("refuses when the table's words moved, naming the cell, what was written and what is there", () => {
    const m = made(opts({ month: 9 }));
    const values = sheetValues(m.report);
    const t = m.report.text!.table;
    const gtsx = m.report.text!.figures!.find((f) => f.code === "GTSX")!;
    values.splice(gtsx.row - t.r1, 1); // the row deleted: the rows below move up
    values.push(values[0]!.map(() => ""));
    const got = sheetEdits(m.report, "BC 9T-2013", values);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.address).toBe(`'BC 9T-2013'!A${gtsx.row + 1}`);
    expect(got.expected).toBe("1");
  });
});
