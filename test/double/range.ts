/** Excel.Range and Excel.RangeAreas: values, formulas, number formats, merges, special cells. */
import { qualified, rectAddress, type Rect } from "./a1";
import type { Ctx } from "./context";
import { excelError } from "./errors";
import { FormatProxy } from "./formats";
import { bytesOf, loadedProperties, ProxyBase, type RectResolver, type SheetResolver } from "./proxyBase";
import type { SheetState } from "./state";
import { typed } from "./typed";

export class RangeProxy extends ProxyBase {
  format: FormatProxy;
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
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

  /** Cells of one kind as a RangeAreas (ExcelApi 1.9): constants, formulas or visible cells. */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): RangeAreasProxy {
    this.context.double.requireApi("1.9", "Range.getSpecialCellsOrNullObject");
    return this.areas((sheet, rect) => {
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
    });
  }

  /** Merged areas inside this range as a RangeAreas (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.double.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return this.areas((sheet, rect) => {
      const inside = sheet.merges.filter(
        (m) => m.r1 >= rect.r1 && m.r2 <= rect.r2 && m.c1 >= rect.c1 && m.c2 <= rect.c2,
      );
      return inside.length ? inside : null;
    });
  }

  /** A RangeAreas of rectangles found in this range at sync time (null: a null object). */
  private areas(find: (sheet: SheetState, rect: Rect) => Rect[] | null): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this.target();
        return t ? find(t.sheet, t.rect) : null;
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

  recordOnly(kind: string, effect?: (sheet: SheetState, rect: Rect) => void): void {
    this.queue(20, () => {
      const { sheet, rect } = this.mustTarget();
      this.context.record(sheet.name, rectAddress(rect), kind);
      effect?.(sheet, rect);
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
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
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
}

loadedProperties(RangeProxy, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
loadedProperties(RangeAreasProxy, ["address", "areaCount", "cellCount"]);
