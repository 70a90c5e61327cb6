/**
 * Writes real .xlsx files from a small spec, XML by hand and zipped with fflate: the shapes ExcelJS
 * cannot write (t="d" cells, number-format units, hidden and veryHidden sheets, tables anywhere, a cell
 * at XFD1048576) exactly as Excel stores them. Tests only.
 */
import { strToU8, zipSync } from "fflate";

export type CellSpec =
  | string
  | number
  | boolean
  | {
      v?: string | number | boolean;
      t?: "s" | "str" | "inlineStr" | "b" | "e" | "n" | "d";
      s?: number;
      f?: string;
      /** A shared formula (t="shared"): its index, and on the master cell the range it covers. */
      si?: string;
      ref?: string;
    };

export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** "A1" -> value. Strings go to the shared strings unless a type says otherwise. */
  cells: Record<string, CellSpec>;
  merges?: string[];
  /** 1-based rows hidden. */
  hiddenRows?: number[];
  /** 1-based columns hidden. */
  hiddenCols?: number[];
  tables?: { name: string; ref: string }[];
  /** Raw `<row>` XML written inside sheetData instead of `cells` (duplicate or unordered cells). */
  sheetData?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Custom number formats (id >= 164). */
  numFmts?: { id: number; code: string }[];
  /** numFmtId of each cell style; style 0 is always General. */
  styles?: number[];
  creator?: string;
  custom?: Record<string, string>;
  webExtension?: Record<string, string>;
  date1904?: boolean;
  /** `<calcPr fullCalcOnLoad="1"/>`, as XlsxWriter, pandas and openpyxl write every workbook. */
  fullCalcOnLoad?: boolean;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function splitRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  return { row: Number(m[2]), col: colNum(m[1]!) };
}

export function buildXlsx(spec: BookSpec): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sst = (s: string): number => {
    let i = sharedIndex.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      sharedIndex.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const overrides: string[] = [];
  let tableNo = 0;

  spec.sheets.forEach((sheet, i) => {
    const rows = new Map<number, string[]>();
    const cellsOf = (r: number): string[] => {
      let l = rows.get(r);
      if (!l) rows.set(r, (l = []));
      return l;
    };
    const sorted = Object.entries(sheet.cells)
      .map(([ref, v]) => ({ ref, v, ...splitRef(ref) }))
      .sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { ref, v, row } of sorted) {
      const c = typeof v === "object" ? v : { v };
      const t = c.t ?? (typeof c.v === "string" ? "s" : typeof c.v === "boolean" ? "b" : "n");
      const s = c.s ? ` s="${c.s}"` : "";
      const shared = c.si !== undefined ? ` t="shared"${c.ref ? ` ref="${c.ref}"` : ""} si="${c.si}"` : "";
      const f = c.f ? `<f${shared}>${esc(c.f)}</f>` : shared ? `<f${shared}/>` : "";
      let inner = "";
      if (c.v !== undefined) {
        if (t === "s") inner = `<v>${sst(String(c.v))}</v>`;
        else if (t === "inlineStr") inner = `<is><t>${esc(String(c.v))}</t></is>`;
        else if (t === "b") inner = `<v>${c.v === true || c.v === 1 ? 1 : 0}</v>`;
        else inner = `<v>${esc(String(c.v))}</v>`;
      }
      const tAttr = t === "n" ? "" : ` t="${t}"`;
      cellsOf(row).push(`<c r="${ref}"${tAttr}${s}>${f}${inner}</c>`);
    }
    for (const r of sheet.hiddenRows ?? []) cellsOf(r);
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    const rowXml = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([r, cs]) => `<row r="${r}"${hiddenRows.has(r) ? ' hidden="1"' : ""}>${cs.join("")}</row>`)
      .join("");
    const cols = (sheet.hiddenCols ?? []).map((c) => `<col min="${c}" max="${c}" width="9" hidden="1"/>`).join("");
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    const tables = sheet.tables ?? [];
    const tableParts = tables.length
      ? `<tableParts count="${tables.length}">${tables.map((_t, k) => `<tablePart r:id="rIdT${k + 1}"/>`).join("")}</tableParts>`
      : "";
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${RNS}>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${sheet.sheetData ?? rowXml}</sheetData>${merges}${tableParts}</worksheet>`,
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    if (tables.length) {
      const rels = tables.map((t, k) => {
        tableNo++;
        const [a, b] = t.ref.split(":");
        const first = splitRef(a!);
        const last = splitRef(b!);
        const columns = Array.from(
          { length: last.col - first.col + 1 },
          (_x, j) => `<tableColumn id="${j + 1}" name="C${j + 1}"/>`,
        );
        put(
          `xl/tables/table${tableNo}.xml`,
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table ${NS} id="${tableNo}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}"><autoFilter ref="${t.ref}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns></table>`,
        );
        overrides.push(
          `<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
        );
        return `<Relationship Id="rIdT${k + 1}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`;
      });
      put(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
      );
    }
  });

  const sheetsXml = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${RNS}>${spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheetsXml}</sheets>${spec.fullCalcOnLoad ? '<calcPr calcId="124519" fullCalcOnLoad="1"/>' : ""}</workbook>`,
  );
  const n = spec.sheets.length;
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
      .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        "",
      )}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  const numFmts = spec.numFmts ?? [];
  const styles = [0, ...(spec.styles ?? [])];
  put(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}>${
      numFmts.length
        ? `<numFmts count="${numFmts.length}">${numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join("")}</numFmts>`
        : ""
    }<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${styles
      .map(
        (id) =>
          `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`,
      )
      .join("")}</cellXfs></styleSheet>`,
  );
  put(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join("")}</sst>`,
  );
  const rootRels = [
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`,
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
  ];
  put(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${esc(spec.creator ?? "")}</dc:creator></cp:coreProperties>`,
  );
  if (spec.custom) {
    rootRels.push(`<Relationship Id="rId3" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`);
    put(
      "docProps/custom.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(
        spec.custom,
      )
        .map(
          ([k, v], i) =>
            `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`,
        )
        .join("")}</Properties>`,
    );
  }
  if (spec.webExtension) {
    put(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties>${Object.entries(
        spec.webExtension,
      )
        .map(([k, v]) => `<we:property name="${esc(k)}" value="${esc(v)}"/>`)
        .join("")}</we:properties></we:webextension>`,
    );
  }
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rootRels.join("")}</Relationships>`,
  );
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(files);
}

/** "A1"-keyed cells from rows of values placed with their top-left at (row0, col0), 0-based; null/undefined skipped. */
export function cellsFrom(rows: (CellSpec | null | undefined)[][], row0 = 0, col0 = 0): Record<string, CellSpec> {
  const out: Record<string, CellSpec> = {};
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      out[`${letters(col0 + c)}${row0 + r + 1}`] = v;
    }),
  );
  return out;
}

/** 0 -> "A". */
export function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
