/**
 * ct-report as a function: argv in, exit code out, all output through `io`, so tests run it in-process.
 * Reads each input into memory (never writes it), builds its report with the pure core, writes the
 * report workbook next to it, into --out-dir, or to -o.
 */
import { access, mkdir, readFile, rename, unlink, writeFile } from "fs/promises";
import * as path from "path";
import type { Lang } from "../core/types";
import type { Problem } from "../report/types";
import { parseArgs, type CliOptions } from "./args";
import { EXIT, type ExitCode } from "./exitCodes";
import { helpText } from "./help";
import { expandInputs, isFolder, reportFileName, uniqueName } from "./inputs";
import { failureMessage } from "./makeReport";
import { makeReport } from "../report/request";
import { both, CLI_MESSAGES, say } from "./messages";
import { InputError, readXlsx, REPORT_CREATOR } from "./readXlsx";
import { FileSet, sameFile } from "./sameFile";
import { packageVersion } from "./version";
import { reportWorkbook } from "../writers/xlsx";
import { reportDocx } from "../writers/docx";
import { docxState } from "../writers/docxFingerprint";
import { documentSettingsFromProperties, parseDocumentSettings } from "../report/documentSettings";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: progress lines are printed only then. */
  isTTY: boolean;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/** One line per problem: file, severity, sheet-qualified cell, message. */
export function problemLine(file: string, p: Problem, lang: Lang, asError: boolean): string {
  const sev = asError
    ? CLI_MESSAGES.error
    : p.severity === "info"
      ? CLI_MESSAGES.info
      : p.severity === "error"
        ? CLI_MESSAGES.error
        : CLI_MESSAGES.warning;
  const where = p.address ? ` ${p.address}` : "";
  return `${file}:${where} ${say(sev, lang)}: ${p.message[lang]}\n`;
}

/** Problems that --strict turns into a failure. */
export function strictProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === "error" || p.severity === "warning");
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Whether anything (a file, a folder, a link) is at `file`. */
async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Whether `file` is a report ct-report wrote (then a new report may replace it); cached in `known`. */
async function isOwnReport(file: string, known: Map<string, boolean>): Promise<boolean> {
  const key = path.resolve(file);
  let own = known.get(key);
  if (own === undefined) {
    own = await readXlsx(file).then(
      (d) => d.creator === REPORT_CREATOR,
      () => false,
    );
    known.set(key, own);
  }
  return own;
}

function usage(io: CliIo, message: { vi: string; en: string }): ExitCode {
  io.stderr(`ct-report: ${both(message)}\n  ct-report --help\n`);
  return EXIT.usage;
}

