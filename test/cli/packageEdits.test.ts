/**
 * An officer's work is never lost, whatever the edit (issue 17 point 7): a picture, a line in a page
 * header or footer, a comment, a shape or another part added to the .xlsx or the .docx report after
 * ct-report wrote it keeps the report from being replaced without --force; a signed report is never
 * replaced, not even with --force. And one provenance for every report file (issue 18 point 2): the
 * page's unedited reports, and the previous version's (test/fixtures/oldScheme), are replaced without
 * --force.
 */
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { EXIT } from "../../src/cli/exitCodes";
import { makeFile, readFile, type Choices } from "../../src/page/make";
import { addEdit, DOCX_EDITS, signature, XLSX_EDITS, type Edit } from "./officeEdits";
import { carriedOf, provenanceOf, run, sha256, tempDir, writeSample } from "./helpers";

jest.setTimeout(120_000);

const NAMES = { input: "data.xlsx", xlsx: "data.BC-9T-2013.xlsx", docx: "data.BC-9T-2013.docx" };
let first = "";

beforeAll(async () => {
  first = tempDir("first");
  const input = await writeSample(first, NAMES.input);
  const r = await run([input, "--docx", "-q"]);
  expect(r.code).toBe(EXIT.ok);
  expect(r.out.trim().split("\n")).toEqual([path.join(first, NAMES.xlsx), path.join(first, NAMES.docx)]);
});

/** A data file, and its .xlsx and .docx reports as the command wrote them beside it (a copy of one run). */
function fresh(tag: string): { input: string; xlsx: string; docx: string } {
  const dir = tempDir(tag);
  for (const n of Object.values(NAMES)) copyFileSync(path.join(first, n), path.join(dir, n));
  return { input: path.join(dir, NAMES.input), xlsx: path.join(dir, NAMES.xlsx), docx: path.join(dir, NAMES.docx) };
}

const cases: [string, "xlsx" | "docx", Edit][] = [
  ...Object.entries(XLSX_EDITS).map(([what, edit]) => [what, "xlsx", edit] as [string, "xlsx", Edit]),
  ...Object.entries(DOCX_EDITS).map(([what, edit]) => [what, "docx", edit] as [string, "docx", Edit]),
];

describe("a report with something an officer added", () => {
  it.each(cases)("%s (.%s): kept byte for byte without --force, in both languages", async (what, kind, edit) => {
    const f = fresh("added");
    const file = f[kind];
    addEdit(file, edit);
    const before = sha256(file);
    expect(await provenanceOf(file)).toBe(what === "a digital signature" ? "signed" : "edited");
    const vi = await run([f.input, "--docx"]);
    expect(vi.code).toBe(EXIT.someFailed);
    expect(vi.err).toContain(file);
    const en = await run([f.input, "-o", f.xlsx, "--docx", "--lang", "en"]);
    expect(en.code).toBe(EXIT.someFailed);
    expect(en.err).toMatch(what === "a digital signature" ? /digital signature/ : /edited after ct-report wrote it/);
    expect(sha256(file)).toBe(before);
  });

  it.each(["xlsx", "docx"] as const)(
    "(.%s) with every one of them but a signature: replaced with --force",
    async (kind) => {
      const f = fresh("forced");
      const edits = kind === "xlsx" ? XLSX_EDITS : DOCX_EDITS;
      for (const [what, edit] of Object.entries(edits)) if (what !== "a digital signature") addEdit(f[kind], edit);
      expect(await provenanceOf(f[kind])).toBe("edited");
      expect((await run([f.input, "--docx", "--force", "-q"])).code).toBe(EXIT.ok);
      expect(await provenanceOf(f[kind])).toBe("unedited");
    },
  );
});

describe("a digitally signed report", () => {
  it.each(["xlsx", "docx"] as const)(
    "(.%s) is never replaced, not even with --force, and says what to do",
    async (kind) => {
      const f = fresh("signed");
      addEdit(f[kind], signature);
      const before = sha256(f[kind]);
      const vi = await run([f.input, "--docx", "--force"]);
      expect(vi.code).toBe(EXIT.someFailed);
      expect(vi.err).toContain(
        `${f[kind]}: tệp mang chữ ký số: ct-report không bao giờ ghi đè tệp đã ký, kể cả với --force`,
      );
      expect(vi.err).toMatch(/--beside.*-o/);
      const en = await run([f.input, "-o", f.xlsx, "--docx", "--force", "--lang", "en"]);
      expect(en.code).toBe(EXIT.someFailed);
      expect(en.err).toContain(
        `${f[kind]}: the file carries a digital signature: ct-report never replaces a signed file, not even with --force`,
      );
      expect(sha256(f[kind])).toBe(before);
    },
  );

  it("(.xlsx) gets the new report beside it with --beside, the signed file left as it is", async () => {
    const f = fresh("signed-beside");
    addEdit(f.xlsx, signature);
    const before = sha256(f.xlsx);
    const r = await run([f.input, "--beside", "--force"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim()).toBe(f.xlsx.replace(/\.xlsx$/, " (2).xlsx"));
    expect(sha256(f.xlsx)).toBe(before);
  });
});

const CHOICES: Choices = {
  method: "seasonal",
  compare: "index",
  lang: "vi",
  values: false,
  numberStyle: "vi",
  heading: { agencyParent: "", agency: "" },
};

describe("one provenance for every report file", () => {
  it("the page's unedited .xlsx and .docx carry the command's fingerprint and are replaced without --force", async () => {
    const dir = tempDir("page");
    const input = await writeSample(dir, "data.xlsx");
    const made = await makeFile(readFile({ name: "data.xlsx", bytes: readFileSync(input) }), CHOICES, new Set());
    if (!made.ok) throw new Error("the sample must give a report on the page");
    expect(made.xlsx.name).toBe("data.BC-9T-2013.xlsx");
    const xlsx = path.join(dir, made.xlsx.name);
    const docx = path.join(dir, made.docx.name);
    writeFileSync(xlsx, made.xlsx.bytes);
    writeFileSync(docx, made.docx.bytes);
    for (const f of [xlsx, docx]) {
      expect(carriedOf(f)).toMatch(/^v2:sha256:[0-9a-f]{64}$/);
      expect(await provenanceOf(f)).toBe("unedited");
    }
    const r = await run([input, "--docx"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim().split("\n")).toEqual([xlsx, docx]);
  });

  it("the previous version's unedited .xlsx and .docx (its own fingerprints) are replaced without --force", async () => {
    const dir = tempDir("previous");
    const fixtures = path.join(__dirname, "../fixtures/oldScheme");
    for (const n of ["data.xlsx", "data.BC-9T-2013.xlsx", "data.BC-9T-2013.docx"])
      copyFileSync(path.join(fixtures, n), path.join(dir, n));
    const xlsx = path.join(dir, "data.BC-9T-2013.xlsx");
    const docx = path.join(dir, "data.BC-9T-2013.docx");
    expect(carriedOf(xlsx)).toMatch(/^v1:sha256:/);
    expect(carriedOf(docx)).toMatch(/^v1:[0-9a-f]{16}$/);
    const r = await run([path.join(dir, "data.xlsx"), "--docx"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim().split("\n")).toEqual([xlsx, docx]);
    expect(carriedOf(xlsx)).toMatch(/^v2:sha256:/);
    expect(carriedOf(docx)).toMatch(/^v2:sha256:/);
  });
});
