/**
 * The page's heavy half in Node: a file over the reader's size limit is refused before its bytes are
 * read, with the file and the limit named in both languages; a refused file does not stop the others;
 * the .zip holds each report pair under its own name.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { makeReports, readFiles, zipReports, type Choices } from "../../src/page/engine";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx";
import { sampleValues } from "../../src/report/read/sample";
import { buildXlsx, cellsFrom } from "../xlsx/build";
import { tempDir, writeNotXlsx, writeSample } from "./harness";
import { templateBytes } from "../xlsx/compiled";

const CHOICES: Choices = {
  method: "seasonal",
  compare: "index",
  lang: "vi",
  values: false,
  numberStyle: "vi",
  heading: { agencyParent: "", agency: "" },
};

/** A File as the browser hands it (name, size, arrayBuffer). */
function fileOf(name: string, bytes: Uint8Array): File {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

let dir = "";
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the page's engine", () => {
  it("refuses a file over the size limit without reading it, naming the file and the limit", async () => {
    let read = false;
    const huge = {
      name: "Lon-qua.xlsx",
      size: DEFAULT_READ_LIMITS.maxFileBytes + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    } as unknown as File;
    const [loaded] = await readFiles([huge]);
    expect(read).toBe(false);
    expect(loaded?.outcome.ok).toBe(false);
    if (!loaded || loaded.outcome.ok) return;
    expect(loaded.outcome.refusal.code).toBe("too-large");
    const limit = String(Math.round(DEFAULT_READ_LIMITS.maxFileBytes / 1024 / 1024));
    for (const text of [loaded.outcome.refusal.message.vi, loaded.outcome.refusal.message.en]) {
      expect(text).toContain("Lon-qua.xlsx");
      expect(text).toContain(limit);
    }
  });

  it("makes the good files' reports when another file is refused, and zips them by name", async () => {
    const a = await writeSample(dir, "A.xlsx");
    const b = await writeSample(dir, "B.xlsx", 2);
    const bad = writeNotXlsx(dir);
    const loaded = await readFiles([a, bad, b].map((f) => fileOf(path.basename(f), fs.readFileSync(f))));
    const made = await makeReports(loaded, CHOICES);
    expect(made.map((m) => m.ok)).toEqual([true, false, true]);
    const names = Object.keys(unzipSync(zipReports(made))).sort();
    expect(names).toHaveLength(4);
    expect(names.map((n) => n.split(".")[0])).toEqual(["A", "A", "B", "B"]);
    expect(names.filter((n) => n.endsWith(".docx"))).toHaveLength(2);
    const docx = unzipSync(zipReports(made))[names.find((n) => n.endsWith(".docx")) as string] as Uint8Array;
    expect(strFromU8(unzipSync(docx)["word/document.xml"] as Uint8Array)).toContain("SỞ CÔNG THƯƠNG");
  });

  it("gives two inputs of the same name two report names", async () => {
    const a = await writeSample(dir, "Same.xlsx");
    const bytes = fs.readFileSync(a);
    const made = await makeReports(await readFiles([fileOf("Same.xlsx", bytes), fileOf("Same.xlsx", bytes)]), CHOICES);
    const names = made.map((m) => (m.ok ? m.xlsx.name : ""));
    expect(new Set(names).size).toBe(2);
    expect(names[1]).toMatch(/-2\.xlsx$/);
  });
});

describe("the page reads the source the officer saved, as the command does (issue 17, point 6)", () => {
  it("reads a saved hidden sheet and lists the notice naming it with the report's problems", async () => {
    const rows = sampleValues().map((line) => line.map((v) => (v === null ? "" : v)));
    // The draft's GTSX of 2013 doubled: the report's figure shows which sheet was read.
    const draft = rows.map((line) =>
      line[0] === "GTSX" && line[5] === 2013 ? line.map((v, c) => (c >= 7 && typeof v === "number" ? v * 2 : v)) : line,
    );
    const bytes = buildXlsx({
      webExtension: { "ct.settings": JSON.stringify({ source: "sheet:Nháp" }) },
      sheets: [
        { name: "Dữ liệu", cells: cellsFrom(rows) },
        { name: "Nháp", state: "hidden", cells: cellsFrom(draft) },
      ],
    });
    const [made] = await makeReports(await readFiles([fileOf("nhap.xlsx", bytes)]), { ...CHOICES, values: true });
    if (!made?.ok) throw new Error("no report");
    const notice = made.report.problems.find((p) => p.code === "hidden-sheet-chosen");
    expect(notice).toMatchObject({ severity: "info", address: "'Nháp'!A1" });
    // 2 × 21.000 tỷ đồng (DOMAIN.md's nine months): read from the draft the officer chose.
    expect(made.report.paragraph).toContain("42.000 tỷ đồng");
  });
});

describe("the page on a template whose months not yet reported are SUMs giving 0 (issue 17, point 1)", () => {
  it("makes the nine-month report, as the command does: 21.000 tỷ đồng, never a full year of zeros", async () => {
    const loaded = await readFiles([fileOf("tong-hop.xlsx", templateBytes())]);
    const [made] = await makeReports(loaded, CHOICES);
    if (!made?.ok) throw new Error("no report");
    expect([made.options.month, made.options.year]).toEqual([9, 2013]);
    expect(made.report.paragraph).toMatch(/giá trị sản xuất công nghiệp.*?21\.000 tỷ đồng, tăng 5,2%/i);
    expect(made.report.problems.map((p) => p.code)).toContain("zeros-not-reported");
  });
});
