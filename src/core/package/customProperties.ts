/**
 * Custom document properties (docProps/custom.xml) of an Office package (.xlsx, .docx): the one place
 * they are read and written, for the workbook reader, the writers and the command. ExcelJS 4.4 neither
 * reads nor writes this part, so a package is given its properties after it is written. Pure: saxes.
 */
import { SaxesParser } from "saxes";
import { partText, setPartText, type PackageParts } from "./parts";

export const CUSTOM_PART = "docProps/custom.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS = "_rels/.rels";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every custom property carries (Office's "user defined properties" set). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
/** A custom.xml larger than this is not read (ours holds one short property). */
const MAX_PART_BYTES = 1 << 20;

function escapeXml(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The properties of a custom.xml text: name -> value as text (the first value element of each); {} when
 * the text is larger than 1 MiB or not well-formed (a malformed part carries no property we can trust).
 */
export function parseCustomXml(xml: string): Record<string, string> {
  if (xml.length > MAX_PART_BYTES) return {};
  try {
    return parseProperties(xml);
  } catch {
    return {};
  }
}

function parseProperties(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const parser = new SaxesParser();
  let name: string | null = null;
  let depth = 0;
  let text = "";
  let inValue = false;
  parser.on("opentag", (tag) => {
    depth++;
    if (tag.name === "property" || tag.name.endsWith(":property")) {
      const n = tag.attributes.name;
      name = typeof n === "string" ? n : null;
      return;
    }
    if (name !== null && depth === 3 && !Object.prototype.hasOwnProperty.call(out, name)) {
      inValue = true;
      text = "";
    }
  });
  parser.on("text", (t) => {
    if (inValue) text += t;
  });
  parser.on("closetag", () => {
    if (inValue && depth === 3 && name !== null) {
      // defineProperty: a property named "__proto__" is a name like any other
      Object.defineProperty(out, name, { value: text, enumerable: true, writable: true, configurable: true });
      inValue = false;
    }
    if (depth === 2) name = null;
    depth--;
  });
  parser.write(xml).close();
  return out;
}

/** custom.xml holding `props` in order. */
export function customXml(props: Record<string, string>): string {
  const items = Object.entries(props).map(
    ([name, value], i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${PROPS_NS}" xmlns:vt="${VT_NS}">${items.join("")}</Properties>`;
}

/** The custom properties of a package's parts, {} when it has none. */
export function readCustomProperties(parts: PackageParts): Record<string, string> {
  const part = parts.get(CUSTOM_PART);
  if (!part || part.length > MAX_PART_BYTES) return {};
  return parseCustomXml(partText(parts, CUSTOM_PART));
}

function withOverride(contentTypes: string): string {
  if (contentTypes.includes(`PartName="/${CUSTOM_PART}"`)) return contentTypes;
  return contentTypes.replace(
    /<\/Types>\s*$/,
    `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`,
  );
}

function withRelationship(rels: string): string {
  if (rels.includes(CUSTOM_REL)) return rels;
  const ids = new Set(Array.from(rels.matchAll(/Id="([^"]+)"/g), (m) => m[1]));
  let id = "rIdCustomProps";
  for (let i = 2; ids.has(id); i++) id = `rIdCustomProps${i}`;
  return rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`,
  );
}

/**
 * Set custom properties in a package's parts (the others kept, in order), declaring the part in
 * [Content_Types].xml and _rels/.rels when it is new. Throws when the parts are no Office package.
 */
export function setCustomProperties(parts: PackageParts, props: Record<string, string>): void {
  const types = parts.get(CONTENT_TYPES);
  const rels = parts.get(ROOT_RELS);
  if (!types || !rels) throw new Error("not an Office Open XML package: no [Content_Types].xml or _rels/.rels");
  setPartText(parts, CONTENT_TYPES, withOverride(partText(parts, CONTENT_TYPES)));
  setPartText(parts, ROOT_RELS, withRelationship(partText(parts, ROOT_RELS)));
  setPartText(parts, CUSTOM_PART, customXml({ ...readCustomProperties(parts), ...props }));
}
