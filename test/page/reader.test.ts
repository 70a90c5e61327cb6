/**
 * The page reads a workbook as the command does: the same dataset (indicators and problems) from the
 * page's reader (src/xlsx, in the browser) and the command's (src/cli/readXlsx.ts), for the sample and
 * for a workbook with bad cells.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/cli/readXlsx";
import { readDataset } from "../../src/report/read/reader";
import { readWorkbookBytes } from "../../src/xlsx";
import { tempDir, writeBadData, writeSample } from "./harness";

let dir = "";
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["the sample", (d: string) => writeSample(d)],
  ["a workbook with bad cells", (d: string) => writeBadData(d)],
])("%s", (_name, write) => {
  it("gives the page the command's dataset", async () => {
    const file = await write(dir);
    const command = await readXlsx(file);
    const outcome = readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
    if (!outcome.ok) throw new Error(outcome.refusal.message.en);
    expect(outcome.workbook.creator).toBe(command.creator);
    expect(readDataset(outcome.workbook.sources)).toEqual(readDataset(command.sources));
    expect(outcome.workbook.problems).toEqual(command.problems);
  });
});
