/** Excel.Table and the table collections (of the workbook, of a sheet). */
import type { Ctx } from "./context";
import { CollectionProxy } from "./collection";
import { excelError } from "./errors";
import { loadedProperties, ProxyBase } from "./proxyBase";
import type { Rect } from "./a1";
import { RangeProxy } from "./range";
import type { SheetState, TableState } from "./state";
import { WorksheetProxy } from "./worksheet";

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
  get worksheet(): WorksheetProxy {
    if (this.loaded.has("worksheet")) return this.snap.worksheet as WorksheetProxy;
    return new WorksheetProxy(this.context, () => this.resolveTable()?.sheet ?? null);
  }
  /** A part of the table's rectangle, resolved at sync time (the table may move or go). */
  private part(of: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.context,
      () => this.resolveTable()?.sheet ?? null,
      () => {
        const r = this.resolveTable()?.rect;
        return r ? of(r) : null;
      },
    );
  }
  getRange(): RangeProxy {
    return this.part((r) => r);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((r) => ({ ...r, r2: r.r1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((r) => ({ ...r, r1: r.r1 + 1 }));
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

loadedProperties(TableProxy, ["name", "id"]);
