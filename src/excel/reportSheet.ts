/**
 * The last report as its sheet stands now: one round trip reads the values of the report's table (the
 * grid knows where it put it), and the pure report code makes the report again with the figures the
 * officer left there (src/report/make/sheetReport.ts). What the pane's paragraph, "copy the Word body" and
 * "download the .docx" use, so an estimate edited by judgment reaches the sentences and the Word table.
 * When the sheet is gone, its table moved, or the report went into a template, the answer is a UserError
 * that says so: never the first model's figures in place of the sheet's.
 */
import type { Lang } from "../core/types";
import type { DocumentSettings } from "../report/document/documentSettings";
import { reportFromSheet, tableArea } from "../report/make/sheetReport";
import type { Report } from "../report/table/report";
import { lastReport } from "./lastReport";
import { UserError } from "./userError";

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || (e instanceof Error && /ItemNotFound/.test(e.message));
}

/**
 * The last report rebuilt from its sheet, with its document settings; null when no report was made.
 * `lang`: in that language (the pane's paragraph after the language changed), else the report's own.
 */
export async function reportAsSheetStands(lang?: Lang): Promise<{ report: Report; settings: DocumentSettings } | null> {
  const last = lastReport();
  if (!last) return null;
  if (last.templateSheet !== undefined) throw new UserError("report-from-template", { name: last.templateSheet });
  const area = tableArea(last.report);
  if (!area) throw new UserError("report-from-template", { name: last.sheetName });
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const values = await Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(last.sheetName)
      .getRangeByIndexes(area.r1, area.c1, area.r2 - area.r1 + 1, area.c2 - area.c1 + 1)
      .load("values");
    try {
      await context.sync();
    } catch (e) {
      if (isNotFound(e)) throw new UserError("report-sheet-missing", { name: last.sheetName });
      throw e;
    }
    return range.values as unknown[][];
  });
  const made = reportFromSheet(last, last.sheetName, values, lang);
  if (made.ok) return { report: made.report, settings: last.document };
  if (made.reason === "no-table") throw new UserError("report-from-template", { name: last.sheetName });
  throw new UserError("report-sheet-changed", {
    name: last.sheetName,
    address: made.address,
    expected: made.expected,
    found: made.found,
  });
}
