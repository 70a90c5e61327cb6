/**
 * Workbooks shaped the way provincial offices keep them (DOMAIN.md, "What real workbooks look like"),
 * as real .xlsx specs. Shared by the reader's shape tests and the proof that the command and the add-in
 * read the same dataset. Figures are small and typed here, so a test can name the expected ones.
 */
import { cellsFrom, type BookSpec, type CellSpec } from "./build";

export const MONTHS = Array.from({ length: 12 }, (_x, i) => `T${i + 1}`);
export const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "KH năm", ...MONTHS];

/** GTSX's months: 2012 = 1000 + m, 2013 = 1100 + m (m = 1..12). */
export const gtsx = (year: number, m: number): number => (year === 2012 ? 1000 : 1100) + m;

function yearRow(year: number, months = 9, style?: number): CellSpec[] {
  const cells: CellSpec[] = [
    "GTSX",
    "Giá trị sản xuất công nghiệp",
    "tỷ đồng",
    "cộng dồn",
    year,
    year === 2013 ? 14000 : "",
  ];
  for (let m = 1; m <= 12; m++) {
    const v = year === 2012 || m <= months ? gtsx(year, m) : "";
    cells.push(v === "" ? "" : style ? { v, s: style } : v);
  }
  return cells;
}

export interface Shape {
  name: string;
  spec: BookSpec;
  /** The sheet the reader must read. */
  sheet: string;
}

export const SHAPES: Shape[] = [
  {
    name: 'units in number formats (#,##0 "kWh")',
    sheet: "Điện",
    spec: {
      numFmts: [{ id: 164, code: '#,##0 "kWh"' }],
      styles: [164],
      sheets: [{ name: "Điện", cells: cellsFrom([HEADER, yearRow(2012, 12, 1), yearRow(2013, 9, 1)]) }],
    },
  },
  {
    name: 'a t="d" date in the Năm column',
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: {
            ...cellsFrom([HEADER, yearRow(2012), yearRow(2013)]),
            E3: { v: "2013-01-01T00:00:00Z", t: "d" },
          },
        },
      ],
    },
  },
  {
    name: "a real date in a month cell",
    sheet: "S",
    spec: {
      numFmts: [{ id: 165, code: "dd/mm/yyyy" }],
      styles: [165],
      sheets: [{ name: "S", cells: { ...cellsFrom([HEADER, yearRow(2012), yearRow(2013)]), K3: { v: 41368, s: 1 } } }],
    },
  },
  {
    name: "code, name, unit and kind merged down over the year rows",
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: cellsFrom([HEADER, yearRow(2012), [null, null, null, null, ...yearRow(2013).slice(4)]]),
          merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3"],
        },
      ],
    },
  },
  {
    name: 'a two-row header (a band "Số liệu các tháng" above T1..T12, Mã … KH merged down)',
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: cellsFrom([
            ["Mã", "Chỉ tiêu", "ĐVT", "Loại", "Năm", "KH năm", "Số liệu các tháng"],
            [null, null, null, null, null, null, ...MONTHS],
            yearRow(2012),
            yearRow(2013),
          ]),
          merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:R1"],
        },
      ],
    },
  },
  {
    name: "a three-row header with line breaks and extra spaces, and a group heading merged across",
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: cellsFrom([
            ["BÁO CÁO SỐ LIỆU NGÀNH CÔNG THƯƠNG"],
            ["Mã\nchỉ tiêu", "  Chỉ   tiêu ", "Đơn vị\ntính", "Loại", "Năm", "Kế hoạch\nnăm", "Thực hiện"],
            [null, null, null, null, null, null, "Số liệu các tháng"],
            [null, null, null, null, null, null, ...MONTHS.map((m) => m.replace("T", "Tháng\n"))],
            ["I. Công nghiệp"],
            yearRow(2012),
            yearRow(2013),
          ]),
          merges: ["A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:E4", "F2:F4", "G2:R2", "G3:R3", "A5:R5"],
        },
      ],
    },
  },
  {
    name: "a hidden old draft sheet placed before the data sheet",
    sheet: "Số liệu",
    spec: {
      sheets: [
        {
          name: "Nháp cũ",
          state: "hidden",
          cells: cellsFrom([HEADER, [...yearRow(2013).slice(0, 6), 1, 1, 1, 1, 1, 1, 1, 1, 1]]),
        },
        { name: "Số liệu", cells: cellsFrom([HEADER, yearRow(2012), yearRow(2013)]) },
      ],
    },
  },
  {
    name: "hidden rows and a hidden column inside the data",
    sheet: "S",
    spec: {
      sheets: [
        { name: "S", cells: cellsFrom([HEADER, yearRow(2012), yearRow(2013)]), hiddenRows: [2], hiddenCols: [3] },
      ],
    },
  },
  {
    name: "data in an Excel table placed at D10",
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: "Ghi chú: số liệu trong bảng bên dưới",
            ...cellsFrom([HEADER, yearRow(2012), yearRow(2013)], 9, 3),
          },
          tables: [{ name: "SoLieu", ref: "D10:U12" }],
        },
      ],
    },
  },
  {
    // Issue 9 point 6: 2012's official row revises every month, 2013's revises July only (docs/data-layout.md).
    name: "an official row (Loại số liệu) revising the estimates of 2012 and of July 2013",
    sheet: "S",
    spec: {
      sheets: [
        {
          name: "S",
          cells: cellsFrom([
            [...HEADER, "Loại số liệu"],
            [...yearRow(2012), "ước tính"],
            [...yearRow(2013), "ước tính"],
            [...yearRow(2012).slice(0, 6), ...MONTHS.map((_x, i) => gtsx(2012, i + 1) + 5), "chính thức"],
            [...yearRow(2013).slice(0, 6), ...MONTHS.map((_x, i) => (i === 6 ? gtsx(2013, 7) + 20 : "")), "chính thức"],
          ]),
        },
      ],
    },
  },
  {
    name: "a stray cell at XFD1048576",
    sheet: "S",
    spec: { sheets: [{ name: "S", cells: { ...cellsFrom([HEADER, yearRow(2012), yearRow(2013)]), XFD1048576: "x" } }] },
  },
];
