/** range.format: font, fill, borders, alignment, wrap, column widths and row heights. */
import { excelError } from "./errors";
import type { RangeProxy } from "./range";

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

export class FormatProxy {
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
