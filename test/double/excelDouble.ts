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
 */
import { colLetters, parseA1, qualified, rectAddress, splitSheet, type Rect } from "./a1";

export type { Rect } from "./a1";

/** One cell as the double keeps it. */
export interface CellState {
  value: string | number | boolean | null;
  /** The value is an error (#N/A, #VALUE! …), not text. */
  error?: boolean;
  formula: string | null;
  numberFormat: string;
  style: Record<string, string | number | boolean>;
}

/** One write that reached the workbook. */
export interface WriteRecord {
  sheet: string;
  address: string;
  kind: string;
  /** Index of the sync that carried it (1-based). */
  sync: number;
}

/** One round trip. */
export interface RequestRecord {
  bytes: number;
  ops: number;
  /** application.suspendApiCalculationUntilNextSync() was queued in this batch. */
  calculationSuspended: boolean;
  refused: boolean;
  /** Bytes the loads of this sync sent back. */
  responseBytes?: number;
}

export class SheetState {
  cells = new Map<string, CellState>();
  merges: Rect[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  pageLayout: {
    orientation: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printTitleRows: string | null;
    /** headersFooters.state and defaultForAllPages' six texts, as set. */
    headersFooters: Record<string, string>;
  } = { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null, headersFooters: {} };
  visibility = "Visible";
  /** Hidden rows and columns, 0-based. */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Cell notes (ExcelApi 1.18) and comments (1.10) by "row,col". */
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }

  ensure(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General", style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let box: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const has =
        cell.formula !== null ||
        (cell.value !== null && cell.value !== "") ||
        (!valuesOnly && (cell.numberFormat !== "General" || Object.keys(cell.style).length > 0));
      if (!has) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (!box) box = { r1: r, c1: c, r2: r, c2: c };
      else {
        box.r1 = Math.min(box.r1, r);
        box.c1 = Math.min(box.c1, c);
        box.r2 = Math.max(box.r2, r);
        box.c2 = Math.max(box.c2, c);
      }
    }
    return box;
  }

  /** The values as Excel's range.values shows them: "" for blank. */
  valuesOf(rect: Rect): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const v = this.cell(r, c)?.value;
        row.push(v === null || v === undefined ? "" : v);
      }
      out.push(row);
    }
    return out;
  }
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
}

/** Options of a new double. */
export interface DoubleOptions {
  /** Excel on the web refuses a request over about 5 MB. */
  requestLimitBytes?: number;
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  /** Highest ExcelApi requirement set the host supports, e.g. "1.12". */
  excelApi?: string;
}

interface Op {
  bytes: number;
  run: () => void;
}

function excelError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`) as Error & { code: string; name: string };
  e.code = code;
  e.name = "RichApi.Error";
  return e;
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** Excel's own test of a sheet name; throws the error Excel gives. */
export function checkSheetName(name: string, taken: string[]): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw excelError("InvalidArgument", `sheet name must be 1..31 characters: "${name}"`);
  }
  if (INVALID_NAME.test(name))
    throw excelError("InvalidArgument", `sheet name has a character Excel forbids: "${name}"`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw excelError("InvalidArgument", `sheet name starts or ends with ': "${name}"`);
  if (name.toLowerCase() === "history") throw excelError("InvalidArgument", `"History" is reserved`);
  const lower = name.toLocaleLowerCase();
  if (taken.some((t) => t.toLocaleLowerCase() === lower))
    throw excelError("ItemAlreadyExists", `sheet "${name}" exists`);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"];

/** Excel's date serial of a day (the 1900 system, after Feb 1900). */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * A string Excel would convert to a number, date, time or boolean in SOME locale (the double plays
 * every locale at once, so a test fails whenever text is left to Excel's guess): plain and grouped
 * numbers ("1E3", " 0012", "1,234", "1.234,5"), percents, currency ("5 ₫", "$5", "5 €"), dates
 * ("Jan 2013", "1-Jan", "1/2/2013", "2013-01-02"), times, TRUE/FALSE. Null when it stays text.
 */
function converted(t: string): number | boolean | null {
  const num = (x: string): number | null => {
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(x)) return Number(x);
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(x)) return Number(x.replace(/,/g, "")); // en-US grouping
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(x)) return Number(x.replace(/\./g, "").replace(",", ".")); // vi-VN
    if (/^[+-]?\d+,\d+$/.test(x)) return Number(x.replace(",", ".")); // a decimal comma
    return null;
  };
  const plain = num(t);
  if (plain !== null) return plain;
  if (t.endsWith("%")) {
    const p = num(t.slice(0, -1).trim());
    if (p !== null) return p / 100;
  }
  const money = /^([$€£¥₫]|đ|VND)?\s*([^$€£¥₫\s]+)\s*([$€£¥₫]|đ|VND)?$/i.exec(t);
  if (money && (money[1] || money[3])) {
    const m = num(money[2] ?? "");
    if (m !== null) return m;
  }
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const month = (w: string): number => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;
  let m = /^([a-z]{3,9})[\s-]+(\d{2}|\d{4})$/i.exec(t); // "Jan 2013", "Jan-13"
  if (m && month(m[1]!) > 0) return serial(m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]), month(m[1]!), 1);
  m = /^(\d{1,2})[\s-]([a-z]{3,9})([\s-](\d{2,4}))?$/i.exec(t); // "1-Jan", "1 Jan 2013"
  if (m && month(m[2]!) > 0) return serial(m[4] ? Number(m[4]) : 2013, month(m[2]!), Number(m[1]));
  m = /^(\d{1,4})[/.-](\d{1,2})([/.-](\d{1,4}))?$/.exec(t); // "1/2/2013", "2013-01-02", "1-2"
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return serial(2013, Number(m[2]), Math.min(28, Number(m[1]) || 1));
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return 0.5;
  return null;
}

