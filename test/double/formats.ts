/** range.format: font, fill, borders, alignment, wrap, column widths and row heights. */
import { excelError } from "./errors";
import type { RangeProxy } from "./range";

/** An object whose properties are write-only style setters: `key` of `range` for each property. */
function styleSetters<K extends string>(
  range: RangeProxy,
  keys: Record<K, string>,
  kind?: string,
): Record<K, string | number | boolean> {
  const out = {} as Record<K, string | number | boolean>;
  for (const [prop, key] of Object.entries(keys) as [K, string][]) {
    Object.defineProperty(out, prop, {
      set: (v: string | number | boolean) => range.setStyle(key, v, kind),
      enumerable: true,
    });
  }
  return out;
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

export class FormatProxy {
  font: Record<"bold" | "italic" | "size" | "color" | "name", string | number | boolean>;
  fill: { color: string | number | boolean; clear(): void };
  borders: { getItem(index: string): Record<"style" | "weight" | "color", string | number | boolean> };
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  constructor(private range: RangeProxy) {
    const keys = {
      bold: "font.bold",
      italic: "font.italic",
      size: "font.size",
      color: "font.color",
      name: "font.name",
    };
    this.font = styleSetters(range, keys);
    this.fill = Object.assign(styleSetters(range, { color: "fill.color" }), {
      clear: () => range.setStyle("fill.color", "", "fill.clear"),
    });
    this.borders = {
      getItem: (index: string) => {
        if (!BORDER_INDEXES.includes(index)) throw excelError("InvalidArgument", `border index ${index}`);
        const edge = (p: string): string => `border.${index}.${p}`;
        return styleSetters(range, { style: edge("style"), weight: edge("weight"), color: edge("color") }, "border");
      },
    };
    const own = styleSetters(range, {
      horizontalAlignment: "horizontalAlignment",
      verticalAlignment: "verticalAlignment",
      wrapText: "wrapText",
    });
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(own));
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
    this.range.recordOnly("autofitRows", (sheet, rect) => {
      for (let r = rect.r1; r <= rect.r2; r++) sheet.fittedRows.add(r);
    });
  }
}
