/** The data sources the task pane offers: every table, then every visible sheet. One round trip. */
import { sourceId, type SourceInfo } from "./readWorkbook";

export async function listSources(): Promise<SourceInfo[]> {
  if (typeof Excel === "undefined") return [];
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return [
      ...tables.items.map((t) => ({ id: sourceId("table", t.name), kind: "table" as const, name: t.name })),
      ...sheets.items
        .filter((s) => s.visibility === "Visible")
        .map((s) => ({ id: sourceId("sheet", s.name), kind: "sheet" as const, name: s.name })),
    ];
  });
}
