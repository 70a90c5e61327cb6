/**
 * GridCell.note reaches the file: ct-report's writer turns each into an Excel note (read back with
 * ExcelJS), so the reason a figure is blank travels with the report to readers without the add-in.
 */
import * as path from "path";
import { buildReport } from "../../src/report/make/model";
import { reportWorkbook } from "../../src/writers/xlsx";
import { cellRef } from "../../src/core/address";
import { load, tempDir } from "../cli/helpers";
import { holeData } from "../report/holeData";
import { opts } from "../report/options";

function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((t) => t.text).join("");
}

describe("reportWorkbook writes cell notes", () => {
  it("writes every GridCell.note as the cell's note, and no note elsewhere", async () => {
    const report = buildReport(holeData(["GTSX:2013:5"]), opts({ live: true }));
    const expected = new Map<string, string>();
    report.grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.note) expected.set(cellRef(r, c), cell.note);
      }),
    );
    expect(expected.size).toBeGreaterThanOrEqual(2); // the nine months and the estimate of GTSX
    const file = path.join(tempDir("notes"), "r.xlsx");
    await reportWorkbook(report).xlsx.writeFile(file);
    const ws = (await load(file)).worksheets[0]!;
    const found = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.note) found.set(cell.address, noteText(cell.note));
      }),
    );
    expect(found).toEqual(expected);
    expect([...found.values()].some((n) => n.includes("5/2013") && n.includes("'Dữ liệu'!L3"))).toBe(true);
  });
});
