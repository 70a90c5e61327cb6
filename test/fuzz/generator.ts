/**
 * A seedable generator of raw-data workbooks made from the sample (src/report/read/sample.ts), mutated the
 * way offices' workbooks really are, together with the generator's OWN model of what it wrote: the
 * indicator rows as Excel shows them, and which cells each mutation touched. The oracle (oracle.ts)
 * computes the expected figures from this model alone; nothing here calls the program under test.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import { kindFromWord } from "../../src/core/words";

/** Every kind of mutation the generator knows. The test enables those the branch passes (corpus.test.ts). */
export const MUTATION_KINDS = [
  "blank", // a month inside the period left blank (a hole): the figure must be absent and the cell named
  "text-in-month", // "chưa có" typed in a month inside the period: a hole too
  "level-gap", // a level's period-end month blank: its latest earlier value stands
  "text-number", // a month typed as Vietnamese-style text ("2.150", "14,3"): the same number
  "date-year", // the Năm cell a real date shown as the year ("yyyy")
  "unit-format", // month cells with a unit in their number format (#,##0 "kWh")
  "merge", // code, group, name, unit and kind merged down over an indicator's year rows
  "header-band", // a band "Số liệu các tháng" above T1..T12 (two header rows)
  "hidden-sheet", // a hidden old draft with other figures placed before the data sheet
  "duplicate-row", // an indicator-year row repeated (with other figures) at the end
  "far-cell", // a stray note far below and to the right of the table
  "very-far-cell", // a stray note at XFD1048576
  "extra-sheet", // a notes sheet before the data sheet
  "trailing-zeros", // a template: every month after a row's last figure a SUM of empty district sheets, cached 0
  "iferror-zero", // an index month inside the period from IFERROR(VLOOKUP(…);0), cached 0: no index, a hole
  "sum-ytd", // a Lũy kế column =SUM(T1:T12) dragged down every row, the index rows included
  // Written the way export tools write files (issue 17): the XML rewritten after ExcelJS.
  "full-calc-on-load", // XlsxWriter's shape: a flow row's months are formulas over two district sheets, saved as <v>0</v>, fullCalcOnLoad
  "duplicate-cell", // a month cell written twice (<c r="L5"> twice, another figure): a hole named at the cell
  "escape", // a code and a name with ECMA-376 escapes (GTSX_x000D_, a line break as _x000D__x000A_): the same indicator
  "percent-format", // an index's or a rate's months typed into "0.00%" cells (161,45% shown, 1,6145 held)
  "percent-plan", // a growth plan typed as 14% into a "0%" cell (0,14 held): still "tăng 14%"
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export type Kind = "flow" | "index" | "level";

/** The kind word a copied row is written with: the sample's own (an index declares its fixed base). */
const KIND_WORD: Record<Kind, string> = { flow: "cộng dồn", index: "bình quân (gốc cố định)", level: "cuối kỳ" };

/** One indicator-year row as Excel shows it (the generator's model). */
export interface ModelRow {
  code: string;
  name: string;
  kind: Kind;
  year: number;
  plan: number | string | null;
  months: (number | null)[]; // 12 entries
  /** A1 address (sheet-qualified) of each month cell, for problems naming a hole. */
  monthCells: string[];
  /** The Lũy kế as Excel shows it (the SUM's cached result); absent when the row has none. */
  ytd?: number;
}

/** What one mutation did: the cells it touched and the model rows whose figures it may affect. */
export interface Touch {
  kind: MutationKind;
  cells: string[];
  /** Model row indices a refusal may blank (with a problem naming one of `cells`); empty: nothing may change. */
  rows: number[];
}

/** A change to the package's XML after ExcelJS wrote it: part name -> its new text. */
export type Rewrite = (parts: (name: string) => string, set: (name: string, xml: string) => void) => void;

export interface Variant {
  seed: number;
  kinds: MutationKind[];
  rows: ModelRow[];
  touches: Touch[];
  workbook: ExcelJS.Workbook;
  /** XML changes made after ExcelJS wrote the file (the shapes ExcelJS cannot write). */
  rewrites: Rewrite[];
}

/** The variant as the bytes of a real .xlsx: ExcelJS's file with the rewrites applied. */
export async function variantBytes(variant: Variant): Promise<Uint8Array> {
  const written = new Uint8Array(await variant.workbook.xlsx.writeBuffer());
  if (variant.rewrites.length === 0) return written;
  const files = unzipSync(written);
  const get = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
  const set = (name: string, xml: string): void => {
    files[name] = strToU8(xml);
  };
  for (const r of variant.rewrites) r(get, set);
  return zipSync(files);
}

/** The cell element of `ref` in a sheet part's XML, as ExcelJS writes it (one cell, no nesting). */
function cellXml(xml: string, ref: string): RegExpExecArray | null {
  return new RegExp(`<c r="${ref}"(?: [^>]*)?(?:/>|>.*?</c>)`).exec(xml);
}

/** A small seedable PRNG (mulberry32): the same seed gives the same variant everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Excel's column letters, 0-based. */
export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet-qualified A1 address as Excel writes it ('Dữ liệu'!H5), 0-based row and column. */
export function address(sheet: string, r: number, c: number): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${colName(c)}${r + 1}`;
}

interface CellSpec {
  /** A formula cell as Excel saves it: the formula and its cached result. */
  value: string | number | Date | null | { formula: string; result: number };
  numFmt?: string;
}

interface SheetSpec {
  name: string;
  state: "visible" | "hidden";
  cells: Map<string, CellSpec>;
  merges: { r1: number; c1: number; r2: number; c2: number }[];
}

function put(sheet: SheetSpec, r: number, c: number, cell: CellSpec): void {
  sheet.cells.set(`${r},${c}`, cell);
}

const DATA_SHEET = "Dữ liệu";
const COL = {
  code: SAMPLE_HEADER.indexOf("Mã"),
  group: SAMPLE_HEADER.indexOf("Nhóm"),
  name: SAMPLE_HEADER.indexOf("Chỉ tiêu"),
  unit: SAMPLE_HEADER.indexOf("ĐVT"),
  kind: SAMPLE_HEADER.indexOf("Loại"),
  year: SAMPLE_HEADER.indexOf("Năm"),
  plan: SAMPLE_HEADER.indexOf("Kế hoạch"),
  t1: SAMPLE_HEADER.indexOf("T1"),
  ytd: SAMPLE_HEADER.indexOf("Lũy kế"),
};

/** A number as an officer types it in Vietnamese style: "2.150", "14,3". */
export function viText(x: number): string {
  const [whole = "0", frac] = String(Math.abs(x)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (x < 0 ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** The period the data implies: the latest year with a monthly figure, and its latest month. */
export function modelPeriod(rows: ModelRow[]): { year: number; month: number } {
  let year = 0;
  let month = 0;
  for (const row of rows) {
    const last = row.months.reduce<number>((m, v, i) => (v !== null ? i + 1 : m), 0);
    if (last === 0) continue;
    if (row.year > year || (row.year === year && last > month)) [year, month] = [row.year, last];
  }
  return { year, month };
}

/** The layout being built: the data sheet, where each model row sits, and what the mutations did. */
class Builder {
  sheets: SheetSpec[] = [];
  data: SheetSpec = { name: DATA_SHEET, state: "visible", cells: new Map(), merges: [] };
  headerRow = 0;
  sheetRow: number[] = []; // model row index -> 0-based sheet row
  rows: ModelRow[] = [];
  touches: Touch[] = [];
  rewrites: Rewrite[] = [];
  used = new Set<string>();
  constructor(private random: () => number) {
    this.sheets.push(this.data);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)] as T;
  }

  /** The sample, laid out from `headerRow`, without the Lũy kế figures (the model has none). */
  layOut(): void {
    const values = sampleValues();
    SAMPLE_HEADER.forEach((h, c) => put(this.data, this.headerRow, c, { value: h }));
    values.slice(1).forEach((v, i) => {
      const r = this.headerRow + 1 + i;
      this.sheetRow.push(r);
      v.forEach((x, c) => {
        if (c === COL.ytd || x === null || x === undefined) return;
        put(this.data, r, c, { value: x });
      });
      const months = Array.from({ length: 12 }, (_, m) => {
        const x = v[COL.t1 + m];
        return typeof x === "number" ? x : null;
      });
      this.rows.push({
        code: String(v[COL.code]),
        name: String(v[COL.name]),
        // The one catalogue's reading of the kind word ("bình quân (gốc cố định)" is an index).
        kind: kindFromWord(String(v[COL.kind])) ?? "flow",
        year: Number(v[COL.year]),
        plan: (v[COL.plan] as number | string | null) ?? null,
        months,
        monthCells: months.map((_, m) => address(DATA_SHEET, r, COL.t1 + m)),
      });
    });
  }

  /** The unit written in a model row's sheet row. */
  unitOf(i: number): string {
    return String(this.data.cells.get(`${this.sheetRow[i]},${COL.unit}`)?.value ?? "");
  }

  cell(r: number, c: number): string {
    return address(DATA_SHEET, r, c);
  }

  /** A month inside the report period of year Y (before its last month) or Y−1, holding a figure, not yet used. */
  periodMonth(kinds: Kind[], lastToo = false): { i: number; m: number } | null {
    const { year, month } = modelPeriod(this.rows);
    const options: { i: number; m: number }[] = [];
    this.rows.forEach((row, i) => {
      if (!kinds.includes(row.kind) || (row.year !== year && row.year !== year - 1)) return;
      const upto = row.year === year && !lastToo ? month - 1 : month;
      for (let m = 1; m <= upto; m++) {
        if (row.months[m - 1] === null || this.used.has(`${i},${m}`)) continue;
        // Keep the period where it is: never the only figure of the period's last month.
        options.push({ i, m });
      }
    });
    return options.length ? this.pick(options) : null;
  }

  /** The "merge" mutation; false when it cannot be made. */
  mergeDown(touch: Touch): boolean {
    const code = this.pick([...new Set(this.rows.map((row) => row.code))]);
    const idx = this.rows.map((row, k) => (row.code === code ? k : -1)).filter((k) => k >= 0);
    const r1 = Math.min(...idx.map((k) => this.sheetRow[k]!));
    const r2 = Math.max(...idx.map((k) => this.sheetRow[k]!));
    if (r2 - r1 + 1 !== idx.length || this.data.merges.some((a) => a.r2 >= r1 && a.r1 <= r2)) return false;
    for (const c of [COL.code, COL.group, COL.name, COL.unit, COL.kind]) {
      for (let r = r1 + 1; r <= r2; r++) this.data.cells.delete(`${r},${c}`);
      this.data.merges.push({ r1, c1: c, r2, c2: c });
      touch.cells.push(this.cell(r1, c));
    }
    return true;
  }

  /** The "hidden-sheet" mutation; false when it cannot be made. */
  hiddenDraft(touch: Touch): boolean {
    const draft: SheetSpec = { name: "Nháp cũ", state: "hidden", cells: new Map(), merges: [] };
    for (const [key, cell] of this.data.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const twice = typeof cell.value === "number" && c >= COL.t1 && c < COL.t1 + 12;
      put(draft, r, c, { value: twice ? Math.round((cell.value as number) * 1.5) : cell.value });
    }
    this.sheets.unshift(draft);
    touch.cells.push(address(draft.name, this.headerRow, COL.code));
    return true;
  }

  /** The "duplicate-row" mutation; false when it cannot be made. */
  duplicateRow(touch: Touch): boolean {
    const i = Math.floor(this.random() * this.rows.length);
    const src = this.sheetRow[i]!;
    const r = Math.max(...this.sheetRow, ...[...this.data.cells.keys()].map((k) => Number(k.split(",")[0]))) + 1;
    if (r > this.headerRow + 500) return false; // not after a far cell: keep the table one block
    for (let c = 0; c < SAMPLE_HEADER.length; c++) {
      const cell = this.data.cells.get(`${src},${c}`);
      if (!cell) continue;
      const month = c >= COL.t1 && c < COL.t1 + 12 && typeof cell.value === "number";
      put(this.data, r, c, { ...cell, value: month ? (cell.value as number) + 1 : cell.value });
    }
    // A merged code/name above would not reach the copy: write them out.
    const row = this.rows[i]!;
    put(this.data, r, COL.code, { value: row.code });
    put(this.data, r, COL.name, { value: row.name });
    put(this.data, r, COL.kind, { value: KIND_WORD[row.kind] });
    put(this.data, r, COL.year, { value: row.year });
    for (let c = 0; c < SAMPLE_HEADER.length; c++) touch.cells.push(this.cell(r, c));
    touch.rows.push(i);
    return true;
  }

  /** The "unit-format" mutation; false when it cannot be made. */
  unitFormat(touch: Touch): boolean {
    const i = this.pick(this.rows.map((row, k) => (row.kind === "flow" ? k : -1)).filter((k) => k >= 0));
    const r = this.sheetRow[i]!;
    const fmt = this.pick(['#,##0 "kWh"', '#,##0.0 "m3"', '#,##0 "ha"', '#,##0 "hộ"']);
    for (let m = 0; m < 12; m++) {
      const cell = this.data.cells.get(`${r},${COL.t1 + m}`);
      if (cell && typeof cell.value === "number") cell.numFmt = fmt;
    }
    touch.cells.push(...this.rows[i]!.monthCells);
    return true;
  }

  /** The "escape" mutation; false when it cannot be made. */
  escapes(touch: Touch): boolean {
    const i = Math.floor(this.random() * this.rows.length);
    const r = this.sheetRow[i]!;
    const row = this.rows[i]!;
    put(this.data, r, COL.code, { value: `${row.code}_x000D_` });
    put(this.data, r, COL.name, { value: row.name.replace(" ", "_x000D__x000A_") });
    touch.cells.push(this.cell(r, COL.code), this.cell(r, COL.name));
    return true;
  }

  /** The "level-gap" mutation; false when it cannot be made. */
  levelGap(touch: Touch): boolean {
    const { year, month } = modelPeriod(this.rows);
    const i = this.rows.findIndex((row) => row.kind === "level" && row.year === year && row.months[month - 1] !== null);
    if (i < 0 || this.used.has(`${i},${month}`)) return false;
    this.used.add(`${i},${month}`);
    const r = this.sheetRow[i]!;
    this.data.cells.delete(`${r},${COL.t1 + month - 1}`);
    this.rows[i]!.months[month - 1] = null;
    touch.cells.push(this.cell(r, COL.t1 + month - 1));
    touch.rows.push(i);
    return true;
  }

  /** The "text-number" mutation; false when it cannot be made. */
  textNumber(touch: Touch): boolean {
    const at = this.periodMonth(["flow", "index", "level"], true);
    if (!at) return false;
    this.used.add(`${at.i},${at.m}`);
    const r = this.sheetRow[at.i]!;
    const c = COL.t1 + at.m - 1;
    put(this.data, r, c, { value: viText(this.rows[at.i]!.months[at.m - 1]!) });
    touch.cells.push(this.cell(r, c));
    return true;
  }

  /** The "date-year" mutation; false when it cannot be made. */
  dateYear(touch: Touch): boolean {
    const i = Math.floor(this.random() * this.rows.length);
    if (this.used.has(`${i},year`)) return false;
    this.used.add(`${i},year`);
    const r = this.sheetRow[i]!;
    put(this.data, r, COL.year, { value: new Date(Date.UTC(this.rows[i]!.year, 0, 1)), numFmt: "yyyy" });
    touch.cells.push(this.cell(r, COL.year));
    touch.rows.push(i);
    return true;
  }

  mutate(kind: MutationKind): void {
    const touch: Touch = { kind, cells: [], rows: [] };
    switch (kind) {
      case "blank":
      case "text-in-month": {
        const at = this.periodMonth(["flow", "index"]);
        if (!at) return;
        this.used.add(`${at.i},${at.m}`);
        const r = this.sheetRow[at.i]!;
        const c = COL.t1 + at.m - 1;
        if (kind === "blank") this.data.cells.delete(`${r},${c}`);
        else put(this.data, r, c, { value: "chưa có" });
        this.rows[at.i]!.months[at.m - 1] = null;
        touch.cells.push(this.cell(r, c));
        touch.rows.push(at.i);
        break;
      }
      case "level-gap":
        if (!this.levelGap(touch)) return;
        break;
      case "text-number":
        if (!this.textNumber(touch)) return;
        break;
      case "date-year":
        if (!this.dateYear(touch)) return;
        break;
      case "unit-format":
        if (!this.unitFormat(touch)) return;
        break;
      case "merge":
        if (!this.mergeDown(touch)) return;
        break;
      case "hidden-sheet":
        if (!this.hiddenDraft(touch)) return;
        break;
      case "far-cell":
      case "very-far-cell": {
        const r =
          kind === "far-cell" ? this.headerRow + this.rows.length + 1500 + Math.floor(this.random() * 500) : 1048575;
        const c = kind === "far-cell" ? 120 + Math.floor(this.random() * 80) : 16383;
        put(this.data, r, c, { value: "ghi chú của cán bộ" });
        touch.cells.push(this.cell(r, c));
        break;
      }
      case "duplicate-row":
        if (!this.duplicateRow(touch)) return;
        break;
      case "extra-sheet": {
        const notes: SheetSpec = { name: "Ghi chú", state: "visible", cells: new Map(), merges: [] };
        put(notes, 0, 0, { value: "Ghi chú: số liệu tháng 9 là số ước tính." });
        put(notes, 2, 1, { value: "Người lập: Phòng Kế hoạch" });
        this.sheets.unshift(notes);
        break;
      }
      case "trailing-zeros":
        this.trailingZeros(touch);
        break;
      case "iferror-zero": {
        const at = this.periodMonth(["index"]);
        if (!at) return;
        this.used.add(`${at.i},${at.m}`);
        const r = this.sheetRow[at.i]!;
        const c = COL.t1 + at.m - 1;
        put(this.data, r, c, {
          value: { formula: `IFERROR(VLOOKUP("${this.rows[at.i]!.code}",Nguon!A:M,${at.m + 1},0),0)`, result: 0 },
        });
        this.rows[at.i]!.months[at.m - 1] = null;
        touch.cells.push(this.cell(r, c));
        touch.rows.push(at.i);
        break;
      }
      case "sum-ytd":
        this.sumYtd(touch);
        break;
      case "full-calc-on-load":
        this.fullCalcOnLoad(touch);
        break;
      case "duplicate-cell":
        if (!this.duplicateCell(touch)) return;
        break;
      case "escape":
        if (!this.escapes(touch)) return;
        break;
      case "percent-format": {
        // Excel shows the value times 100: the model (what Excel shows) keeps the figures as they were.
        const options = this.rows
          .map((row, k) => (row.kind === "index" || /^%$/.test(this.unitOf(k)) ? k : -1))
          .filter((k) => k >= 0 && this.rows[k]!.months.some((v) => v !== null));
        const i = this.pick(options);
        const r = this.sheetRow[i]!;
        const fmt = this.pick(["0.00%", "0%", "0.0%"]);
        for (let m = 0; m < 12; m++) {
          const cell = this.data.cells.get(`${r},${COL.t1 + m}`);
          if (cell && typeof cell.value === "number")
            this.data.cells.set(`${r},${COL.t1 + m}`, {
              value: Number((cell.value / 100).toPrecision(15)),
              numFmt: fmt,
            });
        }
        touch.cells.push(...this.rows[i]!.monthCells);
        break;
      }
      case "percent-plan": {
        // "tăng 14%" typed as 14% into a percent cell: the cell holds 0,14 and Excel shows 14%.
        const i = this.rows.findIndex((row) => typeof row.plan === "string" && /^tăng \d+%$/.test(row.plan));
        if (i < 0) return;
        const growth = Number(/\d+/.exec(this.rows[i]!.plan as string)![0]);
        put(this.data, this.sheetRow[i]!, COL.plan, { value: growth / 100, numFmt: "0%" });
        touch.cells.push(this.cell(this.sheetRow[i]!, COL.plan));
        break;
      }
      case "header-band":
        // Laid out before the rows (see build): the header one row down, a band above T1..T12.
        put(this.data, this.headerRow - 1, COL.t1, { value: "Số liệu các tháng" });
        this.data.merges.push({ r1: this.headerRow - 1, c1: COL.t1, r2: this.headerRow - 1, c2: COL.t1 + 11 });
        touch.cells.push(this.cell(this.headerRow - 1, COL.t1));
        break;
    }
    this.touches.push(touch);
  }

  /** Months after each row's last figure (a whole row without any) as a template's SUM of empty sheets: 0. */
  trailingZeros(touch: Touch): void {
    this.rows.forEach((row, i) => {
      const last = row.months.reduce<number>((l, v, m) => (v !== null ? m + 1 : l), 0);
      const r = this.sheetRow[i]!;
      for (let m = last + 1; m <= 12; m++) {
        const ref = `${colName(COL.t1 + m - 1)}${r + 1}`;
        put(this.data, r, COL.t1 + m - 1, { value: { formula: `SUM('Huyện A'!${ref},'Huyện B'!${ref})`, result: 0 } });
        touch.cells.push(this.cell(r, COL.t1 + m - 1));
      }
    });
  }

  /** Every row's Lũy kế a SUM of its twelve month cells, cached as Excel computes it (text and blanks add nothing). */
  sumYtd(touch: Touch): void {
    this.rows.forEach((row, i) => {
      const r = this.sheetRow[i]!;
      let sum = 0;
      for (let m = 0; m < 12; m++) {
        const v = this.data.cells.get(`${r},${COL.t1 + m}`)?.value;
        if (typeof v === "number") sum += v;
        else if (v && typeof v === "object" && "formula" in v) sum += v.result;
      }
      const range = `${colName(COL.t1)}${r + 1}:${colName(COL.t1 + 11)}${r + 1}`;
      put(this.data, r, COL.ytd, { value: { formula: `SUM(${range})`, result: sum } });
      row.ytd = sum;
      touch.cells.push(this.cell(r, COL.ytd));
    });
  }

  /** The data sheet's part, as ExcelJS names it (sheets in order). */
  dataPart(): string {
    return `xl/worksheets/sheet${this.sheets.indexOf(this.data) + 1}.xml`;
  }

  /**
   * XlsxWriter's shape: the months of one flow row of the report's year are formulas adding two
   * district sheets ('Huyện A'!H5+'Huyện B'!H5), each saved with the result 0, and the workbook asks
   * for a full recalculation on load. The model is unchanged: the figures are the districts' sums.
   */
  fullCalcOnLoad(touch: Touch): void {
    const { year } = modelPeriod(this.rows);
    const i = this.pick(
      this.rows.map((row, k) => (row.kind === "flow" && row.year === year ? k : -1)).filter((k) => k >= 0),
    );
    const r = this.sheetRow[i]!;
    const districts: SheetSpec[] = ["Huyện A", "Huyện B"].map((name) => ({
      name,
      state: "visible",
      cells: new Map(),
      merges: [],
    }));
    const refs: string[] = [];
    this.rows[i]!.months.forEach((v, m) => {
      if (v === null) return;
      const a = Math.round(v * 0.6);
      put(districts[0]!, r, COL.t1 + m, { value: a });
      put(districts[1]!, r, COL.t1 + m, { value: v - a });
      refs.push(`${colName(COL.t1 + m)}${r + 1}`);
      touch.cells.push(this.cell(r, COL.t1 + m));
    });
    this.sheets.push(...districts);
    this.rewrites.push((get, set) => {
      const part = this.dataPart();
      let xml = get(part);
      for (const ref of refs) {
        const m = cellXml(xml, ref);
        if (!m) continue;
        const attrs = /^<c r="[^"]+"((?: [^>/]*)?)/.exec(m[0])![1]!.replace(/ t="[^"]*"/, "");
        const f = `<c r="${ref}"${attrs}><f>'Huyện A'!${ref}+'Huyện B'!${ref}</f><v>0</v></c>`;
        xml = xml.slice(0, m.index) + f + xml.slice(m.index + m[0].length);
      }
      set(part, xml);
      const wb = get("xl/workbook.xml").replace(/<calcPr[^>]*\/>/, "");
      set("xl/workbook.xml", wb.replace("</workbook>", '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'));
    });
  }

  /** A month cell written twice with another figure: a hole, named at the cell. */
  duplicateCell(touch: Touch): boolean {
    const at = this.periodMonth(["flow", "index"]);
    if (!at) return false;
    this.used.add(`${at.i},${at.m}`);
    const r = this.sheetRow[at.i]!;
    const c = COL.t1 + at.m - 1;
    const ref = `${colName(c)}${r + 1}`;
    const other = (this.rows[at.i]!.months[at.m - 1] ?? 0) + 1;
    this.rows[at.i]!.months[at.m - 1] = null;
    touch.cells.push(this.cell(r, c));
    touch.rows.push(at.i);
    this.rewrites.push((get, set) => {
      const part = this.dataPart();
      const xml = get(part);
      const m = cellXml(xml, ref);
      if (!m) throw new Error(`duplicate-cell: no ${ref} in ${part}`);
      const end = m.index + m[0].length;
      set(part, `${xml.slice(0, end)}<c r="${ref}"><v>${other}</v></c>${xml.slice(end)}`);
    });
    return true;
  }

  workbook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "ct fuzz";
    for (const spec of this.sheets) {
      const ws = wb.addWorksheet(spec.name, { state: spec.state });
      for (const [key, cell] of spec.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value as ExcelJS.CellValue;
        if (cell.numFmt) target.numFmt = cell.numFmt;
      }
      for (const m of spec.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    }
    return wb;
  }
}

/** The variant of `seed`: 1 to 3 mutations drawn from `kinds` (each kind at most once). */
export function generate(seed: number, kinds: readonly MutationKind[]): Variant {
  const random = rng(seed);
  const b = new Builder(random);
  const pool = [...kinds];
  const chosen: MutationKind[] = [];
  const count = Math.min(pool.length, 1 + Math.floor(random() * 3));
  for (let k = 0; k < count; k++) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  // Layout first (the band moves the header), then the rest in a fixed order so addresses hold.
  chosen.sort((a, b2) => MUTATION_KINDS.indexOf(a) - MUTATION_KINDS.indexOf(b2));
  if (chosen.includes("header-band")) b.headerRow = 1;
  b.layOut();
  for (const kind of chosen) b.mutate(kind);
  return { seed, kinds: chosen, rows: b.rows, touches: b.touches, workbook: b.workbook(), rewrites: b.rewrites };
}
