/**
 * SAX over a zip entry: the entry is inflated piece by piece and each piece is fed to saxes, so a
 * part is never held whole in memory. Element names lose their prefix ("x:c" -> "c").
 */
import { SaxesParser } from "saxes";
import { inflateEntry, ZipError, type InflateBudget, type ZipEntry } from "./zip";

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Parse one entry with `handlers`. Throws ZipError("corrupt") for XML that does not parse. */
export function parseEntry(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (err) => {
    failure ??= err;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (handlers.text) parser.on("text", handlers.text);
  const decoder = new TextDecoder("utf-8");
  inflateEntry(bytes, e, budget, (chunk) => {
    if (failure) return;
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (!failure) parser.write(decoder.decode()).close();
  if (failure) throw new ZipError("corrupt", `${e.name}: ${(failure as Error).message}`);
}

/** Attribute by local name (r:id and id both answer "id" when asked for "r:id"). */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  const want = local(name);
  for (const k of Object.keys(attrs)) if (local(k) === want && k.includes(":") === name.includes(":")) return attrs[k];
  return undefined;
}

/**
 * Text with ECMA-376's escapes decoded (Part 1, 22.9.2.19 ST_Xstring): "_xHHHH_" is the UTF-16 code
 * unit HHHH ("_x000D_" a carriage return), and "_x005F_" an underscore, so "_x005F_x000D_" is the text
 * "_x000D_" itself.
 */
export function decodeEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
