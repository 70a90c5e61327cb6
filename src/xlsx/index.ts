// SHIM for branch h-page: replaced by the h-reader implementation at merge
/**
 * The bounded .xlsx reader's contract (CONTRACTS.md §1), implemented just enough for the browser page
 * to be built and tested before h-reader lands: synchronous, fflate + saxes, no Node or DOM API.
 * Sheets' values as Excel's range.values gives them (numbers, dates as serial numbers, strings,
 * booleans, error text; formula cells give their saved result), dc:creator, custom properties and the
 * web extension's saved settings. Merges and hidden sheets/rows/columns are h-reader's.
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { CLI_MESSAGES } from "../cli/messages";
import { sheetAddress } from "../report/address";
import type { SourceValues } from "../report/reader";
import type { Problem } from "../report/types";

export interface ReadLimits {
  maxFileBytes: number;
  maxInflatedBytes: number;
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxCells: 5_000_000,
};

export interface WorkbookFile {
  sources: SourceValues[];
  problems: Problem[];
  creator: string;
  customProperties: Record<string, string>;
  webExtensionProperties: Record<string, string>;
}

export type ReadRefusalCode =
  "encrypted" | "xls" | "ods" | "csv" | "not-xlsx" | "corrupt" | "too-large" | "too-many-cells";

export interface ReadRefusal {
  code: ReadRefusalCode;
  message: { vi: string; en: string };
}

export type ReadOutcome = { ok: true; workbook: WorkbookFile } | { ok: false; refusal: ReadRefusal };

class Refused extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(refusal.message.en);
  }
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

function refuse(code: ReadRefusalCode, file: string, extra = ""): never {
  const m =
    code === "xls" || code === "encrypted"
      ? CLI_MESSAGES.oldXls(file)
      : code === "too-large"
        ? { vi: `${file}: tệp quá lớn (${extra})`, en: `${file}: the file is too large (${extra})` }
        : code === "too-many-cells"
          ? { vi: `${file}: quá nhiều ô (${extra})`, en: `${file}: too many cells (${extra})` }
          : code === "corrupt"
            ? CLI_MESSAGES.unreadable(file, extra)
            : CLI_MESSAGES.notXlsx(file);
  throw new Refused({ code, message: m });
}

/** Run saxes over `xml`, calling back with local (unprefixed) names. */
function walk(
  xml: string,
  open: (name: string, attrs: Record<string, string>) => void,
  text: (t: string) => void = () => undefined,
  close: (name: string) => void = () => undefined,
): void {
  const local = (n: string): string => n.slice(n.indexOf(":") + 1);
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
    open(local(tag.name), attrs);
  });
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", (tag) => close(local(tag.name)));
  parser.write(xml).close();
}

/** "B12" -> { row: 11, col: 1 } (0-based). */
function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  walk(
    xml,
    (n) => {
      if (n === "si") cur = "";
      else if (n === "rPh") phonetic++;
      else if (n === "t") inT = phonetic === 0;
    },
    (t) => {
      if (inT && cur !== null) cur += t;
    },
    (n) => {
      if (n === "t") inT = false;
      else if (n === "rPh") phonetic--;
      else if (n === "si") {
        out.push(cur ?? "");
        cur = null;
      }
    },
  );
  return out;
}

function excelSerial(iso: string): number | string {
  const t = Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  return Number.isFinite(t) ? t / 86_400_000 + 25_569 : iso;
}

interface SheetCount {
  cells: number;
}

function readSheet(
  name: string,
  xml: string,
  strings: string[],
  problems: Problem[],
  count: SheetCount,
  limits: ReadLimits,
  file: string,
): Omit<SourceValues, "sheet"> {
  const values: unknown[][] = [];
  let row = -1;
  let col = -1;
  let type = "n";
  let v: string | null = null;
  let formula = false;
  let inline = "";
  let into: "v" | "t" | null = null;
  walk(
    xml,
    (n, a) => {
      if (n === "row") {
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
      } else if (n === "c") {
        const at = a.r ? parseRef(a.r) : null;
        col = at ? at.col : col + 1;
        if (at) row = at.row;
        type = a.t ?? "n";
        v = null;
        formula = false;
        inline = "";
        if (++count.cells > limits.maxCells) refuse("too-many-cells", file, `> ${limits.maxCells}`);
      } else if (n === "v") {
        into = "v";
        v = "";
      } else if (n === "t") into = "t";
      else if (n === "f") formula = true;
    },
    (t) => {
      if (into === "v") v += t;
      else if (into === "t") inline += t;
    },
    (n) => {
      if (n === "v" || n === "t") into = null;
      else if (n === "c") {
        let value: unknown = null;
        if (type === "inlineStr") value = inline;
        else if (v !== null) {
          if (type === "s") value = strings[Number(v)] ?? "";
          else if (type === "b") value = v === "1" || v === "true";
          else if (type === "str" || type === "e") value = v;
          else if (type === "d") value = excelSerial(v);
          else value = v === "" ? null : Number(v);
        } else if (formula) {
          problems.push({
            code: "formula-no-result",
            severity: "warning",
            address: sheetAddress(name, row, col),
            message: CLI_MESSAGES.formulaNoResult(),
          });
        }
        if (value !== null && value !== "") (values[row] ??= [])[col] = value;
      }
    },
  );
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { values, origin: { row: 0, col: 0 } };
}

