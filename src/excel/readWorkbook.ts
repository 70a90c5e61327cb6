/**
 * Read what a report needs, in one round trip for most workbooks: the sheet and table names, the data
 * (the chosen source, else the active sheet), the template when one is chosen. The data is read by its
 * real extent (src/excel/readExtent.ts): a sheet larger than the probe's window, or one with tables,
 * takes a few more round trips, each under Excel on the web's request limit. Only when no source is
 * chosen and the active sheet holds no data are the other sheets searched.
 */
import { fillMessage, type Message } from "../core/message";
import { nearHeaderWords, readDataset } from "../report/read/reader";
import { type SourceValues } from "../core/sheetValues";
import { finishRead, probe, type Probe } from "./readExtent";
import type { Dataset } from "../report/read/dataset";
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
  /** Round trips this read took (1 for most workbooks; more for tables, large data or a search). */
  syncs: number;
  /**
   * How the data was found: the chosen source, the active sheet, or by searching the other sheets
   * (then `sourceLabel` is the sheet found, which runReport remembers so the next run needs no search).
   */
  found: "chosen" | "active" | "search";
}

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || (e instanceof Error && /ItemNotFound/.test(e.message));
}

const RANGE_PROPS = "values,rowIndex,columnIndex";
const POSITION = "rowIndex,columnIndex,rowCount,columnCount";
/** Sheets probed per sync while searching (each probe loads a window of up to ~3 MB: one per request). */
const SEARCH_PER_SYNC = 1;

/**
 * The workbook's date system, asked with the first round trip: DATE(1904;1;1) evaluated by the workbook
 * is serial 0 in the 1904 system and 1462 in the 1900 system. Office.js (1.1.110, every host) has no
 * property for the date system (`Workbook.use1904DateSystem` is not in it: loading it fails the batch),
 * while `workbook.functions` (ExcelApi 1.2, below the manifest's 1.7) is on every host we run on.
 */
function dateSystemProbe(wb: Excel.Workbook): Excel.FunctionResult<number> {
  return wb.functions.date(1904, 1, 1).load("value");
}

/** True for the 1904 system. A result that is not a number (an error) is read as the 1900 system, Excel's default. */
function isDate1904(r: Excel.FunctionResult<number>): boolean {
  return r.value === 0;
}

