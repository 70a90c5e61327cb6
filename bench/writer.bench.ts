/**
 * The report writer against the recording Excel double: round trips, writes and request size for
 * 10, 100 and 500 indicators (synthetic data sheets through readDataset + buildReport + the writer,
 * the whole "Tạo báo cáo" path), and the same 500 with forced chunking under a small request limit.
 */
import { ExcelDouble } from "../test/double/excelDouble";
import { syntheticValues } from "../test/double/syntheticData";
import { runReport } from "../src/excel/runReport";
import { DEFAULT_SETTINGS } from "../src/excel/settings";
import { planWrites } from "../src/excel/writePlan";
import { writeBlocks } from "../src/excel/writer";
import { buildReport } from "../src/report/make/model";
import { defaultOptions } from "../src/report/make/request";
import { readDataset } from "../src/report/read/reader";

interface Row {
  case: string;
  indicators: number;
  syncs: number;
  writes: number;
  formulasWrites: number;
  writeRequestKB: string;
  ms: string;
}

async function measure(label: string, n: number): Promise<Row> {
  const g = globalThis as unknown as Record<string, unknown>;
  const d = new ExcelDouble().install(g);
  d.addSheet("Số liệu", syntheticValues(n));
  d.resetCounters();
  const t = process.hrtime.bigint();
  const r = await runReport({ ...DEFAULT_SETTINGS, lang: "vi" });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const writeBytes = d.requests.slice(1).reduce((s, q) => s + q.bytes, 0);
  delete g.Excel;
  delete g.Office;
  return {
    case: label,
    indicators: r.indicatorCount,
    syncs: d.syncs,
    writes: d.writes.length,
    formulasWrites: d.writeCounts(r.sheetName).formulas ?? 0,
    writeRequestKB: (writeBytes / 1024).toFixed(0),
    ms: ms.toFixed(0),
  };
}

/** The writer alone, with a small host limit: chunks of 50 KB packed into requests of 150 KB. */
async function measureChunked(n: number): Promise<Row> {
  const data = readDataset([{ sheet: "Số liệu", values: syntheticValues(n) }]);
  const report = buildReport(data, defaultOptions(data, "vi")!);
  const d = new ExcelDouble({ requestLimitBytes: 200 * 1024 });
  d.addSheet("Số liệu", [["x"]]);
  d.resetCounters();
  const t = process.hrtime.bigint();
  const blocks = planWrites(report.grid, { chunkBytes: 50_000 });
  await (d.Excel.run as (cb: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add(report.sheetName);
    await writeBlocks(ctx, sheet, blocks, { budget: 150_000 });
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (d.requests.some((q) => q.refused)) throw new Error("a chunked request was refused");
  return {
    case: "writer only, limit 200 KB",
    indicators: report.indicatorCount,
    syncs: d.syncs,
    writes: d.writes.length,
    formulasWrites: d.writeCounts(report.sheetName).formulas ?? 0,
    writeRequestKB: (Math.max(...d.requests.map((q) => q.bytes)) / 1024).toFixed(0) + " max",
    ms: ms.toFixed(0),
  };
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  await measure("warm-up", 10);
  for (const n of [10, 100, 500]) rows.push(await measure("web limit 5 MB", n));
  // The writer's budget is 4 MB: no report of 500 indicators comes near it. A small host limit
  // shows the chunked path (more requests, each under the limit).
  rows.push(await measureChunked(500));
  console.table(rows);
  console.log(
    "syncs: Excel round trips (1 read + write requests); writes: range commands that reached the sheet;",
    "ms: whole run in Node against the double (no real Excel latency).",
  );
}
