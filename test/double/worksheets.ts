/** Excel.WorksheetCollection: getItem, add (Excel's naming rule), the active and first sheet. */
import { CollectionProxy } from "./collection";
import { checkSheetName, excelError } from "./errors";
import { bytesOf } from "./proxyBase";
import { SheetState } from "./state";
import { WorksheetProxy } from "./worksheet";

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