/**
 * Read the workbook for a report or a data check. Throws UserError when the chosen source or
 * template is gone, or when no data can be found. Which sheet: the chosen source (a table or a
 * sheet, even hidden); else the active sheet when it holds data (what the officer is looking at);
 * else the first visible sheet in workbook order whose header the reader recognises. Hidden sheets
 * are passed to the reader by name only, so it lists them (never read unless chosen).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  s: Pick<Settings, "source" | "template">,
  opts: { numberStyle?: NumberStyle } = {},
): Promise<WorkbookRead> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const active = wb.worksheets.getActiveWorksheet().load("name");
  const dateSystem = dateSystemProbe(wb);

  const src = s.source ? parseSourceId(s.source) : null;
  let chosenTable: Excel.Table | null = null;
  let first: { ws: Excel.Worksheet; probe: Probe } | null = null;
  if (src?.kind === "table") {
    chosenTable = wb.tables.getItem(src.name).load("name,worksheet/name");
    const ws = chosenTable.worksheet;
    first = { ws, probe: probe(ws, "", chosenTable.getRange()) };
  } else if (src?.kind === "sheet") {
    const ws = wb.worksheets.getItem(src.name);
    first = { ws, probe: probe(ws, src.name) };
  } else if (!src) {
    first = { ws: active, probe: probe(active, "") };
  }
  let templateRange: Excel.Range | null = null;
  if (s.template) templateRange = wb.worksheets.getItem(s.template).getUsedRangeOrNullObject(true).load(RANGE_PROPS);

  try {
    await sync();
  } catch (e) {
    if (!isNotFound(e)) throw e;
    // Which one is gone? Ask once more, cheaply, by names only.
    const names = wb.worksheets.load("items/name");
    await sync();
    const has = (list: { name: string }[], n: string): boolean =>
      list.some((x) => x.name.toLocaleLowerCase() === n.toLocaleLowerCase());
    if (s.template && !has(names.items, s.template)) throw new UserError("template-missing", { name: s.template });
    throw new UserError("source-missing", { name: src?.name ?? s.source ?? "" });
  }

  const sheetNames = sheets.items.map((x) => x.name);
  const hiddenNames = sheets.items.filter((x) => x.visibility !== "Visible").map((x) => x.name);
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
  const date1904 = isDate1904(dateSystem);

  /** The probed sheet's values, with its tables' ranges (one more small sync when it has tables). */
  const finish = async (ws: Excel.Worksheet, p: Probe, onlyTable?: string): Promise<SourceValues> => {
    const v = await finishRead(ws, p, sync);
    if (date1904) v.date1904 = true;
    if (onlyTable) {
      // The probe's bounds are the table's range: its position is already known.
      const u = p.used;
      v.tables = [
        {
          name: onlyTable,
          r1: u.rowIndex,
          c1: u.columnIndex,
          r2: u.rowIndex + u.rowCount - 1,
          c2: u.columnIndex + u.columnCount - 1,
        },
      ];
      return v;
    }
    const names = tableList.filter((t) => t.sheet === v.sheet).map((t) => t.name);
    if (names.length > 0) {
      const ranges = names.map((n) => ({ name: n, range: wb.tables.getItem(n).getRange().load(POSITION) }));
      await sync();
      v.tables = ranges.map(({ name, range }) => ({
        name,
        r1: range.rowIndex,
        c1: range.columnIndex,
        r2: range.rowIndex + range.rowCount - 1,
        c2: range.columnIndex + range.columnCount - 1,
      }));
    }
    return v;
  };
  const sourcesWith = (v: SourceValues): SourceValues[] => [
    ...hiddenNames.filter((n) => n !== v.sheet).map((n) => ({ sheet: n, values: [], hidden: true })),
    v,
  ];
  const read = (v: SourceValues, chosen: boolean): Dataset =>
    readDataset(sourcesWith(v), { ...opts, ...(chosen ? { sheet: v.sheet } : {}) });

  // A bare name: a table of that name first, else a sheet (both known now).
  if (src && src.kind === null) {
    const t = tableList.find((x) => x.name.toLocaleLowerCase() === src.name.toLocaleLowerCase());
    const sh = sheetNames.find((x) => x.toLocaleLowerCase() === src.name.toLocaleLowerCase());
    if (!t && !sh) throw new UserError("source-missing", { name: src.name });
    const ws = wb.worksheets.getItem(t ? t.sheet : sh!);
    const p = probe(ws, t ? t.sheet : sh!, t ? wb.tables.getItem(t.name).getRange() : undefined);
    await sync();
    const v = await finish(ws, p, t?.name);
    const data = read(v, true);
    if (data.indicators.length === 0) throw new UserError("source-empty", { name: src.name, ...near(v) });
    return { ...base, sources: [v], data, sourceLabel: s.source ?? "", syncs, found: "chosen" };
  }

  if (first && src) {
    if (chosenTable) first.probe.sheet = chosenTable.worksheet.name;
    const v = await finish(first.ws, first.probe, chosenTable ? chosenTable.name : undefined);
    const data = read(v, true);
    if (data.indicators.length === 0) throw new UserError("source-empty", { name: src.name, ...near(v) });
    return { ...base, sources: [v], data, sourceLabel: s.source ?? "", syncs, found: "chosen" };
  }

  let activeRead: SourceValues | null = null;
  if (first && active.name !== s.template) {
    first.probe.sheet = active.name;
    const v = await finish(first.ws, first.probe);
    const data = read(v, false);
    if (data.indicators.length > 0) {
      return { ...base, sources: [v], data, sourceLabel: sourceId("sheet", active.name), syncs, found: "active" };
    }
    activeRead = v;
  }

  // Search: every other visible sheet, in workbook order, a few probes per sync.
  const others = sheets.items.filter(
    (x) => x.name !== active.name && x.name !== s.template && x.visibility === "Visible",
  );
  for (let i = 0; i < others.length; i += SEARCH_PER_SYNC) {
    const group = others.slice(i, i + SEARCH_PER_SYNC).map((x) => ({ ws: x, probe: probe(x, x.name) }));
    await sync();
    for (const o of group) {
      const v = await finish(o.ws, o.probe);
      const data = read(v, false);
      if (data.indicators.length > 0) {
        return { ...base, sources: [v], data, sourceLabel: sourceId("sheet", v.sheet), syncs, found: "search" };
      }
    }
  }
  // The sheet the officer is looking at is named with what the reader saw there, when it holds anything.
  const seen = activeRead ? nearHeaderWords(activeRead) : null;
  if (activeRead && seen)
    throw new UserError("no-data-near", { sheet: activeRead.sheet, near: { vi: seen.vi, en: seen.en } });
  throw new UserError("no-data");
}

/** The slots of source-empty for a source whose header could not be read: the nearest row's cells and what is missing. */
function near(v: SourceValues): { near: Message } {
  const w = nearHeaderWords(v);
  if (!w) return { near: { vi: "", en: "" } };
  return { near: fillMessage(SHEET_NEAR, { sheet: v.sheet, near: w }) };
}

/** What the reader saw on a sheet, after the source-empty sentence. */
const SHEET_NEAR: Message = { vi: " Trang “{sheet}”: {near}", en: " Sheet “{sheet}”: {near}" };
