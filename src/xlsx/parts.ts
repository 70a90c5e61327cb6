/**
 * The small parts of a workbook: workbook.xml (sheets, 1904 dates), relationships, shared strings,
 * styles (which cell styles show a date), document properties and web-extension properties.
 */
import { CUSTOM_PART, entryText, parseCustomXml } from "../core/package";
import type { ElementBudget } from "./limits";
import { isBuiltInDateId, isDateFormatCode } from "./numberFormat";
import { attr, decodeEscapes, parseEntry } from "./xml";
import type { InflateBudget, ZipEntry } from "./zip";

export interface Part {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
}

function entry(p: Part, path: string): ZipEntry | undefined {
  return p.entries.get(path) ?? [...p.entries.entries()].find(([k]) => k.toLowerCase() === path.toLowerCase())?.[1];
}

/** Parse the entry at `path` when it exists; false when it does not. */
function parse(p: Part, path: string, handlers: Parameters<typeof parseEntry>[3]): boolean {
  const e = entry(p, path);
  if (!e) return false;
  parseEntry(p.bytes, e, p.budget, handlers);
  return true;
}

/** "xl/worksheets/sheet1.xml" + "../tables/table1.xml" -> "xl/tables/table1.xml". */
export function resolveTarget(fromDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromDir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Relationships of a part: id -> resolved target path. */
export function readRels(p: Part, partPath: string): Map<string, string> {
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/")) : "";
  const relsPath = `${dir ? dir + "/" : ""}_rels/${partPath.slice(partPath.lastIndexOf("/") + 1)}.rels`;
  const out = new Map<string, string>();
  parse(p, relsPath, {
    open(name, a) {
      if (name !== "Relationship") return;
      const id = a.Id;
      const target = a.Target;
      if (id && target && a.TargetMode !== "External") out.set(id, resolveTarget(dir, target));
    },
  });
  return out;
}

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  path: string | undefined;
}

/** The workbook part's path, from the package relationships (xl/workbook.xml almost always). */
export function workbookPath(p: Part): string | undefined {
  let found: string | undefined;
  parse(p, "_rels/.rels", {
    open(name, a) {
      if (name === "Relationship" && /officeDocument$/.test(a.Type ?? "") && a.Target) {
        found ??= resolveTarget("", a.Target);
      }
    },
  });
  if (found && entry(p, found)) return found;
  return entry(p, "xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  /** calcPr fullCalcOnLoad: the writer (XlsxWriter, pandas, openpyxl) left the results for Excel to compute. */
  fullCalcOnLoad: boolean;
}

/** Sheets in workbook order, with their state and part path; the 1904 date system and recalculation flags. */
export function readWorkbookPart(p: Part, path: string): WorkbookPart {
  const rels = readRels(p, path);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let fullCalcOnLoad = false;
  parse(p, path, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name === "calcPr") fullCalcOnLoad = a.fullCalcOnLoad === "1" || a.fullCalcOnLoad === "true";
      if (name !== "sheet") return;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      const id = attr(a, "r:id");
      sheets.push({ name: a.name ?? "", state, path: id ? rels.get(id) : undefined });
    },
  });
  return { sheets, date1904, fullCalcOnLoad };
}

/**
 * Shared strings, rich text runs flattened, ECMA-376 escapes ("_x000D_") decoded; phonetic runs (rPh)
 * left out, as Excel shows them. Each string is counted against its ceiling.
 */
export function readSharedStrings(p: Part, path: string, budget: ElementBudget): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let inPhonetic = 0;
  parse(p, path, {
    open(name, _a, selfClosing) {
      if (name === "si") {
        budget.take("sharedStrings");
        current = [];
      } else if (name === "rPh") inPhonetic += selfClosing ? 0 : 1;
      else if (name === "t" && !selfClosing) inT = true;
    },
    close(name) {
      if (name === "si") {
        out.push(current ? decodeEscapes(current.join("")) : "");
        current = null;
      } else if (name === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
      else if (name === "t") inT = false;
    },
    text(t) {
      if (inT && inPhonetic === 0 && current) current.push(t);
    },
  });
  return out;
}

/** For each cell style index (s="n"), whether its number format shows a date; and the format codes. */
export function readStyles(p: Part, path: string, budget: ElementBudget): { dateStyles: boolean[]; formats: string[] } {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  parse(p, path, {
    open(name, a, selfClosing) {
      if (name === "numFmt") {
        budget.take("styles");
        custom.set(Number(a.numFmtId), a.formatCode ?? "");
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) {
        budget.take("styles");
        xfIds.push(Number(a.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const formats = xfIds.map((id) => custom.get(id) ?? `#${id}`);
  const dateStyles = xfIds.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateId(id);
  });
  return { dateStyles, formats };
}

/** docProps/core.xml dc:creator. */
export function readCreator(p: Part): string {
  let creator = "";
  let inCreator = false;
  parse(p, "docProps/core.xml", {
    open(name) {
      inCreator = name === "creator";
    },
    close() {
      inCreator = false;
    },
    text(t) {
      if (inCreator) creator += t;
    },
  });
  return creator.trim();
}

/** docProps/custom.xml: property name -> its value as text (the package module's one reader of it). */
export function readCustomProperties(p: Part): Record<string, string> {
  const e = entry(p, CUSTOM_PART);
  return e ? parseCustomXml(entryText(p.bytes, e, p.budget)) : {};
}

/** xl/webextensions/webextension*.xml we:property name -> value (Office.context.document.settings). */
export function readWebExtensionProperties(p: Part): Record<string, string> {
  const out: Record<string, string> = {};
  const paths = [...p.entries.keys()].filter((k) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(k)).sort();
  for (const path of paths) {
    parse(p, path, {
      open(name, a) {
        if (name === "property" && a.name !== undefined) out[a.name] = a.value ?? "";
      },
    });
  }
  return out;
}

/** A table part: its name and A1 range. */
export function readTable(p: Part, path: string): { name: string; ref: string } | null {
  let found: { name: string; ref: string } | null = null;
  parse(p, path, {
    open(name, a) {
      if (name === "table" && !found) found = { name: a.displayName ?? a.name ?? "", ref: a.ref ?? "" };
    },
  });
  return found;
}
