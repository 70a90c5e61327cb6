/**
 * The add-in's document settings as Office saved them in an .xlsx: xl/webextensions/webextension*.xml,
 * <we:property name="…" value="…"/> (each value JSON text). ct-report reads the document settings
 * (src/report/documentSettings.ts) from here. The bounded reader of branch h-reader exposes the same map
 * as WorkbookFile.webExtensionProperties: when it lands, this file goes.
 */
import { unzipSync } from "fflate";

const PART = /^xl\/webextensions\/webextension\d*\.xml$/;
const MAX_PART_BYTES = 1 << 20;

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e] as string;
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** name -> value of every web-extension property in the workbook; {} when there are none or the zip is bad. */
export function webExtensionProperties(bytes: Uint8Array): Record<string, string> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => PART.test(f.name) && f.originalSize <= MAX_PART_BYTES });
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(parts).sort()) {
    const xml = new TextDecoder().decode(parts[name]);
    const re = /<(?:\w+:)?property\b([^>]*?)\/?>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      const attrs = m[1] ?? "";
      const key = /\bname="([^"]*)"/.exec(attrs)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1];
      if (key !== undefined && value !== undefined) out[decode(key)] = decode(value);
    }
  }
  return out;
}
