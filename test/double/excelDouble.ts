/**
 * A recording double of the Excel JavaScript API (and the bits of Office.* the add-in uses), for
 * jest in Node and, bundled, for the task pane's browser tests. No Node imports.
 *
 * It models what the tests must be able to trust:
 * - the batch model: calls queue commands; nothing reaches the workbook until context.sync();
 *   loaded properties are readable only after a sync (reading before throws PropertyNotLoaded, as
 *   Office.js does); commands still queued when Excel.run ends are dropped and counted;
 * - round trips (every sync), the request's estimated size (a sync over the web's ~5 MB limit is
 *   refused whole, RequestPayloadSizeLimitExceeded), and every write (sheet, address, kind);
 * - Excel's rules: sheet names of 1..31 characters without []:*?/\ , not starting or ending with
 *   an apostrophe, unique ignoring case; 2-D writes must match the range's shape; getItem of a
 *   missing sheet fails the batch with ItemNotFound; *OrNullObject gives isNullObject after sync;
 *   text typed into a cell that looks like a number or starts with "=" is read as Excel would.
 * It does not calculate formulas: a formula cell reads back its formula and a blank value.
 *
 * This file is the index tests import: the double itself (ExcelDouble, Excel.run, a minimal Office) and,
 * re-exported, its parts by concern: state.ts (cells, sheets, records), typed.ts (what Excel makes of
 * typed text), range.ts (ranges and values), formats.ts, worksheet.ts and worksheets.ts (sheets),
 * tables.ts, notes.ts (notes and comments), pageLayout.ts, functions.ts (workbook.functions), context.ts (the batch and round trips).
 */
import { colLetters, parseA1 } from "./a1";
import { Ctx } from "./context";
import { checkSheetName, excelError } from "./errors";
import {
  SheetState,
  type CellState,
  type DoubleOptions,
  type RequestRecord,
  type TableState,
  type WorkbookState,
  type WriteRecord,
} from "./state";
import { typed } from "./typed";

export type { Rect } from "./a1";
export { checkSheetName } from "./errors";
export { Ctx } from "./context";
export { dateSerial, FunctionResultProxy } from "./functions";
export { RangeProxy, RangeAreasProxy } from "./range";
export { WorksheetProxy } from "./worksheet";
export { WorksheetCollectionProxy } from "./worksheets";
export { TableCollectionProxy } from "./tables";
export { SheetState } from "./state";
/** Excel.RunOptions as the double reads them. */
export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export type { CellState, DoubleOptions, RequestRecord, TableState, WorkbookState, WriteRecord } from "./state";

interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(a?: unknown, b?: (r: { status: string; error?: { message: string } }) => void): void;
}

/** The double: Excel, a minimal Office, the workbook state and the records. */
export class ExcelDouble {
  state: WorkbookState;
  syncs = 0;
  runs = 0;
  /** The options each Excel.run was given ({} for Excel.run(batch)). */
  runOptions: RunOptions[] = [];
  /**
   * Undo steps the runs left in Excel's undo list: one per round trip that changed the workbook, or one per
   * run that changed it when the run merged its syncs (mergeUndoGroup, ExcelApi 1.20).
   */
  undoSteps = 0;
  /** The host refuses mergeUndoGroup with UndoNotSupported on the run's first sync (nothing applied). */
  undoNotSupported: boolean;
  /** Commands queued but never synced when an Excel.run ended (a forgotten sync). */
  dropped = 0;
  requests: RequestRecord[] = [];
  writes: WriteRecord[] = [];
  requestLimitBytes: number;
  settingsStore: Record<string, unknown>;
  settingsSaves = 0;
  /** Make the next saveAsync fail (tests of the failure path). */
  failNextSave = false;
  taskpaneShown = 0;
  actions = new Map<string, (event: unknown) => unknown>();
  private ids = 0;
  /** Highest ExcelApi requirement set of the host played. */
  readonly excelApi: string;
  readonly Excel: Record<string, unknown>;
  readonly Office: Record<string, unknown>;

