/** Shared helpers of the CLI tests: temp folders, sample files, an in-process run with captured output. */
import { createHash } from "crypto";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, type CliIo } from "../../src/cli/run";
import { dataWorkbook, sampleWorkbook } from "../../src/cli/sampleWorkbook";
import { CLI_LIMITS } from "../../src/cli/limits";
import { carriedFingerprint, readPackage, setCustomProperties, writePackage } from "../../src/core/package";
import { reportProvenance, type Provenance } from "../../src/writers/provenance";

export function tempDir(tag: string): string {
  return mkdtempSync(path.join(tmpdir(), `ct-cli-${tag}-`));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Write the sample data workbook (scaled for a district when factor ≠ 1) and return its path. */
export async function writeSample(dir: string, name = "du-lieu.xlsx", factor = 1): Promise<string> {
  const file = path.join(dir, name);
  await sampleWorkbook(factor).xlsx.writeFile(file);
  return file;
}

/** Write a one-sheet data workbook from values. */
export async function writeData(
  dir: string,
  name: string,
  values: (string | number | null)[][],
  sheet = "Dữ liệu",
): Promise<string> {
  const file = path.join(dir, name);
  await dataWorkbook(values, sheet).xlsx.writeFile(file);
  return file;
}

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Run ct-report in-process. */
export async function run(argv: string[], isTTY = false): Promise<Ran> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY };
  const code = await runCli(argv, io);
  return { code, out, err };
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every formula cell of a worksheet: address -> formula. */
export function formulas(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) out.set(cell.address, cell.formula);
    }),
  );
  return out;
}

/** The 1-based column whose header (rows 1..12: the heading, then the two header rows) is `text`. */
export function headerCol(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= 12; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === text) return c;
  }
  throw new Error(`no header "${text}"`);
}

/** The fingerprint a report file (or its bytes) carries, of any scheme. */
export function carriedOf(file: string | Uint8Array): string | undefined {
  return carriedFingerprint(readPackage(typeof file === "string" ? readFileSync(file) : file));
}

/** What a report file (or its bytes) says about itself, as the command reads it. */
export function provenanceOf(file: string | Uint8Array): Promise<Provenance> {
  return reportProvenance(typeof file === "string" ? readFileSync(file) : file, CLI_LIMITS.maxInflatedBytes);
}

/** The package with custom property `name` set to `value`, as Excel keeps it when it saves. */
export function withProperty(pkg: Uint8Array, name: string, value: string): Uint8Array {
  const parts = readPackage(pkg);
  setCustomProperties(parts, { [name]: value });
  return writePackage(parts);
}
