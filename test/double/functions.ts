/** workbook.functions of the double (ExcelApi 1.2): only DATE, in the workbook's date system. */
import type { Ctx } from "./context";
import { excelError } from "./errors";
import { loadedProperties, ProxyBase } from "./proxyBase";

/**
 * A worksheet function's result (Excel.FunctionResult, ExcelApi 1.2). The double evaluates only DATE,
 * in the workbook's date system: DATE(1904;1;1) is 0 in the 1904 system and 1462 in the 1900 system.
 */
export class FunctionResultProxy extends ProxyBase {
  declare readonly value: number;
  declare readonly error: string | null;
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
}

loadedProperties(FunctionResultProxy, ["value", "error"]);

/** Excel's serial number of a calendar date in the 1900 system (from 1900-03-01 on) or the 1904 system. */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.UTC(year, month - 1, day) - epoch) / 86_400_000;
}

/** The workbook.functions object of a request context. */
export function workbookFunctions(context: Ctx): {
  date(year: number, month: number, day: number): FunctionResultProxy;
} {
  return {
    date: (year, month, day) => {
      context.double.requireApi("1.2", "workbook.functions");
      return new FunctionResultProxy(context, () => dateSerial(year, month, day, context.state.date1904 === true));
    },
  };
}
