/**
 * ct-report on a workbook with a blank month inside the period (GTSX 2013, T5), built here with ExcelJS:
 * the hole is listed as an error with its month, and --strict refuses the file (exit 1, nothing written).
 */
import { existsSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { holeValues, HOLE_SHEET } from "../report/holeData";
import { load, run, tempDir } from "./helpers";

async function holeWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(HOLE_SHEET);
  for (const row of holeValues(["GTSX:2013:5"])) ws.addRow(row);
  const file = path.join(dir, "lo-hong.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("ct-report and a blank month inside the period", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir("holes");
    input = await holeWorkbook(dir);
  });

  it("refuses the file under --strict, naming the month, and writes nothing", async () => {
    const out = path.join(dir, "strict.xlsx");
    const r = await run([input, "--strict", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("5/2013");
    expect(r.err).toMatch(/Giá trị sản xuất công nghiệp|Industrial production value/);
    expect(existsSync(out)).toBe(false);
  });

  it("without --strict writes the report with the nine months blank and the note on the cell", async () => {
    const out = path.join(dir, "report.xlsx");
    const r = await run([input, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("5/2013");
    const ws = (await load(out)).worksheets[0]!;
    let noted = 0;
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const n = cell.note;
        const text =
          typeof n === "string" ? n : ((n as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join("");
        if (text.includes("5/2013")) {
          noted++;
          expect(cell.value === null || cell.value === undefined || cell.value === "").toBe(true);
        }
      }),
    );
    expect(noted).toBeGreaterThanOrEqual(2);
  });
});