  constructor(options: DoubleOptions = {}) {
    this.requestLimitBytes = options.requestLimitBytes ?? 5 * 1024 * 1024;
    this.undoNotSupported = options.undoNotSupported ?? false;
    this.settingsStore = JSON.parse(JSON.stringify(options.settings ?? {}));
    const first = new SheetState(this.nextId(), "Sheet1");
    this.state = { sheets: [first], tables: [], active: first, selection: null };
    const excelApi = options.excelApi ?? "1.12";
    this.excelApi = excelApi;
    this.Excel = {
      run: async <T>(a: RunOptions | ((ctx: Ctx) => Promise<T>), b?: (ctx: Ctx) => Promise<T>): Promise<T> => {
        const options: RunOptions = typeof a === "function" ? {} : a;
        const cb = typeof a === "function" ? a : b;
        if (typeof cb !== "function") throw new Error("Excel.run needs a function");
        if (options.mergeUndoGroup !== undefined) this.requireApi("1.20", "Excel.run's mergeUndoGroup");
        this.runs += 1;
        this.runOptions.push({ ...options });
        const ctx = new Ctx(this, options.mergeUndoGroup === true);
        const before = this.writes.length;
        try {
          const result = await cb(ctx);
          this.dropped += ctx.pendingCount;
          return result;
        } finally {
          this.countUndoSteps(this.writes.slice(before), options.mergeUndoGroup === true);
        }
      },
      RequestContext: Ctx,
      PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
      WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
      BorderIndex: {
        edgeTop: "EdgeTop",
        edgeBottom: "EdgeBottom",
        edgeLeft: "EdgeLeft",
        edgeRight: "EdgeRight",
        insideVertical: "InsideVertical",
        insideHorizontal: "InsideHorizontal",
      },
      BorderLineStyle: { continuous: "Continuous", none: "None" },
      HorizontalAlignment: { left: "Left", center: "Center", right: "Right", general: "General" },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
      ErrorCodes: { itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument" },
    };
    const store = this.settingsStore;
    const settings: FakeSettings = {
      get: (name) => (name in store ? store[name] : null),
      set: (name, value) => {
        store[name] = JSON.parse(JSON.stringify(value));
      },
      remove: (name) => {
        delete store[name];
      },
      saveAsync: (a, b) => {
        const cb = (typeof a === "function" ? a : b) as
          ((r: { status: string; error?: { message: string } }) => void) | undefined;
        const fail = this.failNextSave;
        this.failNextSave = false;
        if (!fail) this.settingsSaves += 1;
        setTimeout(
          () => cb?.(fail ? { status: "failed", error: { message: "save failed" } } : { status: "succeeded" }),
          0,
        );
      },
    };
    this.Office = {
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        document: { settings },
        requirements: {
          isSetSupported: (name: string, version?: string) => name !== "ExcelApi" || this.supportsApi(version ?? "1.1"),
        },
      },
      actions: {
        associate: (id: string, fn: (event: unknown) => unknown) => {
          this.actions.set(id, fn);
        },
      },
      addin: {
        showAsTaskpane: async () => {
          this.taskpaneShown += 1;
        },
        hide: async () => undefined,
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        cb?.(info);
        return Promise.resolve(info);
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      HostType: { Excel: "Excel" },
    };
  }

  /** A method beyond the host's requirement set does not exist there: calling it fails, as in Office.js. */
  requireApi(version: string, what: string): void {
    if (!this.supportsApi(version)) throw excelError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  /** True when the host this double plays supports ExcelApi `version`. */
  supportsApi(version: string): boolean {
    const [major, minor] = this.excelApi.split(".").map(Number) as [number, number];
    const [a, b] = version.split(".").map(Number) as [number, number];
    return a < major || (a === major && (b ?? 0) <= minor);
  }

  nextId(): string {
    this.ids += 1;
    return `{sheet-${this.ids}}`;
  }

  /** Set globalThis.Excel and globalThis.Office (or another target, e.g. window). */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): this {
    target.Excel = this.Excel;
    target.Office = this.Office;
    return this;
  }

  /** Test setup, outside any batch: add a sheet with values at A1 (or at origin); it becomes active. */
  addSheet(name: string, values: unknown[][] = [], origin = { row: 0, col: 0 }): SheetState {
    checkSheetName(
      name,
      this.state.sheets.map((s) => s.name),
    );
    const sheet = new SheetState(this.nextId(), name);
    // Setup stores cells as given (text stays text, as pasted data does); "=..." is a formula.
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const t =
          typeof v === "string" && !v.startsWith("=") ? { value: v === "" ? null : v, formula: null } : typed(v);
        if (t.value === null && t.formula === null) return;
        const cell = sheet.ensure(origin.row + r, origin.col + c);
        cell.value = t.value;
        cell.formula = t.formula;
      }),
    );
    // A fresh double holds one empty "Sheet1"; the first real sheet replaces it.
    const only = this.state.sheets[0];
    if (this.state.sheets.length === 1 && only && only.name === "Sheet1" && only.cells.size === 0) {
      this.state.sheets = [sheet];
    } else this.state.sheets.push(sheet);
    this.state.active = sheet;
    return sheet;
  }

  /** Test setup: an Excel table over an address of a sheet. */
  addTable(name: string, sheet: string, address: string): TableState {
    const s = this.sheet(sheet);
    const t: TableState = { id: `{table-${++this.ids}}`, name, sheet: s, rect: parseA1(address) };
    this.state.tables.push(t);
    return t;
  }

  activate(name: string): void {
    this.state.active = this.sheet(name);
  }

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** A sheet's used values (from A1), "" for blank: what a test compares with a grid. */
  values(name: string): (string | number | boolean)[][] {
    const s = this.sheet(name);
    const box = s.usedRect(true);
    if (!box) return [];
    return s.valuesOf({ r1: 0, c1: 0, r2: box.r2, c2: box.c2 });
  }

  /** Formula or value of a cell by A1 address. */
  cellAt(name: string, a1: string): CellState | undefined {
    const r = parseA1(a1);
    return this.sheet(name).cell(r.r1, r.c1);
  }

  /** Deep copy of every sheet's content, to prove later that nothing outside a report changed. */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const s of this.state.sheets) {
      const cells = [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out[s.name] = JSON.stringify({
        cells,
        merges: s.merges,
        widths: [...s.colWidths.entries()],
        freeze: s.freeze,
        page: s.pageLayout,
        visibility: s.visibility,
      });
    }
    return out;
  }

  /** Writes grouped by kind, optionally for one sheet. */
  writeCounts(sheet?: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const w of this.writes) if (sheet === undefined || w.sheet === sheet) out[w.kind] = (out[w.kind] ?? 0) + 1;
    return out;
  }

  /** Forget counters (after test setup). */
  private countUndoSteps(writes: WriteRecord[], merged: boolean): void {
    const syncs = new Set(writes.map((w) => w.sync));
    this.undoSteps += merged ? Math.min(syncs.size, 1) : syncs.size;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.runs = 0;
    this.runOptions = [];
    this.undoSteps = 0;
    this.dropped = 0;
    this.requests = [];
    this.writes = [];
  }
}

/** Column letters, re-exported for tests. */
export { colLetters, parseA1 };