/** Run the command. Never throws: every failure is a message and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await runChecked(argv, io);
  } catch (e) {
    const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
    try {
      io.stderr(`ct-report: ${both(CLI_MESSAGES.internal())}\n${why}\n`);
    } catch {
      // The error stream itself failed: the exit code still says what happened.
    }
    return EXIT.internal;
  }
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usage(io, parsed.message);
  const o: CliOptions = parsed.options;
  if (o.help) {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (o.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const lang = o.lang;
  if (o.out !== undefined && (o.inputs.length > 1 || (await isFolder(o.inputs[0] as string)))) {
    return usage(io, CLI_MESSAGES.outWithMany());
  }
  if (o.out !== undefined && sameFile(o.inputs[0] as string, o.out)) {
    return usage(io, CLI_MESSAGES.outIsInput(o.out));
  }

  const { files, missing } = await expandInputs(o.inputs);
  let failed = 0;
  for (const m of missing) {
    io.stderr(`ct-report: ${say(CLI_MESSAGES.notFound(m), lang)}\n`);
    failed++;
  }
  if (files.length === 0) {
    if (failed > 0) return EXIT.someFailed;
    io.stderr(`ct-report: ${say(CLI_MESSAGES.nothingToDo(), lang)}\n`);
    return EXIT.nothingToDo;
  }
  if (o.outDir !== undefined) {
    try {
      await mkdir(o.outDir, { recursive: true });
    } catch (e) {
      io.stderr(
        `ct-report: ${say(CLI_MESSAGES.writeFailed(o.outDir, (e as NodeJS.ErrnoException).code ?? String(e)), lang)}\n`,
      );
      return EXIT.someFailed;
    }
  }

  const progress = io.isTTY && !o.quiet;
  const chatty = !o.quiet;
  const taken = new Set<string>();
  const inputs = new FileSet(files.map((f) => f.path));
  const ownReports = new Map<string, boolean>();
  let written = 0;
  const n = files.length;
  for (let i = 0; i < n; i++) {
    const f = files[i] as (typeof files)[number];
    const shown = f.path;
    try {
      const data = await readXlsx(f.path, shown);
      if (data.creator === REPORT_CREATOR) ownReports.set(path.resolve(f.path), true);
      if (f.fromFolder && data.creator === REPORT_CREATOR) {
        if (chatty) io.stderr(`ct-report: ${say(CLI_MESSAGES.skippedReport(shown), lang)}\n`);
        continue;
      }
      // The document settings the task pane saved in the workbook, under the command line's --doc.
      const stored = documentSettingsFromProperties(data.webExtensionProperties);
      if (chatty)
        for (const p of stored.problems)
          io.stderr(`${shown}: ${say(CLI_MESSAGES.warning, lang)}: ${p.message[lang]}\n`);
      const document = parseDocumentSettings(o.doc, stored.settings).settings;
      const made = makeReport(data.sources, data.problems, {
        lang,
        values: o.values,
        ...(o.year !== undefined ? { year: o.year } : {}),
        ...(o.month !== undefined ? { month: o.month } : {}),
        ...(o.method ? { method: o.method } : {}),
        ...(o.compare ? { compare: o.compare } : {}),
        ...(o.numberStyle ? { numberStyle: o.numberStyle } : {}),
        document,
      });
      if (!made.ok) {
        for (const p of made.problems) if (p.severity === "error") io.stderr(problemLine(shown, p, lang, true));
        throw new InputError(failureMessage(shown, made.failure));
      }
      const problems = made.report.problems;
      if (o.strict) {
        const bad = strictProblems(problems);
        if (bad.length > 0) {
          for (const p of bad) io.stderr(problemLine(shown, p, lang, true));
          throw new InputError(CLI_MESSAGES.strictFailed(shown, bad.length));
        }
      }
      if (chatty) for (const p of problems) io.stderr(problemLine(shown, p, lang, false));

      const outFile =
        o.out ??
        path.join(o.outDir ?? path.dirname(f.path), uniqueName(reportFileName(f.path, made.report.sheetName), taken));
      if (inputs.has(outFile) && !(await isOwnReport(outFile, ownReports))) {
        throw new InputError(CLI_MESSAGES.outIsInput(outFile));
      }
      if (!o.force && (await exists(outFile)) && !(await isOwnReport(outFile, ownReports))) {
        throw new InputError(CLI_MESSAGES.outExists(outFile));
      }
      // The Word report goes beside the .xlsx, same base name; an existing one is replaced only when it
      // is ct-report's own and unedited (its text still matches its fingerprint), or with --force.
      const docxFile = o.docx ? outFile.replace(/\.xlsx$/i, "") + ".docx" : null;
      if (docxFile && !o.force && (await exists(docxFile))) {
        const state = await readFile(docxFile).then(
          (b) => docxState(new Uint8Array(b)),
          () => "foreign" as const,
        );
        if (state !== "own") throw new InputError(CLI_MESSAGES.outExists(docxFile));
      }
      const wb = reportWorkbook(made.report);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      const docxBytes = docxFile ? Buffer.from(await reportDocx(made.report, document)) : null;
      try {
        if (o.out !== undefined) await mkdir(path.dirname(path.resolve(o.out)), { recursive: true });
        await writeAtomically(outFile, buf);
      } catch (e) {
        throw new InputError(CLI_MESSAGES.writeFailed(outFile, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
      if (docxFile && docxBytes) {
        try {
          await writeAtomically(docxFile, docxBytes);
        } catch (e) {
          throw new InputError(CLI_MESSAGES.writeFailed(docxFile, (e as NodeJS.ErrnoException).code ?? String(e)));
        }
      }
      written++;
      io.stdout(`${outFile}\n`);
      if (docxFile) io.stdout(`${docxFile}\n`);
      if (progress) {
        const line = CLI_MESSAGES.progress(i + 1, n, shown, outFile, made.report.indicatorCount, problems.length);
        io.stderr(`${say(line, lang)}\n`);
      }
    } catch (e) {
      failed++;
      const msg =
        e instanceof InputError ? say(e.bilingual, lang) : `${shown}: ${e instanceof Error ? e.message : String(e)}`;
      io.stderr(`ct-report: ${msg}\n`);
      if (progress) io.stderr(`${say(CLI_MESSAGES.failedLine(i + 1, n, shown), lang)}\n`);
    }
  }
  if (progress && n > 1) io.stderr(`${say(CLI_MESSAGES.summary(written, failed), lang)}\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
