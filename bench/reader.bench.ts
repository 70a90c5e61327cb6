/**
 * The .xlsx reader (issue 8, "bounded cost"): a national compilation of 20,000 indicator rows read and
 * reported by ct-report (target ≤ 10 s, ≤ 1 GB), 200,000 rows (≤ 60 s within 2 GB, or refused at once
 * with the limit named), and an 8 KB file with a stray cell at XFD1048576 (under 1 s and 100 MB more
 * than a small file). Each run is a fresh node process (peak RSS is the process's); ExcelJS's full
 * reader on the same files is printed beside for comparison.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { loadavg, tmpdir } from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";

const HEADER = [
  "Mã",
  "Chỉ tiêu",
  "ĐVT",
  "Loại",
  "Năm",
  "KH năm",
  ...Array.from({ length: 12 }, (_x, i) => `T${i + 1}`),
];

function col(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Extra shapes of issue 17 point 8: short rows, many hidden columns, one merge copied many times. */
export interface Extra {
  /** Each data row keeps its code, kind and year and one month only (4 cells). */
  short?: boolean;
  /** This many `<col min="1" max="16384" hidden="1">` elements before sheetData. */
  hiddenCols?: number;
  /** This many copies of one `<mergeCell>`: code … kind merged down over every data row. */
  merges?: number;
}

/** An .xlsx of `rows` indicator-year rows (half 2012, half 2013), written as Excel writes it. */
export function workbook(rows: number, stray = false, extra: Extra = {}): Uint8Array {
  const strings = new Map<string, number>();
  const sst = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const lines: string[] = [];
  const cell = (r: number, c: number, v: string | number): string =>
    typeof v === "number" ? `<c r="${col(c)}${r}"><v>${v}</v></c>` : `<c r="${col(c)}${r}" t="s"><v>${sst(v)}</v></c>`;
  lines.push(`<row r="1">${HEADER.map((h, c) => cell(1, c, h)).join("")}</row>`);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const k = Math.floor(i / 2);
    const year = i % 2 === 0 ? 2012 : 2013;
    const v: (string | number)[] = [`CT${k}`, `Chỉ tiêu số ${k}`, "tỷ đồng", "cộng dồn", year, 10000 + k];
    for (let m = 1; m <= 12; m++) v.push(year === 2013 && m > 9 ? "" : 100 + ((k * 7 + m * 13) % 900) + m / 10);
    if (extra.short) for (const c of [1, 2, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) v[c] = "";
    lines.push(`<row r="${r}">${v.map((x, c) => (x === "" ? "" : cell(r, c, x))).join("")}</row>`);
  }
  if (stray) lines.push(`<row r="1048576"><c r="XFD1048576" t="s"><v>${sst("x")}</v></c></row>`);
  const cols = extra.hiddenCols
    ? `<cols>${'<col min="1" max="16384" width="9" hidden="1"/>'.repeat(extra.hiddenCols)}</cols>`
    : "";
  const merges = extra.merges
    ? `<mergeCells count="${extra.merges}">${`<mergeCell ref="A2:D${rows + 1}"/>`.repeat(extra.merges)}</mergeCells>`
    : "";
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0"?><sst ${NS}>${[...strings.keys()].map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><worksheet ${NS}>${cols}<sheetData>${lines.join("")}</sheetData>${merges}</worksheet>`,
    ),
  });
}

interface Run {
  ms: number;
  /** User + system CPU of the process: what the shared machine's load changes least. */
  cpuMs: number;
  rssMb: number;
  code: number | null;
  out: string;
}

/** A run past this is stopped (the machine is shared): the table says so. */
const TIMEOUT_MS = Number(process.env.CT_READER_TIMEOUT_S ?? 120) * 1000;

/** Run `script` in a fresh node process; it prints CT_MAX_RSS_KB at the end. */
function timed(script: string, args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", "-e", script, ...args], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /CT_MAX_RSS_KB (\d+) CT_CPU_US (\d+)/.exec(r.stderr);
  const died =
    ms >= TIMEOUT_MS ? `killed after ${TIMEOUT_MS / 1000} s` : `died (${r.signal}): ${r.stderr.trim().slice(0, 60)}`;
  const out = r.signal ? died : (r.stdout + r.stderr).trim();
  return { ms, cpuMs: m ? Number(m[2]) / 1000 : NaN, rssMb: m ? Number(m[1]) / 1024 : NaN, code: r.status, out };
}

