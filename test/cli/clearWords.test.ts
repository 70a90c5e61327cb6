/**
 * Clear words for what offices send: each file is called what it is (a password-protected workbook, an
 * old .xls, an .ods, a CSV, another kind of zip) with what to do, in Vietnamese and English, exit 1, the
 * other inputs still done; a bad month speaks of the month. The .xls and .ods files are made by
 * LibreOffice from the sample (skipped with a loud message without soffice, except in CI); the
 * password-protected one is test/cli/fixtures/password-protected.xlsx (see its README).
 */
import { copyFileSync, writeFileSync } from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { EXIT } from "../../src/cli/exitCodes";
import { run, tempDir, writeSample } from "./helpers";
import { convert, findSoffice, freshProfile } from "./soffice";

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, "fixtures");
const soffice = findSoffice();
const inCI = process.env.CI === "true";
if (!soffice && !inCI) {
  console.warn("\n*** SKIPPED the .xls/.ods cases of test/cli/clearWords.test.ts: soffice is not installed. ***\n");
}
const describeLO = soffice || inCI ? describe : describe.skip;

describe("a password-protected workbook", () => {
  it("is called that, not an old .xls, with what to do, in both languages", async () => {
    const d = tempDir("encrypted");
    const locked = path.join(d, "bao-cao-thang.xlsx");
    copyFileSync(path.join(FIXTURES, "password-protected.xlsx"), locked);
    const vi = await run([locked]);
    expect(vi.code).toBe(EXIT.someFailed);
    expect(vi.err).toContain(`${locked}: sổ làm việc được bảo vệ bằng mật khẩu`);
    expect(vi.err).toMatch(/gỡ mật khẩu/);
    const en = await run([locked, "--lang", "en"]);
    expect(en.err).toContain(`${locked}: a password-protected (encrypted) workbook`);
    expect(en.err).toMatch(/remove the password/);
    expect(en.err).not.toMatch(/\.xls format/);
  });
});

describe("a CSV file", () => {
  it("is called a CSV text file, with what to do, whatever its name", async () => {
    const d = tempDir("csv");
    const csv = path.join(d, "so-lieu.csv");
    writeFileSync(csv, "Mã,Chỉ tiêu,Năm,T1,T2\nGTSX,Giá trị sản xuất,2013,100,200\n");
    const named = path.join(d, "so-lieu-2.xlsx");
    writeFileSync(named, "Mã;Chỉ tiêu;Năm;T1\nGTSX;Giá trị;2013;1\n");
    const r = await run([csv, named, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${csv}: a CSV text file, not an Excel .xlsx workbook; open it in Excel and save it as`);
    expect(r.err).toContain(`${named}: a CSV text file`);
  });

  it("in a folder is listed and refused, not silently left out", async () => {
    const d = tempDir("csv-folder");
    writeFileSync(path.join(d, "huyen-b.csv"), "Mã,Chỉ tiêu\n");
    await writeSample(d, "huyen-a.xlsx");
    const r = await run([d]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`từ chối  ${path.join(d, "huyen-b.csv")}: tệp văn bản CSV, không phải tệp Excel .xlsx`);
    expect(r.out.trim()).toBe(path.join(d, "huyen-a.BC-9T-2013.xlsx"));
  });
});

describe("a zip that is not a workbook", () => {
  it("is called what it is: a Word document, not an Excel workbook (issue 18 point 6)", async () => {
    const d = tempDir("docx");
    const f = path.join(d, "cong-van.xlsx");
    writeFileSync(
      f,
      zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }),
    );
    const r = await run([f, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${f}: a Word document (.docx), not an Excel workbook`);
  });
});

describeLO("files LibreOffice makes from the sample", () => {
  let dir: string;
  let xls: string | undefined;
  let ods: string | undefined;
  beforeAll(async () => {
    if (!soffice) throw new Error("CI=true but soffice (LibreOffice) is not installed: install libreoffice-calc-nogui");
    dir = tempDir("lo-formats");
    const sample = await writeSample(dir, "so-lieu.xlsx");
    const profile = freshProfile();
    [xls] = convert(soffice, profile, [sample], "xls", path.join(dir, "xls"));
    [ods] = convert(soffice, profile, [sample], "ods", path.join(dir, "ods"));
  });

  it("calls an .xls file the old .xls format, with what to do", async () => {
    const r = await run([xls!, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${xls}: old .xls format (Excel 97–2003); open it in Excel or LibreOffice and save it as`);
    expect(r.err).not.toMatch(/password/);
  });

  it("calls an .ods file an OpenDocument spreadsheet, even under an .xlsx name", async () => {
    const renamed = path.join(dir, "ods", "gui-nham.xlsx");
    copyFileSync(ods!, renamed);
    const r = await run([ods!, renamed]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`${ods}: bảng tính OpenDocument (.ods, LibreOffice Calc), không phải .xlsx`);
    expect(r.err).toContain(`${renamed}: bảng tính OpenDocument`);
  });

  it("lists .xls and .ods files of a folder as refused, and does the .xlsx", async () => {
    const d = tempDir("mixed-formats");
    copyFileSync(xls!, path.join(d, "huyen-a.xls"));
    copyFileSync(ods!, path.join(d, "huyen-b.ods"));
    await writeSample(d, "huyen-c.xlsx");
    const r = await run([d, "--lang", "en"]);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.err).toContain(`refused  ${path.join(d, "huyen-a.xls")}: old .xls format`);
    expect(r.err).toContain(`refused  ${path.join(d, "huyen-b.ods")}: an OpenDocument spreadsheet`);
    expect(r.out.trim()).toBe(path.join(d, "huyen-c.Report-9M-2013.xlsx"));
  });
});

describe("a month out of range", () => {
  it.each([["-1"], ["0"], ["13"], ["abc"]])(
    "--month %s speaks of the month (exit 2), not of a missing value",
    async (m) => {
      const d = tempDir("month");
      const input = await writeSample(d, "data.xlsx");
      const r = await run([input, "--month", m]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toContain(`tháng phải từ 1 đến 12 (--month "${m}") / month must be 1 to 12 (--month "${m}")`);
      expect(r.err).not.toMatch(/thiếu giá trị|missing value/);
    },
  );

  it("--year -5 speaks of the year", async () => {
    const r = await run(["data.xlsx", "--year", "-5"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/year must be a number from 1900 to 2200 \(--year "-5"\)/);
  });

  it("an option after --month is still a missing month, not a month", async () => {
    const r = await run(["data.xlsx", "--month", "--values"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/missing value after --month/);
  });
});
