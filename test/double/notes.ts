/**
 * Worksheet.notes (ExcelApi 1.18) and Worksheet.comments (ExcelApi 1.10) of the double: add() only,
 * one per cell; a host without the set fails the whole batch, as Office.js does.
 */
import { parseA1, rectAddress, splitSheet } from "./a1";
import type { Ctx } from "./context";
import { excelError } from "./errors";
import type { RangeProxy } from "./range";
import type { SheetState } from "./state";

export interface AnnotationCollection {
  add(cellAddress: RangeProxy | string, content: string): void;
}

/** The notes or comments collection of a sheet; `queue` queues one command, `must` resolves the sheet. */
export function annotations(
  kind: "notes" | "comments",
  context: Ctx,
  queue: (bytes: number, run: () => void) => void,
  must: () => SheetState,
): AnnotationCollection {
  const api = kind === "notes" ? "1.18" : "1.10";
  return {
    add: (cellAddress, content) =>
      queue(JSON.stringify(content).length + 40, () => {
        if (!context.double.supportsApi(api))
          throw excelError("ApiNotFound", `Worksheet.${kind} needs ExcelApi ${api}`);
        const s = must();
        const rect =
          typeof cellAddress === "string" ? parseA1(splitSheet(cellAddress).local) : cellAddress.target()?.rect;
        if (!rect || rect.r1 !== rect.r2 || rect.c1 !== rect.c2)
          throw excelError("InvalidCellAddress", "a note or a comment goes on a single cell");
        const key = `${rect.r1},${rect.c1}`;
        if (s[kind].has(key)) throw excelError("InvalidArgument", `the cell already has one of ${kind}`);
        s[kind].set(key, String(content));
        context.record(s.name, rectAddress(rect), kind === "notes" ? "note" : "comment");
      }),
  };
}
