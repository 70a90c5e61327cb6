/** Excel.Worksheet: ranges, freeze panes, page layout, notes, activation, deletion, copies. */
import { parseA1, splitSheet } from "./a1";
import { annotations, type AnnotationCollection } from "./notes";
import { pageLayoutProxy, type PageLayoutProxy } from "./pageLayout";
import type { Ctx } from "./context";
import { checkSheetName, excelError } from "./errors";
import { bytesOf, loadedProperties, ProxyBase } from "./proxyBase";
import { RangeProxy } from "./range";
import { SheetState } from "./state";
import { TableCollectionProxy } from "./tables";

export class WorksheetProxy extends ProxyBase {
  freezePanes: {
    freezeRows(n?: number): void;
    freezeColumns(n?: number): void;
    freezeAt(range: RangeProxy | string): void;
    unfreeze(): void;
  };
  pageLayout: PageLayoutProxy;
  declare readonly id: string;
  declare readonly position: number;
  declare readonly visibility: string;
  tables: TableCollectionProxy;
  /** Worksheet.notes (ExcelApi 1.18) and Worksheet.comments (ExcelApi 1.10): add() only. */
  notes: AnnotationCollection;
  comments: AnnotationCollection;

  constructor(
    context: Ctx,
    private resolveSheet: () => SheetState | null,
  ) {
    super(context);
    const queue = (bytes: number, run: () => void): void => this.queue(bytes, run);
    this.notes = annotations("notes", context, queue, () => this.must());
    this.comments = annotations("comments", context, queue, () => this.must());
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
    this.pageLayout = pageLayoutProxy((bytes, change) =>
      this.queue(bytes, () => {
        this.context.double.requireApi("1.9", "Worksheet.pageLayout");
        const s = this.must();
        change(s);
        this.context.record(s.name, "", "pageLayout");
      }),
    );
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
      copy.fittedRows = new Set(src.fittedRows);
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

loadedProperties(WorksheetProxy, ["id", "position", "visibility"]);
