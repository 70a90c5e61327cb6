/**
 * An INDEPENDENT reading of an .xlsx into the Excel double: jszip + @xmldom/xmldom, neither ExcelJS nor
 * src/xlsx, so the proof that the command and the add-in read the same dataset does not compare a
 * reader with itself. It gives what Excel's range.values gives (numbers, dates as serial numbers,
 * strings, booleans, error text, "" for blanks and for every cell of a merged area but its top-left),
 * each cell's numberFormat as Excel reports it (built-in ids as their en-US codes), the sheets'
 * visibility, merged areas, hidden rows and columns, and tables.
 */
import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { ExcelDouble } from "./excelDouble";

/** Excel's built-in number formats as range.numberFormat reports them in en-US (ECMA-376 18.8.30). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  49: "@",
};

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const list = el.getElementsByTagName(name);
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

function textOf(el: Element | undefined): string {
  return el?.textContent ?? "";
}

async function xml(zip: JSZip, path: string): Promise<Element | null> {
  const f = zip.file(path);
  if (!f) return null;
  return new DOMParser().parseFromString(await f.async("string"), "text/xml").documentElement as unknown as Element;
}

function col(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function ref(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1.replace(/\$/g, ""))!;
  return { row: Number(m[2]) - 1, col: col(m[1]!) };
}

/** Days since 1899-12-30 (Excel's 1900 system from 1900-03-01 on), or since 1904-01-01 in the 1904 system. */
function serialOf(iso: string, date1904: boolean): number {
  const [date, time = "00:00:00"] = iso.replace(/Z$/, "").split("T");
  const [y, mo, d] = date!.split("-").map(Number) as [number, number, number];
  const [h, mi, s] = time.split(":").map(Number) as [number, number, number];
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.UTC(y, mo - 1, d, h, mi, s || 0) - epoch) / 86400000;
}

export async function fillDouble(double: ExcelDouble, bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await xml(zip, "xl/workbook.xml"))!;
  const pr = children(workbook, "workbookPr")[0]?.getAttribute("date1904");
  const date1904 = pr === "1" || pr === "true";
  double.state.date1904 = date1904;
  const rels = new Map<string, string>();
  for (const r of children((await xml(zip, "xl/_rels/workbook.xml.rels"))!, "Relationship")) {
    rels.set(r.getAttribute("Id")!, `xl/${r.getAttribute("Target")!.replace(/^\/?xl\//, "")}`);
  }
  const shared: string[] = [];
  const sst = await xml(zip, "xl/sharedStrings.xml");
  for (const si of sst ? children(sst, "si") : []) {
    shared.push(
      children(si, "t")
        .filter((t) => (t.parentNode as Element | null)?.nodeName !== "rPh")
        .map(textOf)
        .join(""),
    );
  }
  const formats: string[] = [];
  const styles = await xml(zip, "xl/styles.xml");
  if (styles) {
    const custom = new Map(
      children(styles, "numFmt").map((f) => [Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode")!]),
    );
    const cellXfs = children(styles, "cellXfs")[0];
    for (const xf of cellXfs ? children(cellXfs, "xf") : []) {
      const id = Number(xf.getAttribute("numFmtId") ?? 0);
      formats.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
    }
  }

  let firstVisible: string | null = null;
  for (const s of children(workbook, "sheet")) {
    const name = s.getAttribute("name")!;
    const state = s.getAttribute("state");
    const path = rels.get(s.getAttribute("r:id")!)!;
    const ws = (await xml(zip, path))!;
    const sheet = double.addSheet(name);
    sheet.visibility = state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
    if (sheet.visibility === "Visible") firstVisible ??= name;
    const merges = children(ws, "mergeCell").map((m) => {
      const [a, b] = m.getAttribute("ref")!.split(":");
      const p = ref(a!);
      const q = ref(b ?? a!);
      return { r1: p.row, c1: p.col, r2: q.row, c2: q.col };
    });
    sheet.merges.push(...merges);
    const slave = (r: number, c: number): boolean =>
      merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1));
    for (const row of children(ws, "row")) {
      if (row.getAttribute("hidden") === "1") sheet.hiddenRows.add(Number(row.getAttribute("r")) - 1);
    }
    for (const c of children(ws, "col")) {
      if (c.getAttribute("hidden") !== "1") continue;
      for (let i = Number(c.getAttribute("min")); i <= Number(c.getAttribute("max")); i++) sheet.hiddenCols.add(i - 1);
    }
    for (const c of children(ws, "c")) {
      const { row, col: cc } = ref(c.getAttribute("r")!);
      const t = c.getAttribute("t") ?? "n";
      const v = children(c, "v")[0];
      const format = formats[Number(c.getAttribute("s") ?? 0)] ?? "General";
      let value: string | number | boolean | null = null;
      if (t === "inlineStr") value = children(c, "t").map(textOf).join("");
      else if (v !== undefined) {
        const raw = textOf(v);
        value =
          t === "s"
            ? (shared[Number(raw)] ?? "")
            : t === "b"
              ? raw === "1"
              : t === "str" || t === "e"
                ? raw
                : t === "d"
                  ? serialOf(raw, date1904)
                  : Number(raw);
      }
      if (slave(row, cc)) value = null; // Excel shows a merged area's value in its top-left cell only
      const cell = sheet.ensure(row, cc);
      cell.value = value === "" ? null : value;
      // A t="d" cell is shown with a date format by Excel whatever its style says.
      cell.numberFormat = t === "d" && format === "General" ? "m/d/yyyy" : format;
    }
    const sheetRels = await xml(zip, path.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels"));
    for (const r of sheetRels ? children(sheetRels, "Relationship") : []) {
      const table = (await xml(zip, `xl/${r.getAttribute("Target")!.replace(/^\.\.\//, "")}`))!;
      double.addTable(table.getAttribute("displayName")!, name, table.getAttribute("ref")!);
    }
  }
  if (firstVisible) double.activate(firstVisible);
}
