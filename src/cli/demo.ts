/**
 * npm run demo [folder]: the main job on a machine without Excel. Writes the sample data workbook
 * (the 2013 nine-month data) and its report, in Vietnamese and English, into a folder
 * (default ./demo-output) and says where.
 */
import { mkdir } from "fs/promises";
import * as path from "path";
import { EXIT } from "./exitCodes";
import { processIo, runCli, type CliIo } from "./run";
import { sampleWorkbook } from "./sampleWorkbook";

/** A path as the user can type it: relative to the current folder when inside it, else absolute. */
function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

export const DEMO_DATA_FILE = "du-lieu-mau.xlsx";

/** Write the demo into `dir`; returns the exit code and the files written. */
export async function runDemo(dir: string, io: CliIo): Promise<{ code: number; files: string[] }> {
  const out = path.resolve(dir);
  await mkdir(out, { recursive: true });
  const data = path.join(out, DEMO_DATA_FILE);
  await sampleWorkbook().xlsx.writeFile(data);
  const files = [data];
  const collect: CliIo = {
    stdout: (t) => files.push(...t.split("\n").filter(Boolean)),
    stderr: io.stderr,
    isTTY: false,
  };
  for (const lang of ["vi", "en"]) {
    const code = await runCli([data, "--out-dir", out, "--lang", lang, "--quiet", "--docx"], collect);
    if (code !== EXIT.ok) return { code, files };
  }
  io.stdout(
    [
      `Đã ghi / Written into ${out}:`,
      ...files.map((f) => `  ${shown(f)}`),
      "",
      "Dữ liệu mẫu là số liệu 9 tháng năm 2013; báo cáo được tạo bằng / the sample data is the 2013 nine-month data;",
      `the reports were made with: npx ct-report ${shown(data)} --out-dir ${shown(out)} --docx`,
      "",
    ].join("\n"),
  );
  return { code: EXIT.ok, files };
}

if (require.main === module) {
  void runDemo(process.argv[2] ?? "demo-output", processIo()).then((r) => {
    process.exitCode = r.code;
  });
}