/**
 * What Excel makes of a value written through values/formulas into a cell whose number format is
 * `format`. In a Text-format cell ("@") a string is kept exactly as given, as Microsoft documents
 * (Excel.NumberFormatCategory.text: "treated as text even when a number is in the cell ... displayed
 * exactly as entered"). Elsewhere Excel reads it as typed: a leading "'" is dropped and keeps the
 * rest as text, "=..." (and "+"/"-" not followed by a number) is a formula, an error word is an
 * error value, and anything convertible is converted (see `converted`).
 */
function typed(
  input: unknown,
  format = "General",
): { value: string | number | boolean | null; formula: string | null; error?: boolean } {
  if (input === null || input === undefined || input === "") return { value: null, formula: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const s = String(input);
  if (format === "@") return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s };
  const t = s.trim();
  if (ERRORS.includes(t.toUpperCase())) return { value: t.toUpperCase(), formula: null, error: true };
  const c = converted(t);
  if (c !== null) return { value: c, formula: null };
  if (/^[+-]/.test(s) && s.length > 1) return { value: null, formula: "=" + s };
  return { value: s, formula: null };
}

function bytesOf(x: unknown): number {
  try {
    return JSON.stringify(x)?.length ?? 4;
  } catch {
    return 64;
  }
}

function propList(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (typeof props === "string") {
    return props
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  if (typeof props === "object") {
    const o = props as Record<string, unknown>;
    if (typeof o.select === "string") return propList(o.select);
    return Object.keys(o);
  }
  return [];
}

/** The shared machinery of every proxy: a context, loaded values, null-ness. */
abstract class ProxyBase {
  protected snap: Record<string, unknown> = {};
  protected loaded = new Set<string>();
  protected nullKnown: boolean | undefined;
  constructor(public readonly context: Ctx) {}

  protected readLoaded(key: string): unknown {
    if (!this.loaded.has(key)) {
      throw excelError(
        "PropertyNotLoaded",
        `The property '${key}' is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.snap[key];
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw excelError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    }
    return this.nullKnown;
  }

  protected queue(bytes: number, run: () => void): void {
    this.context.queueOp({ bytes: bytes + 60, run });
  }

  /** The property values to capture when a load runs; `target` is the resolved object. */
  protected abstract capture(key: string): unknown;
  protected abstract isNull(): boolean;

  load(props?: unknown): this {
    const keys = propList(props);
    this.queue(bytesOf(props), () => {
      this.nullKnown = this.isNull();
      for (const key of keys.length ? keys : this.defaultKeys()) {
        const top = key.split("/")[0] ?? key;
        this.snap[top] = this.nullKnown ? null : this.capture(key);
        this.loaded.add(top);
        // What Excel sends back counts against the same ~5 MB limit as what is sent.
        this.context.respond(bytesOf(this.snap[top]));
      }
    });
    return this;
  }

  protected defaultKeys(): string[] {
    return [];
  }

  /** Queue the null check that every *OrNullObject call carries. */
  protected trackNull(): void {
    this.queue(20, () => {
      this.nullKnown = this.isNull();
    });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of this.loaded) out[k] = this.snap[k];
    return out;
  }
}

type SheetResolver = () => SheetState | null;
type RectResolver = (sheet: SheetState) => Rect | null;

class FontProxy {
  constructor(private range: RangeProxy) {}
  set bold(v: boolean) {
    this.range.setStyle("font.bold", v);
  }
  set italic(v: boolean) {
    this.range.setStyle("font.italic", v);
  }
  set size(v: number) {
    this.range.setStyle("font.size", v);
  }
  set color(v: string) {
    this.range.setStyle("font.color", v);
  }
  set name(v: string) {
    this.range.setStyle("font.name", v);
  }
}

class FillProxy {
  constructor(private range: RangeProxy) {}
  set color(v: string) {
    this.range.setStyle("fill.color", v);
  }
  clear(): void {
    this.range.setStyle("fill.color", "", "fill.clear");
  }
}

class BorderProxy {
  constructor(
    private range: RangeProxy,
    private index: string,
  ) {}
  set style(v: string) {
    this.range.setStyle(`border.${this.index}.style`, v, "border");
  }
  set weight(v: string) {
    this.range.setStyle(`border.${this.index}.weight`, v, "border");
  }
  set color(v: string) {
    this.range.setStyle(`border.${this.index}.color`, v, "border");
  }
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class FormatProxy {
  font: FontProxy;
  fill: FillProxy;
  borders: { getItem(index: string): BorderProxy };
  constructor(private range: RangeProxy) {
    this.font = new FontProxy(range);
    this.fill = new FillProxy(range);
    this.borders = {
      getItem: (index: string) => {
        if (!BORDER_INDEXES.includes(index)) throw excelError("InvalidArgument", `border index ${index}`);
        return new BorderProxy(range, index);
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.range.setStyle("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.range.setStyle("verticalAlignment", v);
  }
  set wrapText(v: boolean) {
    this.range.setStyle("wrapText", v);
  }
  set columnWidth(v: number) {
    this.range.setDimension("columnWidth", v);
  }
  set rowHeight(v: number) {
    this.range.setDimension("rowHeight", v);
  }
  autofitColumns(): void {
    this.range.recordOnly("autofitColumns");
  }
  autofitRows(): void {
    this.range.recordOnly("autofitRows");
  }
}

export class RangeProxy extends ProxyBase {
  format: FormatProxy;
  constructor(
    context: Ctx,
    private sheetOf: SheetResolver,
    private rectOf: RectResolver,
  ) {
    super(context);
    this.format = new FormatProxy(this);
  }

  /** Resolve now (inside a running op). Throws for a missing sheet unless null-tolerant. */
  target(): { sheet: SheetState; rect: Rect } | null {
    const sheet = this.sheetOf();
    if (!sheet) return null;
    const rect = this.rectOf(sheet);
    return rect ? { sheet, rect } : null;
  }

  private mustTarget(): { sheet: SheetState; rect: Rect } {
    const t = this.target();
    if (!t) throw excelError("InvalidObjectPath", "the range is a null object");
    return t;
  }

  protected isNull(): boolean {
    return this.target() === null;
  }

  protected capture(key: string): unknown {
    const t = this.mustTarget();
    const { sheet, rect } = t;
    if (key === "values" || key === "text" || key === "formulas" || key === "numberFormat") {
      const cells = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
      // Excel on the web cannot answer for millions of cells: the whole request fails.
      if (cells > 5_000_000) throw excelError("ResponsePayloadSizeLimitExceeded", `${cells} cells in one range`);
    }
    switch (key) {
      case "values":
      case "text":
        return sheet.valuesOf(rect);
      case "formulas": {
        const vals = sheet.valuesOf(rect);
        return vals.map((row, i) => row.map((v, j) => sheet.cell(rect.r1 + i, rect.c1 + j)?.formula ?? v));
      }
      case "numberFormat": {
        const out: string[][] = [];
        for (let r = rect.r1; r <= rect.r2; r++) {
          const row: string[] = [];
          for (let c = rect.c1; c <= rect.c2; c++) row.push(sheet.cell(r, c)?.numberFormat ?? "General");
          out.push(row);
        }
        return out;
      }
      case "address":
      case "addressLocal":
        return qualified(sheet.name, rect);
      case "rowIndex":
        return rect.r1;
      case "columnIndex":
        return rect.c1;
      case "rowCount":
        return rect.r2 - rect.r1 + 1;
      case "columnCount":
        return rect.c2 - rect.c1 + 1;
      default:
        throw excelError("InvalidArgument", `the double does not load range.${key}`);
    }
  }

  get values(): unknown[][] {
    return this.readLoaded("values") as unknown[][];
  }
  set values(v: unknown) {
    this.write2d("values", v);
  }
  get formulas(): unknown[][] {
    return this.readLoaded("formulas") as unknown[][];
  }
  set formulas(v: unknown) {
    this.write2d("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.readLoaded("numberFormat") as unknown[][];
  }
  set numberFormat(v: unknown) {
    this.write2d("numberFormat", v);
  }
  get address(): string {
    return this.readLoaded("address") as string;
  }
  get rowIndex(): number {
    return this.readLoaded("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.readLoaded("columnIndex") as number;
  }
  get rowCount(): number {
    return this.readLoaded("rowCount") as number;
  }
  get columnCount(): number {
    return this.readLoaded("columnCount") as number;
  }

  /** Cells of one kind as a RangeAreas (ExcelApi 1.9): constants, formulas or visible cells. */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): RangeAreasProxy {
    this.context.double.requireApi("1.9", "Range.getSpecialCellsOrNullObject");
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const { sheet, rect } = t;
        const keep = (r: number, c: number): boolean => {
          if (cellType === "Visible") return !sheet.hiddenRows.has(r) && !sheet.hiddenCols.has(c);
          const cell = sheet.cell(r, c);
          if (!cell) return false;
          if (cellType === "Formulas") return cell.formula !== null;
          if (cellType === "Constants") {
            const has = cell.formula === null && cell.value !== null && cell.value !== "";
            if (!has || valueType === undefined || valueType === "All") return has;
            return true;
          }
          throw excelError("InvalidArgument", `the double does not know special cells ${cellType}`);
        };
        if (cellType === "Visible") return visibleAreas(sheet, rect);
        const points: [number, number][] = [];
        for (const key of sheet.cells.keys()) {
          const [r, c] = key.split(",").map(Number) as [number, number];
          if (r >= rect.r1 && r <= rect.r2 && c >= rect.c1 && c <= rect.c2 && keep(r, c)) points.push([r, c]);
        }
        return rectsOf(points);
      },
      () => this.target()?.sheet.name ?? "",
    );
  }

  /** Merged areas inside this range as a RangeAreas (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.double.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const { sheet, rect } = t;
        const inside = sheet.merges.filter(
          (m) => m.r1 >= rect.r1 && m.r2 <= rect.r2 && m.c1 >= rect.c1 && m.c2 <= rect.c2,
        );
        return inside.length ? inside : null;
      },
      () => this.target()?.sheet.name ?? "",
    );
  }

  /** The overlap of two ranges, or a null object. */
  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    const r = new RangeProxy(
      this.context,
      () => this.target()?.sheet ?? null,
      () => {
        const a = this.target()?.rect;
        const b = other.target()?.rect;
        if (!a || !b) return null;
        const x = {
          r1: Math.max(a.r1, b.r1),
          c1: Math.max(a.c1, b.c1),
          r2: Math.min(a.r2, b.r2),
          c2: Math.min(a.c2, b.c2),
        };
        return x.r1 <= x.r2 && x.c1 <= x.c2 ? x : null;
      },
    );
    (r as unknown as { trackNull(): void }).trackNull();
    return r;
  }

  private write2d(kind: "values" | "formulas" | "numberFormat", v: unknown): void {
    this.queue(bytesOf(v), () => {
      const { sheet, rect } = this.mustTarget();
      const rows = rect.r2 - rect.r1 + 1;
      const cols = rect.c2 - rect.c1 + 1;
      const scalar = !Array.isArray(v);
      if (!scalar) {
        const a = v as unknown[][];
        if (a.length !== rows || a.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw excelError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
          );
        }
      }
      if (rows * cols > 5_000_000) throw excelError("InvalidArgument", "the double refuses more than 5 million cells");
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const input = scalar ? v : (v as unknown[][])[r]?.[c];
          // A null inside a 2-D array leaves that cell as it is (values, formulas and number formats alike).
          if (input === null && !scalar) continue;
          const cell = sheet.ensure(rect.r1 + r, rect.c1 + c);
          if (kind === "numberFormat") {
            cell.numberFormat = input === null || input === undefined || input === "" ? "General" : String(input);
          } else {
            const t = typed(input, cell.numberFormat);
            cell.value = t.value;
            cell.formula = t.formula;
            if (t.error) cell.error = true;
            else delete cell.error;
          }
        }
      }
      this.context.record(sheet.name, rectAddress(rect), kind);
    });
  }

  setStyle(key: string, v: string | number | boolean, kind = "format"): void {
    this.queue(bytesOf(v) + key.length, () => {
      const { sheet, rect } = this.mustTarget();
      if ((rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) > 2_000_000) {
        throw excelError("InvalidArgument", "the double refuses formats over 2 million cells");
      }
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          const style = sheet.ensure(r, c).style;
          if (v === "") delete style[key];
          else style[key] = v;
        }
      }
      this.context.record(sheet.name, rectAddress(rect), kind);
    });
  }

  setDimension(kind: "columnWidth" | "rowHeight", v: number): void {
    this.queue(bytesOf(v) + 20, () => {
      const { sheet, rect } = this.mustTarget();
      if (kind === "columnWidth") for (let c = rect.c1; c <= rect.c2; c++) sheet.colWidths.set(c, v);
      else for (let r = rect.r1; r <= rect.r2; r++) sheet.rowHeights.set(r, v);
      this.context.record(sheet.name, rectAddress(rect), kind);
    });
  }

  recordOnly(kind: string): void {
    this.queue(20, () => {
      const { sheet, rect } = this.mustTarget();
      this.context.record(sheet.name, rectAddress(rect), kind);
    });
  }

  merge(across = false): void {
    this.queue(30, () => {
      const { sheet, rect } = this.mustTarget();
      const areas: Rect[] = across
        ? Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => ({ ...rect, r1: rect.r1 + i, r2: rect.r1 + i }))
        : [rect];
      for (const a of areas) {
        const overlaps = sheet.merges.some((m) => !(m.r2 < a.r1 || m.r1 > a.r2 || m.c2 < a.c1 || m.c1 > a.c2));
        if (overlaps) throw excelError("InvalidOperation", `merge overlaps a merged area at ${rectAddress(a)}`);
        sheet.merges.push(a);
      }
      this.context.record(sheet.name, rectAddress(rect), "merge");
    });
  }

  unmerge(): void {
    this.queue(30, () => {
      const { sheet, rect } = this.mustTarget();
      sheet.merges = sheet.merges.filter((m) => m.r2 < rect.r1 || m.r1 > rect.r2 || m.c2 < rect.c1 || m.c1 > rect.c2);
      this.context.record(sheet.name, rectAddress(rect), "unmerge");
    });
  }

  clear(): void {
    this.queue(30, () => {
      const { sheet, rect } = this.mustTarget();
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) sheet.cells.delete(`${r},${c}`);
      this.context.record(sheet.name, rectAddress(rect), "clear");
    });
  }

  select(): void {
    this.queue(30, () => {
      const { sheet, rect } = this.mustTarget();
      this.context.state.active = sheet;
      this.context.state.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, this.sheetOf, (s) => {
      const base = this.rectOf(s);
      if (!base) return null;
      return { r1: base.r1 + row, c1: base.c1 + col, r2: base.r1 + row, c2: base.c1 + col };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return new RangeProxy(this.context, this.sheetOf, (s) => {
      const base = this.rectOf(s);
      if (!base) return null;
      return { ...base, r2: base.r2 + deltaRows, c2: base.c2 + deltaCols };
    });
  }
}

/** Rectangles covering a set of cells: runs along each row, stacked down while they repeat. */
function rectsOf(points: [number, number][]): Rect[] | null {
  if (points.length === 0) return null;
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Rect[] = [];
  for (const [r, c] of points) {
    const last = runs[runs.length - 1];
    if (last && last.r1 === r && last.c2 === c - 1) last.c2 = c;
    else runs.push({ r1: r, c1: c, r2: r, c2: c });
  }
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = `${run.c1}:${run.c2}`;
    const prev = open.get(key);
    if (prev && prev.r2 === run.r1 - 1) prev.r2 = run.r1;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}

/** Visible cells of a rectangle: the bands between hidden rows crossed with the bands between hidden columns. */
function visibleAreas(sheet: SheetState, rect: Rect): Rect[] | null {
  const bands = (lo: number, hi: number, hidden: Set<number>): [number, number][] => {
    const out: [number, number][] = [];
    let start = -1;
    for (const x of [...hidden]
      .filter((h) => h >= lo && h <= hi)
      .sort((a, b) => a - b)
      .concat([hi + 1])) {
      const from = start < 0 ? lo : start;
      if (x > from) out.push([from, x - 1]);
      start = x + 1;
    }
    return out;
  };
  const rows = bands(rect.r1, rect.r2, sheet.hiddenRows);
  const cols = bands(rect.c1, rect.c2, sheet.hiddenCols);
  const out: Rect[] = [];
  for (const [r1, r2] of rows) for (const [c1, c2] of cols) out.push({ r1, c1, r2, c2 });
  return out.length ? out : null;
}

/** Excel.RangeAreas: several rectangles; the double loads address, areaCount and cellCount. */
export class RangeAreasProxy extends ProxyBase {
  constructor(
    context: Ctx,
    private rectsNow: () => Rect[] | null,
    private sheetName: () => string,
  ) {
    super(context);
    this.trackNull();
  }
  protected isNull(): boolean {
    return this.rectsNow() === null;
  }
  protected capture(key: string): unknown {
    const rects = this.rectsNow() ?? [];
    switch (key) {
      case "address": {
        const name = this.sheetName();
        return rects.map((r) => qualified(name, r)).join(",");
      }
      case "areaCount":
        return rects.length;
      case "cellCount":
        return rects.reduce((n, r) => n + (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1), 0);
      default:
        throw excelError("InvalidArgument", `the double does not load rangeAreas.${key}`);
    }
  }
  get address(): string {
    return this.readLoaded("address") as string;
  }
  get areaCount(): number {
    return this.readLoaded("areaCount") as number;
  }
  get cellCount(): number {
    return this.readLoaded("cellCount") as number;
  }
}

/**
 * A worksheet function's result (Excel.FunctionResult, ExcelApi 1.2). The double evaluates only DATE,
 * in the workbook's date system: DATE(1904;1;1) is 0 in the 1904 system and 1462 in the 1900 system.
 */
export class FunctionResultProxy extends ProxyBase {
  constructor(
    context: Ctx,
    private readonly compute: () => number,
  ) {
    super(context);
  }
  protected isNull(): boolean {
    return false;
  }
  protected capture(key: string): unknown {
    if (key === "value") return this.compute();
    if (key === "error") return null;
    throw excelError("InvalidArgument", `the double does not load functionResult.${key}`);
  }
  get value(): number {
    return this.readLoaded("value") as number;
  }
  get error(): string | null {
    return this.readLoaded("error") as string | null;
  }
}

/** Excel's serial number of a calendar date in the 1900 system (from 1900-03-01 on) or the 1904 system. */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.UTC(year, month - 1, day) - epoch) / 86_400_000;
}

export class WorksheetProxy extends ProxyBase {
  freezePanes: {
    freezeRows(n?: number): void;
    freezeColumns(n?: number): void;
    freezeAt(range: RangeProxy | string): void;
    unfreeze(): void;
  };
  pageLayout: {
    orientation: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    setPrintTitleRows(address: RangeProxy | string): void;
    headersFooters: { state: string; defaultForAllPages: Record<string, string> };
  };
  tables: TableCollectionProxy;
  /** Worksheet.notes (ExcelApi 1.18) and Worksheet.comments (ExcelApi 1.10): add() only. */
  notes: { add(cellAddress: RangeProxy | string, content: string): void };
  comments: { add(cellAddress: RangeProxy | string, content: string): void };

  constructor(
    context: Ctx,
    private resolveSheet: () => SheetState | null,
  ) {
    super(context);
    const annotate =
      (kind: "notes" | "comments", api: string) => (cellAddress: RangeProxy | string, content: string) => {
        this.queue(bytesOf(content) + 40, () => {
          // A host without the requirement set fails the whole batch, as Office.js does.
          if (!this.context.double.supportsApi(api))
            throw excelError("ApiNotFound", `Worksheet.${kind} needs ExcelApi ${api}`);
          const s = this.must();
          const rect =
            typeof cellAddress === "string" ? parseA1(splitSheet(cellAddress).local) : cellAddress.target()?.rect;
          if (!rect || rect.r1 !== rect.r2 || rect.c1 !== rect.c2)
            throw excelError("InvalidCellAddress", "a note or a comment goes on a single cell");
          const key = `${rect.r1},${rect.c1}`;
          if (s[kind].has(key)) throw excelError("InvalidArgument", `the cell already has one of ${kind}`);
          s[kind].set(key, String(content));
          this.context.record(s.name, rectAddress(rect), kind === "notes" ? "note" : "comment");
        });
      };
    this.notes = { add: annotate("notes", "1.18") };
    this.comments = { add: annotate("comments", "1.10") };
    const freeze = (rows: number, cols: number, kind: string): void => {
      this.queue(30, () => {
        const s = this.must();
        s.freeze = { rows, cols };
        this.context.record(s.name, "", kind);
      });
    };
    this.freezePanes = {
      freezeRows: (n = 1) => freeze(n, 0, "freeze"),
      freezeColumns: (n = 1) => freeze(0, n, "freeze"),
      freezeAt: (range) => {
        const rect = typeof range === "string" ? parseA1(range) : null;
        if (rect) freeze(rect.r2 + 1, rect.c2 + 1, "freeze");
        else
          this.queue(30, () => {
            const t = (range as RangeProxy).target();
            if (!t) throw excelError("InvalidObjectPath", "null range");
            t.sheet.freeze = { rows: t.rect.r2 + 1, cols: t.rect.c2 + 1 };
            this.context.record(t.sheet.name, "", "freeze");
          });
      },
      unfreeze: () => freeze(0, 0, "freeze"),
    };
    // The page layout object needs accessors (setters queue commands) that reach the sheet proxy.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.pageLayout = {
      set orientation(v: string) {
        self.queue(30, () => {
          const s = self.must();
          s.pageLayout.orientation = v;
          self.context.record(s.name, "", "pageLayout");
        });
      },
      get orientation(): string {
        throw excelError("PropertyNotLoaded", "pageLayout.orientation is not loaded by the double");
      },
      set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
        self.queue(bytesOf(v), () => {
          const s = self.must();
          s.pageLayout.zoom = { ...v };
          self.context.record(s.name, "", "pageLayout");
        });
      },
      get zoom(): { scale?: number } {
        throw excelError("PropertyNotLoaded", "pageLayout.zoom is not loaded by the double");
      },
      headersFooters: ((): { state: string; defaultForAllPages: Record<string, string> } => {
        const setter = (key: string) => ({
          set(v: string) {
            self.queue(30, () => {
              const s = self.must();
              s.pageLayout.headersFooters[key] = v;
              self.context.record(s.name, "", "pageLayout");
            });
          },
          get(): string {
            throw excelError("PropertyNotLoaded", `pageLayout.headersFooters.${key} is not loaded by the double`);
          },
        });
        const texts = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
        const all = {} as Record<string, string>;
        for (const k of texts) Object.defineProperty(all, k, setter(k));
        const hf = { defaultForAllPages: all } as { state: string; defaultForAllPages: Record<string, string> };
        Object.defineProperty(hf, "state", setter("state"));
        return hf;
      })(),
      setPrintTitleRows: (address: RangeProxy | string) => {
        this.queue(40, () => {
          const s = this.must();
          s.pageLayout.printTitleRows = typeof address === "string" ? address : rectAddress(address.target()!.rect);
          this.context.record(s.name, "", "pageLayout");
        });
      },
    };
    this.tables = new TableCollectionProxy(context, () => this.resolveSheet());
  }

  must(): SheetState {
    const s = this.resolveSheet();
    if (!s) throw excelError("ItemNotFound", "The requested worksheet does not exist.");
    return s;
  }

  sheetNow(): SheetState | null {
    return this.resolveSheet();
  }

  protected isNull(): boolean {
    return this.resolveSheet() === null;
  }

  protected defaultKeys(): string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected capture(key: string): unknown {
    const s = this.must();
    switch (key) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw excelError("InvalidArgument", `the double does not load worksheet.${key}`);
    }
  }

  get name(): string {
    return this.readLoaded("name") as string;
  }
  set name(v: string) {
    this.queue(bytesOf(v), () => {
      const s = this.must();
      checkSheetName(
        v,
        this.context.state.sheets.filter((o) => o !== s).map((o) => o.name),
      );
      const old = s.name;
      s.name = v;
      this.context.record(old, "", "rename");
    });
  }
  get id(): string {
    return this.readLoaded("id") as string;
  }
  get position(): number {
    return this.readLoaded("position") as number;
  }
  get visibility(): string {
    return this.readLoaded("visibility") as string;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveSheet(),
      () => {
        if (address === undefined) return { r1: 0, c1: 0, r2: 1048575, c2: 16383 };
        const { local } = splitSheet(address);
        return parseA1(local);
      },
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveSheet(),
      () => {
        if (rows < 1 || cols < 1 || row < 0 || col < 0) throw excelError("InvalidArgument", "getRangeByIndexes");
        return { r1: row, c1: col, r2: row + rows - 1, c2: col + cols - 1 };
      },
    );
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveSheet(),
      (s) => s.usedRect(valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const r = new RangeProxy(
      this.context,
      () => this.resolveSheet(),
      (s) => s.usedRect(valuesOnly),
    );
    (r as unknown as { trackNull(): void }).trackNull();
    return r;
  }

  activate(): void {
    this.queue(30, () => {
      const s = this.must();
      if (s.visibility !== "Visible") throw excelError("InvalidOperation", "a hidden sheet cannot be activated");
      this.context.state.active = s;
      this.context.record(s.name, "", "activate");
    });
  }

  delete(): void {
    this.queue(30, () => {
      const s = this.must();
      const st = this.context.state;
      if (st.sheets.filter((o) => o.visibility === "Visible").length <= 1) {
        throw excelError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.tables = st.tables.filter((t) => t.sheet !== s);
      if (st.active === s) st.active = st.sheets[0]!;
      this.context.record(s.name, "", "delete");
    });
  }

  /** Copy this sheet (ExcelApi 1.7): Excel names the copy "Name (2)" and makes it active. */
  copy(positionType: string = "None", relativeTo?: WorksheetProxy): WorksheetProxy {
    let made: SheetState | null = null;
    this.queue(40, () => {
      const src = this.must();
      const st = this.context.state;
      let n = 2;
      const base = src.name.slice(0, 31 - 4);
      let name = `${base} (${n})`;
      while (st.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) name = `${base} (${++n})`;
      const copy = new SheetState(this.context.double.nextId(), name);
      for (const [k, c] of src.cells) copy.cells.set(k, { ...c, style: { ...c.style } });
      copy.merges = src.merges.map((m) => ({ ...m }));
      copy.colWidths = new Map(src.colWidths);
      copy.rowHeights = new Map(src.rowHeights);
      copy.freeze = { ...src.freeze };
      copy.pageLayout = JSON.parse(JSON.stringify(src.pageLayout));
      let at = st.sheets.length;
      if (positionType === "Beginning") at = 0;
      else if (positionType === "After" || positionType === "Before") {
        const rel = relativeTo?.sheetNow();
        if (!rel) throw excelError("InvalidArgument", "copy needs relativeTo");
        at = st.sheets.indexOf(rel) + (positionType === "After" ? 1 : 0);
      }
      st.sheets.splice(at, 0, copy);
      st.active = copy;
      made = copy;
      this.context.record(copy.name, "", "copy");
    });
    return new WorksheetProxy(this.context, () => made);
  }
}

class TableProxy extends ProxyBase {
  constructor(
    context: Ctx,
    private resolveTable: () => TableState | null,
  ) {
    super(context);
  }
  protected isNull(): boolean {
    return this.resolveTable() === null;
  }
  private must(): TableState {
    const t = this.resolveTable();
    if (!t) throw excelError("ItemNotFound", "The requested table does not exist.");
    return t;
  }
  protected defaultKeys(): string[] {
    return ["name", "id"];
  }
  protected capture(key: string): unknown {
    const t = this.must();
    if (key === "name") return t.name;
    if (key === "id") return t.id;
    if (key.startsWith("worksheet")) {
      const ws = new WorksheetProxy(this.context, () => t.sheet);
      const sub = key.split("/").slice(1);
      (ws as unknown as { snap: Record<string, unknown>; loaded: Set<string> }).snap.name = t.sheet.name;
      if (sub.length === 0 || sub.includes("name")) (ws as unknown as { loaded: Set<string> }).loaded.add("name");
      return ws;
    }
    throw excelError("InvalidArgument", `the double does not load table.${key}`);
  }
  get name(): string {
    return this.readLoaded("name") as string;
  }
  get id(): string {
    return this.readLoaded("id") as string;
  }
  get worksheet(): WorksheetProxy {
    if (this.loaded.has("worksheet")) return this.snap.worksheet as WorksheetProxy;
    return new WorksheetProxy(this.context, () => this.resolveTable()?.sheet ?? null);
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveTable()?.sheet ?? null,
      () => this.resolveTable()?.rect ?? null,
    );
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveTable()?.sheet ?? null,
      () => {
        const r = this.resolveTable()?.rect;
        return r ? { ...r, r2: r.r1 } : null;
      },
    );
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveTable()?.sheet ?? null,
      () => {
        const r = this.resolveTable()?.rect;
        return r ? { ...r, r1: r.r1 + 1 } : null;
      },
    );
  }
}

/** A collection (sheets or tables): items after load, getItem / getItemOrNullObject. */
abstract class CollectionProxy<T extends ProxyBase, S> extends ProxyBase {
  protected abstract all(): S[];
  protected abstract keyMatches(s: S, key: string): boolean;
  protected abstract wrap(resolve: () => S | null): T;
  protected isNull(): boolean {
    return false;
  }
  protected capture(): unknown {
    return null;
  }
  load(props?: unknown): this {
    const keys = propList(props)
      .map((k) => (k.startsWith("items/") ? k.slice(6) : k))
      .filter((k) => k !== "items");
    this.queue(bytesOf(props), () => {
      const items = this.all().map((s) => {
        const p = this.wrap(() => s);
        const inner = p as unknown as {
          capture(k: string): unknown;
          snap: Record<string, unknown>;
          loaded: Set<string>;
          nullKnown: boolean;
        };
        inner.nullKnown = false;
        const wanted = keys.length ? keys : (p as unknown as { defaultKeys(): string[] }).defaultKeys();
        for (const k of wanted) {
          const top = k.split("/")[0] ?? k;
          inner.snap[top] = inner.capture(k);
          inner.loaded.add(top);
        }
        return p;
      });
      this.snap.items = items;
      this.loaded.add("items");
    });
    return this;
  }
  get items(): T[] {
    return this.readLoaded("items") as T[];
  }
  getItem(key: string): T {
    const p = this.wrap(() => this.all().find((s) => this.keyMatches(s, key)) ?? null);
    (p as unknown as { mustOnUse: boolean }).mustOnUse = true;
    return p;
  }
  getItemOrNullObject(key: string): T {
    const p = this.wrap(() => this.all().find((s) => this.keyMatches(s, key)) ?? null);
    (p as unknown as { trackNull(): void }).trackNull();
    return p;
  }
  getCount(): { value: number } {
    const result = { value: NaN };
    this.queue(20, () => {
      result.value = this.all().length;
    });
    return result;
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy, SheetState> {
  protected all(): SheetState[] {
    return this.context.state.sheets;
  }
  protected keyMatches(s: SheetState, key: string): boolean {
    return s.id === key || s.name.toLocaleLowerCase() === key.toLocaleLowerCase();
  }
  protected wrap(resolve: () => SheetState | null): WorksheetProxy {
    return new WorksheetProxy(this.context, resolve);
  }
  /** getItem fails the whole batch with ItemNotFound when the sheet is missing, as Excel does. */
  getItem(key: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => {
      const s = this.all().find((x) => this.keyMatches(x, key));
      if (!s) throw excelError("ItemNotFound", `The requested worksheet "${key}" does not exist.`);
      return s;
    });
    return p;
  }
  add(name?: string): WorksheetProxy {
    let made: SheetState | null = null;
    this.queue(bytesOf(name), () => {
      const st = this.context.state;
      let n = name;
      if (n === undefined) {
        let i = st.sheets.length + 1;
        while (st.sheets.some((s) => s.name.toLowerCase() === `sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(
        n,
        st.sheets.map((s) => s.name),
      );
      made = new SheetState(this.context.double.nextId(), n);
      st.sheets.push(made);
      this.context.record(n, "", "add-sheet");
    });
    return new WorksheetProxy(this.context, () => made);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.state.active);
  }
  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.state.sheets[0] ?? null);
  }
}

