/**
 * Read what a report needs in one round trip: the sheet and table names, the data (the chosen
 * source, else the active sheet), the template when one is chosen. Only when no source is chosen
 * and the active sheet holds no data does a second read load every other sheet's used range at
 * once, to find the first one whose header row the reader recognises.
 */
import { readDataset, type SourceValues } from "../report/reader";
import type { Dataset } from "../report/types";
import type { NumberStyle, Settings } from "./settings";
import { UserError } from "./userError";

/** A data source as the task pane lists it. */
export interface SourceInfo {
  id: string;
  kind: "table" | "sheet";
  name: string;
}

/** "table:Name" / "sheet:Name" -> its parts; a bare name is tried as a table, then a sheet. */
export function parseSourceId(id: string): { kind: "table" | "sheet" | null; name: string } {
  const m = /^(table|sheet):(.*)$/s.exec(id);
  if (m && m[1] && m[2] !== undefined) return { kind: m[1] as "table" | "sheet", name: m[2] };
  return { kind: null, name: id };
}

export function sourceId(kind: "table" | "sheet", name: string): string {
  return `${kind}:${name}`;
}

export interface WorkbookRead {
  sheetNames: string[];
  tables: { name: string; sheet: string }[];
  activeSheet: string;
  /** The values the reader turned into `data`. */
  sources: SourceValues[];
  data: Dataset;
  /** What was read, for messages: "sheet:Dữ liệu mẫu". */
  sourceLabel: string;
  template: { sheet: string; values: unknown[][]; origin: { row: number; col: number } } | null;
  /** Round trips this read took (1, or 2 when the workbook had to be searched). */
  syncs: number;
  /**
   * How the data was found: the chosen source, the active sheet, or by searching the other sheets
   * (then `sourceLabel` is the sheet found, which runReport remembers so the next run needs no search).
   */
  found: "chosen" | "active" | "search";
}

interface Loaded {
  range: Excel.Range;
  sheet: string | (() => string);
}

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || (e instanceof Error && /ItemNotFound/.test(e.message));
}

function valuesOf(l: Loaded): SourceValues | null {
  if (l.range.isNullObject) return null;
  return {
    sheet: typeof l.sheet === "string" ? l.sheet : l.sheet(),
    values: l.range.values as unknown[][],
    origin: { row: l.range.rowIndex, col: l.range.columnIndex },
  };
}

const RANGE_PROPS = "values,rowIndex,columnIndex";

/**
 * Read the workbook for a report or a data check. Throws UserError when the chosen source or
 * template is gone, or when no data can be found.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  s: Pick<Settings, "source" | "template">,
  opts: { numberStyle?: NumberStyle } = {},
): Promise<WorkbookRead> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const active = wb.worksheets.getActiveWorksheet().load("name");
  const activeUsed = active.getUsedRangeOrNullObject(true).load(RANGE_PROPS);

  let chosen: Loaded | null = null;
  let chosenTable: Excel.Table | null = null;
  const src = s.source ? parseSourceId(s.source) : null;
  if (src) {
    if (src.kind === "table") {
      chosenTable = wb.tables.getItem(src.name).load("name,worksheet/name");
      chosen = { range: chosenTable.getRange().load(RANGE_PROPS), sheet: () => chosenTable!.worksheet.name };
    } else if (src.kind === "sheet") {
      chosen = {
        range: wb.worksheets.getItem(src.name).getUsedRangeOrNullObject(true).load(RANGE_PROPS),
        sheet: src.name,
      };
    }
  }
  let templateRange: Excel.Range | null = null;
  if (s.template) templateRange = wb.worksheets.getItem(s.template).getUsedRangeOrNullObject(true).load(RANGE_PROPS);

  try {
    await context.sync();
  } catch (e) {
    if (!isNotFound(e)) throw e;
    // Which one is gone? Ask once more, cheaply, by names only.
    const names = wb.worksheets.load("items/name");
    await context.sync();
    const has = (list: { name: string }[], n: string): boolean =>
      list.some((x) => x.name.toLocaleLowerCase() === n.toLocaleLowerCase());
    if (s.template && !has(names.items, s.template)) throw new UserError("template-missing", { name: s.template });
    throw new UserError("source-missing", { name: src?.name ?? s.source ?? "" });
  }

  const sheetNames = sheets.items.map((x) => x.name);
  const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const template =
    templateRange && s.template
      ? templateRange.isNullObject
        ? { sheet: s.template, values: [] as unknown[][], origin: { row: 0, col: 0 } }
        : {
            sheet: s.template,
            values: templateRange.values as unknown[][],
            origin: { row: templateRange.rowIndex, col: templateRange.columnIndex },
          }
      : null;
  const base = { sheetNames, tables: tableList, activeSheet: active.name, template };

  // A bare name: a table of that name first, else a sheet (both known now).
  if (src && src.kind === null) {
    const t = tableList.find((x) => x.name.toLocaleLowerCase() === src.name.toLocaleLowerCase());
    const sh = sheetNames.find((x) => x.toLocaleLowerCase() === src.name.toLocaleLowerCase());
    if (!t && !sh) throw new UserError("source-missing", { name: src.name });
    const range = t ? wb.tables.getItem(t.name).getRange() : wb.worksheets.getItem(sh!).getUsedRangeOrNullObject(true);
    range.load(RANGE_PROPS);
    await context.sync();
    const v = valuesOf({ range, sheet: t ? t.sheet : sh! });
    const data = readDataset(v ? [v] : [], opts);
    if (data.indicators.length === 0) throw new UserError("source-empty", { name: src.name });
    return { ...base, sources: v ? [v] : [], data, sourceLabel: s.source ?? "", syncs: 2, found: "chosen" };
  }

  if (chosen) {
    const v = valuesOf(chosen);
    const data = readDataset(v ? [v] : [], opts);
    if (data.indicators.length === 0) throw new UserError("source-empty", { name: src?.name ?? "" });
    return { ...base, sources: v ? [v] : [], data, sourceLabel: s.source ?? "", syncs: 1, found: "chosen" };
  }

  const activeValues = valuesOf({ range: activeUsed, sheet: active.name });
  if (activeValues && activeValues.sheet !== s.template) {
    const data = readDataset([activeValues], opts);
    if (data.indicators.length > 0) {
      return {
        ...base,
        sources: [activeValues],
        data,
        sourceLabel: sourceId("sheet", active.name),
        syncs: 1,
        found: "active",
      };
    }
  }

  // Search: every other visible sheet's used range, in one load, in sheet order.
  const others: Loaded[] = sheets.items
    .filter((x) => x.name !== active.name && x.name !== s.template && x.visibility === "Visible")
    .map((x) => ({ range: x.getUsedRangeOrNullObject(true).load(RANGE_PROPS), sheet: x.name }));
  if (others.length > 0) await context.sync();
  for (const o of others) {
    const v = valuesOf(o);
    if (!v) continue;
    const data = readDataset([v], opts);
    if (data.indicators.length > 0) {
      return { ...base, sources: [v], data, sourceLabel: sourceId("sheet", v.sheet), syncs: 2, found: "search" };
    }
  }
  throw new UserError("no-data");
}
