/**
 * What a file is when it is not an .xlsx we can read: a password-protected workbook, the old .xls, an
 * .xlsb, an .ods, a saved web page, a CSV, another kind of zip, a damaged one — told by its bytes, whatever its name says, so the
 * officer reads what the file is and what to do.
 */
import { listEntries } from "../core/package";
import { InputError } from "./inputError";
import { REFUSALS } from "../xlsx/messages";
import { isXlsbEntries, looksLikeHtml } from "../xlsx/sniff";
import { CLI_LIMITS } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // an OLE compound file: the old .xls, or an encrypted .xlsx
/** The stream an encrypted Office file keeps its package in (its name in the OLE directory is UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const ODS_MIMETYPE = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Whether the bytes look like delimited text (no NUL byte, a separator on the first line). */
function looksLikeCsv(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return false;
  const firstLine = head.toString("utf8").split(/\r?\n/)[0] ?? "";
  return /[,;\t]/.test(firstLine);
}

/**
 * What the bytes are when they are not an .xlsx we can read, as the bounded reader's refusal code
 * (src/xlsx, CONTRACTS.md §1) and its message naming the file; null when they may be an .xlsx.
 */
export function refusalOf(
  bytes: Uint8Array,
  shownName: string,
  maxInflatedBytes = CLI_LIMITS.maxInflatedBytes,
): InputError | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, OLE_MAGIC)) {
    return buf.includes(ENCRYPTED_PACKAGE)
      ? new InputError(REFUSALS.encrypted(shownName), "encrypted")
      : new InputError(REFUSALS.xls(shownName), "xls");
  }
  if (startsWith(buf, ZIP_MAGIC)) {
    if (buf.subarray(0, 200).includes(ODS_MIMETYPE)) return new InputError(REFUSALS.ods(shownName), "ods");
    let names: string[] = [];
    let declared = 0;
    try {
      for (const e of listEntries(bytes).values()) {
        names.push(e.name); // list only: nothing is inflated here
        declared += e.declaredSize;
      }
    } catch (e) {
      return new InputError(REFUSALS.corrupt(shownName, e instanceof Error ? e.message : String(e)), "corrupt");
    }
    if (declared > maxInflatedBytes) {
      return new InputError(REFUSALS.declaredTooLarge(shownName, declared, maxInflatedBytes), "too-large");
    }
    if (isXlsbEntries(names)) return new InputError(REFUSALS.xlsb(shownName), "xlsb");
    names = names.map((n) => n.toLowerCase());
    if (!names.includes("xl/workbook.xml")) return new InputError(REFUSALS.notXlsx(shownName), "not-xlsx");
    return null;
  }
  if (looksLikeHtml(bytes)) return new InputError(REFUSALS.html(shownName), "html");
  if (/\.csv$/i.test(shownName) || looksLikeCsv(buf)) return new InputError(REFUSALS.csv(shownName), "csv");
  return new InputError(REFUSALS.notXlsx(shownName), "not-xlsx");
}
