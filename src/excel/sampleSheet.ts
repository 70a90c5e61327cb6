/**
 * "Dữ liệu mẫu": insert the sample raw-data sheet (never over an existing sheet: "Dữ liệu mẫu (2)"),
 * formatted, and activate it. Two round trips: the names, then everything else.
 */
import { SAMPLE_SHEET_NAME, sampleValues } from "../report/read/sample";
import { uniqueSheetName } from "../report/table/sheetName";
import { UserError } from "./userError";
import { valueEntry } from "../report/table/cellEntry";
import { charsToPoints, entryBlocks } from "./writePlan";
import { queueBlock } from "./writer";

/** Column widths (characters) by header: the name column wide, months narrow. */
function widthFor(header: unknown): number {
  const h = String(header ?? "").toLowerCase();
  if (/chỉ tiêu|indicator/.test(h)) return 40;
  if (/nhóm|group/.test(h)) return 16;
  if (/đvt|unit|loại|kind|kế hoạch|plan|lũy kế/.test(h)) return 12;
  return 9;
}

export async function insertSampleSheet(): Promise<string> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const values = sampleValues();
  const cols = Math.max(1, ...values.map((r) => r.length));
  // Names, units, kinds and plans written as text by the one rule (cellText.ts).
  const entries = values.map((r) => Array.from({ length: cols }, (_, c) => valueEntry(r[c])));
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(
      SAMPLE_SHEET_NAME,
      sheets.items.map((s) => s.name),
    );
    const sheet = context.workbook.worksheets.add(name);
    for (const block of entryBlocks(0, 0, entries)) queueBlock(sheet, block);
    const header = sheet.getRangeByIndexes(0, 0, 1, cols);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    header.format.wrapText = true;
    const first = values[0] ?? [];
    for (let c = 0; c < cols; c++)
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(widthFor(first[c]));
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    return name;
  });
}