const RSS = `{ const u = process.resourceUsage(); process.stderr.write("\\nCT_MAX_RSS_KB " + u.maxRSS + " CT_CPU_US " + (u.userCPUTime + u.systemCPUTime) + "\\n"); }`;

function ours(file: string, out: string): Run {
  const main = path.join(__dirname, "..", "src", "cli", "main.js");
  return timed(
    `require(${JSON.stringify(main)}).main(process.argv.slice(1)).then((code) => { ${RSS}; process.exitCode = code; })`,
    [file, "-o", out, "--quiet"],
  );
}

function oursReadOnly(file: string): Run {
  const read = path.join(__dirname, "..", "src", "cli", "readXlsx.js");
  const reader = path.join(__dirname, "..", "src", "report", "read", "reader.js");
  return timed(
    `const d = require(${JSON.stringify(read)}); const r = require(${JSON.stringify(reader)});` +
      `d.readXlsx(process.argv[1]).then((x) => { const n = r.readDataset(x.sources).indicators.length; console.log(n); ${RSS}; },` +
      ` (e) => { console.log(e.bilingual ? e.bilingual.en : String(e)); ${RSS}; })`,
    [file],
  );
}

function exceljs(file: string): Run {
  return timed(
    `const E = require("exceljs"); const wb = new E.Workbook(); wb.xlsx.readFile(process.argv[1]).then(() => { ${RSS}; }, (e) => { console.log(String(e)); ${RSS}; })`,
    [file],
  );
}

/** "wall s (CPU s) / peak MB". */
function shown(r: Run): string {
  return `${(r.ms / 1000).toFixed(1)} s (${(r.cpuMs / 1000).toFixed(1)}) / ${r.rssMb.toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "ct-reader-bench-"));
  try {
    const cases: { name: string; rows: number; stray: boolean; target: string; extra?: Extra }[] = [
      { name: "small (200 rows)", rows: 200, stray: false, target: "baseline" },
      { name: "stray XFD1048576", rows: 200, stray: true, target: "+<1 s, +<100 MB" },
      { name: "20,000 rows", rows: 20_000, stray: false, target: "≤10 s, ≤1 GB" },
      { name: "120,000 full rows", rows: 120_000, stray: false, target: "≤20 s, ≤1 GB or refused at once" },
      {
        name: "200,000 short rows",
        rows: 200_000,
        stray: false,
        target: "≤30 s, ≤2 GB, a report",
        extra: { short: true },
      },
      { name: "200,000 rows", rows: 200_000, stray: false, target: "≤30 s, ≤2 GB or refused" },
      { name: "20,000 <col hidden>", rows: 200, stray: false, target: "≤30 s, ≤2 GB", extra: { hiddenCols: 20_000 } },
      { name: "80,000 copies of a merge", rows: 200, stray: false, target: "≤30 s, ≤2 GB", extra: { merges: 80_000 } },
    ];
    const only = process.env.CT_READER_CASES?.split(",").map((x) => x.trim());
    const table: string[][] = [];
    for (const [n, c] of cases.entries()) {
      if (only && !only.includes(String(n))) continue;
      const file = path.join(root, `case${n}.xlsx`);
      writeFileSync(file, workbook(c.rows, c.stray, c.extra));
      const size = statSync(file).size;
      const cli = ours(file, path.join(root, `out-${n}.xlsx`));
      const read = oursReadOnly(file);
      const other = exceljs(file);
      const cliNote = cli.code === 0 ? "report written" : `exit ${cli.code}: ${cli.out.split("\n")[0]?.slice(0, 90)}`;
      table.push([
        c.name,
        `${(size / 1024).toFixed(0)} KB`,
        shown(cli),
        shown(read),
        `${shown(other)}${other.code === 0 ? "" : other.out.startsWith("killed") ? " (stopped)" : other.out.startsWith("died") ? " (died)" : " (failed)"}`,
        c.target,
        cliNote,
      ]);
    }
    const head = [
      "file",
      "size",
      "ct-report read+report",
      "src/xlsx read+reader",
      "ExcelJS full read",
      "target",
      "ct-report",
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] as string).length)));
    const line = (cells: string[]): string => cells.map((x, i) => x.padEnd(widths[i] as number)).join("  ");
    console.log(
      `time / peak RSS, one node process each (node startup included); load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
    );
    console.log(line(head));
    for (const r of table) console.log(line(r));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