export class TableCollectionProxy extends CollectionProxy<TableProxy, TableState> {
  constructor(
    context: Ctx,
    private onSheet?: () => SheetState | null,
  ) {
    super(context);
  }
  protected all(): TableState[] {
    const sheet = this.onSheet?.();
    return this.context.state.tables.filter((t) => !this.onSheet || t.sheet === sheet);
  }
  protected keyMatches(t: TableState, key: string): boolean {
    return t.id === key || t.name.toLowerCase() === key.toLowerCase();
  }
  protected wrap(resolve: () => TableState | null): TableProxy {
    return new TableProxy(this.context, resolve);
  }
  getItem(key: string): TableProxy {
    return new TableProxy(this.context, () => {
      const t = this.all().find((x) => this.keyMatches(x, key));
      if (!t) throw excelError("ItemNotFound", `The requested table "${key}" does not exist.`);
      return t;
    });
  }
}

/** The workbook state the double holds. */
export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  active: SheetState;
  selection: { sheet: string; address: string } | null;
  /** The workbook counts dates from 1904-01-01 (Excel's "Use 1904 date system"). */
  date1904?: boolean;
}

/** Excel.RequestContext. */
export class Ctx {
  private pending: Op[] = [];
  private suspendQueued = false;
  workbook: {
    worksheets: WorksheetCollectionProxy;
    tables: TableCollectionProxy;
    application: { suspendApiCalculationUntilNextSync(): void; calculationMode?: string };
    getSelectedRange(): RangeProxy;
    functions: { date(year: number, month: number, day: number): FunctionResultProxy };
  };

