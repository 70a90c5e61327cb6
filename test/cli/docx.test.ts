/**
 * ct-report --docx: the Word report beside the .xlsx report with the same base name (also with -o and
 * --out-dir), the document settings read from the workbook (what the task pane saved) under --doc, and an
 * edited .docx kept unless --force.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { DOCUMENT_SETTINGS_KEY } from "../../src/report/document/documentSettings";
import { provenanceOf, run, tempDir, writeSample } from "./helpers";

jest.setTimeout(60_000);

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
}

/** Add the add-in's saved document settings to a workbook, as Office stores them (xl/webextensions). */
async function withSavedSettings(file: string, settings: Record<string, unknown>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const value = JSON.stringify(settings).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="ct" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="${DOCUMENT_SETTINGS_KEY}" value="${value}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("ct-report --docx", () => {
  it("writes the Word report beside the .xlsx report with the same base name", async () => {
    const dir = tempDir("docx");
    const input = await writeSample(dir);
    const r = await run([input, "--docx", "--quiet"]);
    expect(r.code).toBe(0);
    const [xlsx, docx] = r.out.trim().split("\n");
    expect(path.dirname(docx!)).toBe(path.dirname(xlsx!));
    expect(docx).toBe(xlsx!.replace(/\.xlsx$/, ".docx"));
    expect(existsSync(docx!)).toBe(true);
    expect(await provenanceOf(docx!)).toBe("unedited");
  });

  it("follows -o and --out-dir", async () => {
    const dir = tempDir("docx-o");
    const input = await writeSample(dir);
    const out = path.join(dir, "sub", "bao-cao.xlsx");
    expect((await run([input, "-o", out, "--docx", "-q"])).code).toBe(0);
    expect(existsSync(path.join(dir, "sub", "bao-cao.docx"))).toBe(true);
    const outDir = path.join(dir, "ra");
    const r = await run([input, "--out-dir", outDir, "--docx", "-q"]);
    expect(r.code).toBe(0);
    expect(
      r.out
        .trim()
        .split("\n")
        .filter((f) => f.endsWith(".docx") && path.dirname(f) === outDir),
    ).toHaveLength(1);
  });

  it("takes the document settings the task pane saved in the workbook, and --doc over them", async () => {
    const dir = tempDir("docx-settings");
    const input = await writeSample(dir);
    await withSavedSettings(input, { province: "UBND TỈNH QUẢNG NAM", place: "Tam Kỳ", signerName: "Trần Thị Bình" });
    const r = await run([input, "--docx", "-q", "--doc", "signerName=Lê Văn Cường", "--doc", "reportDate=2013-10-05"]);
    expect(r.code).toBe(0);
    const text = await documentText(r.out.trim().split("\n")[1]!);
    expect(text).toContain("UBND TỈNH QUẢNG NAM");
    expect(text).toContain("Tam Kỳ, ngày 05 tháng 10 năm 2013");
    expect(text).toContain("Lê Văn Cường");
    expect(text).not.toContain("Trần Thị Bình");
  });

  it("refuses a bad --doc with a message in both languages (usage error)", async () => {
    const dir = tempDir("docx-bad");
    const input = await writeSample(dir);
    const unknown = await run([input, "--docx", "--doc", "colour=red"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--doc/);
    const date = await run([input, "--docx", "--doc", "reportDate=2013-02-30"]);
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/không hợp lệ/);
    expect(date.err).toMatch(/not valid/);
  });

  it("replaces its own unedited .docx, keeps an edited one unless --force", async () => {
    const dir = tempDir("docx-edited");
    const input = await writeSample(dir);
    const first = await run([input, "--docx", "-q"]);
    const docx = first.out.trim().split("\n")[1]!;
    expect((await run([input, "--docx", "-q"])).code).toBe(0);

    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace("BÁO CÁO", "BÁO CÁO (đã sửa)"));
    const edited = await zip.generateAsync({ type: "nodebuffer" });
    writeFileSync(docx, edited);
    const kept = await run([input, "--docx", "-q"]);
    expect(kept.code).toBe(1);
    expect(kept.err).toContain(docx);
    expect(readFileSync(docx).equals(edited)).toBe(true);
    expect((await run([input, "--docx", "-q", "--force"])).code).toBe(0);
    expect(await provenanceOf(docx)).toBe("unedited");
  });
});