/** Name -> text of docProps/custom.xml's properties. */
function customProperties(xml: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!xml) return out;
  let name: string | null = null;
  let depth = 0;
  walk(
    xml,
    (n, a) => {
      if (n === "property") {
        name = a.name ?? null;
        if (name) out[name] = "";
      } else if (name) depth++;
    },
    (t) => {
      if (name && depth > 0) out[name] += t;
    },
    (n) => {
      if (n === "property") name = null;
      else if (name) depth--;
    },
  );
  return out;
}

function inflate(bytes: Uint8Array, file: string, limits: ReadLimits): Record<string, Uint8Array> {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared > limits.maxInflatedBytes) refuse("too-large", file, `> ${mb(limits.maxInflatedBytes)}`);
        return /\.(xml|rels)$/i.test(f.name);
      },
    });
  } catch (e) {
    if (e instanceof Refused) throw e;
    return refuse("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  let real = 0;
  for (const b of Object.values(files)) real += b.length;
  if (real > limits.maxInflatedBytes) refuse("too-large", file, `> ${mb(limits.maxInflatedBytes)}`);
  return files;
}

function readChecked(bytes: Uint8Array, file: string, limits: ReadLimits): WorkbookFile {
  if (bytes.length > limits.maxFileBytes) refuse("too-large", file, `> ${mb(limits.maxFileBytes)}`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) refuse("xls", file);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse(/\.csv$/i.test(file) ? "csv" : "not-xlsx", file);
  const zip = inflate(bytes, file, limits);
  const text = (p: string): string | undefined => (zip[p] ? strFromU8(zip[p] as Uint8Array) : undefined);
  const workbookXml = text("xl/workbook.xml");
  if (!workbookXml) refuse(zip["content.xml"] ? "ods" : "not-xlsx", file);
  const targets: Record<string, string> = {};
  walk(text("xl/_rels/workbook.xml.rels") ?? "<r/>", (n, a) => {
    if (n === "Relationship" && a.Id && a.Target) targets[a.Id] = a.Target;
  });
  const sheets: { name: string; id: string }[] = [];
  walk(workbookXml, (n, a) => {
    if (n === "sheet" && a.name) sheets.push({ name: a.name, id: a.id ?? "" });
  });
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const problems: Problem[] = [];
  const count = { cells: 0 };
  const sources: SourceValues[] = [];
  for (const s of sheets) {
    const target = targets[s.id] ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = text(path);
    if (!xml) continue;
    const read = readSheet(s.name, xml, strings, problems, count, limits, file);
    sources.push({ sheet: s.name, ...read });
  }
  let creator = "";
  let inCreator = false;
  walk(
    text("docProps/core.xml") ?? "<r/>",
    (n) => (inCreator = n === "creator"),
    (t) => {
      if (inCreator) creator += t;
    },
    () => (inCreator = false),
  );
  const webExtensionProperties: Record<string, string> = {};
  for (const p of Object.keys(zip).filter((k) => /^xl\/webextensions\/webextension\d*\.xml$/.test(k))) {
    walk(text(p) ?? "<r/>", (n, a) => {
      if (n === "property" && a.name !== undefined) webExtensionProperties[a.name] = a.value ?? "";
    });
  }
  return {
    sources,
    problems,
    creator,
    customProperties: customProperties(text("docProps/custom.xml")),
    webExtensionProperties,
  };
}

/** Read an .xlsx file's bytes within `limits`; a refusal names the file and the limit. */
export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReadOutcome {
  try {
    return { ok: true, workbook: readChecked(bytes, fileName, limits) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, refusal: e.refusal };
    return {
      ok: false,
      refusal: {
        code: "corrupt",
        message: CLI_MESSAGES.unreadable(fileName, e instanceof Error ? e.message : String(e)),
      },
    };
  }
}