  constructor(public readonly double: ExcelDouble) {
    const worksheets = new WorksheetCollectionProxy(this);
    this.workbook = {
      worksheets,
      tables: new TableCollectionProxy(this),
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.suspendQueued = true;
          this.queueOp({ bytes: 60, run: () => undefined });
        },
      },
      getSelectedRange: () => {
        const r = new RangeProxy(
          this,
          () => this.state.active,
          () => (this.state.selection ? parseA1(this.state.selection.address) : { r1: 0, c1: 0, r2: 0, c2: 0 }),
        );
        return r;
      },
      functions: {
        date: (year: number, month: number, day: number) => {
          this.double.requireApi("1.2", "workbook.functions");
          return new FunctionResultProxy(this, () => dateSerial(year, month, day, this.state.date1904 === true));
        },
      },
    };
  }

  get state(): WorkbookState {
    return this.double.state;
  }

  queueOp(op: Op): void {
    this.pending.push(op);
  }

  private responseBytes = 0;

  /** Bytes a load sends back, counted for the sync that carries it. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  record(sheet: string, address: string, kind: string): void {
    this.double.writes.push({ sheet, address, kind, sync: this.double.syncs });
  }

  /** One round trip: refused whole over the request limit; otherwise commands run in order. */
  async sync(): Promise<void> {
    const ops = this.pending;
    const suspended = this.suspendQueued;
    this.pending = [];
    this.suspendQueued = false;
    this.double.syncs += 1;
    const bytes = 200 + ops.reduce((n, o) => n + o.bytes, 0);
    const refused = bytes > this.double.requestLimitBytes;
    this.double.requests.push({ bytes, ops: ops.length, calculationSuspended: suspended, refused });
    await Promise.resolve();
    if (refused) {
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.double.requestLimitBytes}).`,
      );
    }
    this.responseBytes = 0;
    for (const op of ops) op.run();
    const record = this.double.requests[this.double.requests.length - 1];
    if (record) record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.double.requestLimitBytes) {
      if (record) record.refused = true;
      throw excelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.responseBytes} bytes) has exceeded the limit (${this.double.requestLimitBytes}).`,
      );
    }
  }

  /** Office.js tracks objects across runs; the double needs nothing here. */
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

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
    this.settingsStore = JSON.parse(JSON.stringify(options.settings ?? {}));
    const first = new SheetState(this.nextId(), "Sheet1");
    this.state = { sheets: [first], tables: [], active: first, selection: null };
    const excelApi = options.excelApi ?? "1.12";
    this.excelApi = excelApi;
    this.Excel = {
      run: async <T>(cb: (ctx: Ctx) => Promise<T>): Promise<T> => {
        if (typeof cb !== "function") throw new Error("Excel.run needs a function");
        this.runs += 1;
        const ctx = new Ctx(this);
        const result = await cb(ctx);
        this.dropped += ctx.pendingCount;
        return result;
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
    const [major, minor] = excelApi.split(".").map(Number) as [number, number];
    this.Office = {
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        document: { settings },
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            if (name !== "ExcelApi") return true;
            const [a, b] = (version ?? "1.1").split(".").map(Number) as [number, number];
            return a < major || (a === major && (b ?? 0) <= minor);
          },
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
  resetCounters(): void {
    this.syncs = 0;
    this.runs = 0;
    this.dropped = 0;
    this.requests = [];
    this.writes = [];
  }
}

/** Column letters, re-exported for tests. */
export { colLetters, parseA1 };
