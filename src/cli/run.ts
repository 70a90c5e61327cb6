/**
 * ct-report as a function: argv in, exit code out, all output through `io`, so tests run it in-process.
 * Reads each input into memory (never writes it), builds its report with the pure core, writes the
 * report workbook next to it, into --out-dir, or to -o.
 */
import { aboutFile, errorCount, FAILURE_MESSAGES, madeWithErrors } from "../core/failureMessages";
import { fillMessage, type Message } from "../core/message";
import { mkdir, rename, unlink, writeFile } from "fs/promises";
import * as path from "path";
import type { Lang } from "../core/types";
import type { Problem } from "../core/problem";
import { parseArgs, type CliOptions } from "./args";
import { EXIT, type ExitCode } from "./exitCodes";
import { helpText } from "./help";
import { kindOf, nodeFs, type FsLayer } from "./fileAccess";
import { InputError } from "./inputError";
import { expandInputs, isFolder, type InputEntry } from "./inputs";
import { CLI_LIMITS, type CliLimits } from "./limits";
import { failureMessage } from "../report/make/requestFailure";
import { makeReport } from "../report/make/request";
import { faceRequest, savedInFile, type FaceOverrides } from "../report/make/faceRequest";
import { docxName, reportFileName, uniqueName } from "../report/document/fileNames";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../report/document/documentSettings";
import type { Report } from "../report/table/report";
import { both, CLI_MESSAGES } from "./messages";
import { readXlsx, REPORT_CREATOR } from "./readXlsx";
import type { WorkbookFile } from "../xlsx";
import { FileSet, sameFile } from "./sameFile";
import { checkDocxTarget, chooseTarget, whatIsAt } from "./target";
import { packageVersion } from "./version";
import { FINGERPRINT_PROPERTY } from "../core/package";
import { reportXlsxBytes } from "../writers/xlsx";
import { reportDocx } from "../writers/docx";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: progress lines are printed only then. */
  isTTY: boolean;
}

/**
 * A process stream that goes quiet once its reader is gone (`ct-report folder | head -1`: EPIPE). Node
 * ignores SIGPIPE and would throw the stream's error with a stack; the command instead keeps doing its
 * work (every report is still written, the exit code still says how it went) and writes no more there.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on("error", () => {
    gone = true; // EPIPE, or any failure of the stream itself: nothing more can be said there
  });
  return (text) => {
    if (!gone && !stream.destroyed) stream.write(text);
  };
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
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
  return `${file}:${where} ${sev[lang]}: ${p.message[lang]}\n`;
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

function usage(io: CliIo, message: Message): ExitCode {
  io.stderr(`ct-report: ${both(message)}\n  ct-report --help\n`);
  return EXIT.usage;
}

/** Run the command. Never throws: every failure is a message and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo, env: Partial<CliEnv> = {}): Promise<ExitCode> {
  try {
    return await runChecked(argv, io, {
      fs: env.fs ?? nodeFs,
      limits: env.limits ?? CLI_LIMITS,
      read: env.read ?? readXlsx,
    });
  } catch (e) {
    const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
    try {
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(`ct-report: ${both(fillMessage(FAILURE_MESSAGES.unexpected, { detail }))}\n${why}\n`);
    } catch {
      // The error stream itself failed: the exit code still says what happened.
    }
    return EXIT.internal;
  }
}

/** What became of one input, for the summary. */
export interface Outcome {
  input: string;
  kind: "written" | "refused" | "skipped" | "failed";
  /** The report written, or the reason in both languages. */
  detail: string | Message;
  /** A written report's errors (severity "error": a figure left blank, a row skipped). */
  errors?: number;
}

/**
 * The summary's line for one outcome: "  đã ghi   a.xlsx → a.BC-9T-2013.xlsx", and after a report with
 * errors "— Đã tạo báo cáo, có 2 lỗi cần xem: …" (never a plain "written" for it).
 */
export function outcomeLine(o: Outcome, lang: Lang, errors?: Message): string {
  const word = CLI_MESSAGES.outcome[o.kind][lang].padEnd(8);
  if (typeof o.detail === "string") return `  ${word} ${o.input} → ${o.detail}${errors ? ` — ${errors[lang]}` : ""}\n`;
  const reason = o.detail[lang];
  const own = `${o.input}: `;
  return `  ${word} ${own}${reason.startsWith(own) ? reason.slice(own.length) : reason}\n`;
}

/** Whether a workbook read as an input is one of ct-report's own reports (then a folder run skips it). */
function isOwnReportData(data: WorkbookFile): boolean {
  return data.customProperties[FINGERPRINT_PROPERTY] !== undefined || data.creator === REPORT_CREATOR;
}

/** Seams (tests give others): the file system layer, the limits, the workbook reader. */
export interface CliEnv {
  fs: FsLayer;
  limits: CliLimits;
  /** Reads an input; throws InputError (a refusal: exit 1 for that input) naming the file. */
  read: typeof readXlsx;
}

/** One run of the command: its options, its output and what became of each input so far. */
interface RunState {
  o: CliOptions;
  io: CliIo;
  env: CliEnv;
  lang: Lang;
  /** Problems and notices are printed (not --quiet). */
  chatty: boolean;
  /** A progress line per input (stderr is a terminal and not --quiet). */
  progress: boolean;
  /** Report names given in this run, and the files written. */
  taken: Set<string>;
  writtenPaths: Set<string>;
  /** Every input file of the run: none of them is ever replaced. */
  inputs: FileSet;
  outcomes: Outcome[];
  /** A bug was met (exit 70 at the end). */
  internal: boolean;
  total: number;
}

async function runChecked(argv: readonly string[], io: CliIo, env: CliEnv): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usage(io, parsed.message);
  const o: CliOptions = parsed.options;
  if (o.help || o.version) {
    io.stdout(o.help ? helpText() : `${packageVersion()}\n`);
    return EXIT.ok;
  }
  const badOutput = await outputArgumentProblem(o, env.fs);
  if (badOutput) return usage(io, badOutput);
  const { entries } = await expandInputs(o.inputs, env.fs);
  const files = entries.flatMap((e) => (e.kind === "file" ? [e] : []));
  if (entries.length === 0) {
    io.stderr(`ct-report: ${CLI_MESSAGES.nothingToDo[o.lang]}\n`);
    return EXIT.nothingToDo;
  }
  if (files.length > 0 && !(await madeOutDir(o, io))) return EXIT.someFailed;
  const run: RunState = {
    o,
    io,
    env,
    lang: o.lang,
    chatty: !o.quiet,
    progress: io.isTTY && !o.quiet,
    taken: new Set(),
    writtenPaths: new Set(),
    inputs: new FileSet(files.map((f) => f.path)),
    outcomes: [],
    internal: false,
    total: entries.length,
  };
  for (let i = 0; i < entries.length; i++) await runEntry(run, entries[i] as InputEntry, i);
  return summary(run);
}

/** What is wrong with -o, before any input is read: several inputs, a folder, not a file, the input itself. */
async function outputArgumentProblem(o: CliOptions, fsl: FsLayer): Promise<Message | null> {
  if (o.out === undefined) return null;
  if (o.inputs.length > 1 || (await isFolder(o.inputs[0] as string, fsl))) return CLI_MESSAGES.outWithMany;
  const at = await fsl.stat(o.out).catch(() => null);
  if (at?.isDirectory() || (at === null && /[\\/]$/.test(o.out)))
    return fillMessage(CLI_MESSAGES.outIsFolder, { file: o.out });
  if (at && !at.isFile()) return fillMessage(CLI_MESSAGES.outNotRegular, { file: o.out, kind: kindOf(at) });
  if (sameFile(o.inputs[0] as string, o.out)) return fillMessage(CLI_MESSAGES.outIsInput, { file: o.out });
  return null;
}

/** Make --out-dir when given; false (said on stderr) when it cannot be made. */
async function madeOutDir(o: CliOptions, io: CliIo): Promise<boolean> {
  if (o.outDir === undefined) return true;
  try {
    await mkdir(o.outDir, { recursive: true });
    return true;
  } catch (e) {
    io.stderr(`ct-report: ${writeFailed(o.outDir, e)[o.lang]}\n`);
    return false;
  }
}

function writeFailed(file: string, e: unknown): Message {
  return fillMessage(CLI_MESSAGES.writeFailed, { file, why: (e as NodeJS.ErrnoException).code ?? String(e) });
}

/** An input refused or failed: kept for the summary and said at once. */
function refuse(run: RunState, input: string, error: InputError): void {
  run.outcomes.push({
    input,
    kind: error.code === "write-failed" || error.code === "unreadable" ? "failed" : "refused",
    detail: error.bilingual,
  });
  run.io.stderr(`ct-report: ${error.bilingual[run.lang]}\n`);
}

/** One input: read it, make its report from its saved settings and the flags, choose where, write, say so. */
async function runEntry(run: RunState, entry: InputEntry, i: number): Promise<void> {
  const shown = entry.path;
  if (entry.kind === "refused") return refuse(run, shown, entry.error);
  const { env, io, lang } = run;
  try {
    const data = await env.read(entry.path, shown, env.limits.maxFileBytes, env.fs, env.limits.maxInflatedBytes);
    if (entry.fromFolder && isOwnReportData(data)) {
      run.outcomes.push({ input: shown, kind: "skipped", detail: CLI_MESSAGES.ownReport });
      if (run.chatty) io.stderr(`ct-report: ${fillMessage(CLI_MESSAGES.skippedReport, { file: shown })[lang]}\n`);
      return;
    }
    const { made, document } = reportOfInput(run, data, shown);
    const problems = checkedProblems(run, made.report.problems, shown);
    const target = await targetOf(run, entry.path, made.report.sheetName);
    const docxFile = run.o.docx ? await docxTarget(run, target.file) : null;
    await writeReport(run, target.file, docxFile, made.report, document);
    said(run, { shown, target, docxFile, problems, count: made.report.indicatorCount, index: i });
  } catch (e) {
    failedEntry(run, shown, e);
    if (run.progress)
      io.stderr(`${fillMessage(CLI_MESSAGES.failedLine, { index: i + 1, total: run.total, input: shown })[lang]}\n`);
  }
}

/** The command line's flags as overrides of the settings saved in the workbook (docs/cli.md). */
function cliOverrides(o: CliOptions): FaceOverrides {
  return {
    lang: o.lang,
    year: o.year,
    month: o.month,
    method: o.method,
    compare: o.compare,
    periodKind: o.periodKind,
    numberStyle: o.numberStyle,
    percentDecimals: o.percentDecimals,
    // --values only turns computed values on; without it the saved choice (or live formulas) stands.
    ...(o.values ? { values: true } : {}),
    document: o.doc,
  };
}

/**
 * The report of one input through the one face request: the settings and document settings the task
 * pane saved in the workbook, under the command line's flags. Throws InputError when there is none.
 */
function reportOfInput(run: RunState, data: WorkbookFile, shown: string) {
  const saved = savedInFile(data.webExtensionProperties);
  if (run.chatty)
    for (const p of saved.problems)
      run.io.stderr(`${shown}: ${CLI_MESSAGES.warning[run.lang]}: ${p.message[run.lang]}\n`);
  const face = faceRequest(saved, cliOverrides(run.o));
  const made = makeReport(data.sources, data.problems, face.request, face.read);
  if (!made.ok) {
    for (const p of made.problems) if (p.severity === "error") run.io.stderr(problemLine(shown, p, run.lang, true));
    throw new InputError(failureMessage(shown, made.failure), "no-data");
  }
  return { made, document: face.request.document ?? DEFAULT_DOCUMENT_SETTINGS };
}

/** The report's problems, printed unless --quiet; with --strict an error or warning refuses the input. */
function checkedProblems(run: RunState, problems: Problem[], shown: string): Problem[] {
  if (run.o.strict) {
    const bad = strictProblems(problems);
    if (bad.length > 0) {
      for (const p of bad) run.io.stderr(problemLine(shown, p, run.lang, true));
      throw new InputError(fillMessage(CLI_MESSAGES.strictFailed, { file: shown, total: bad.length }), "strict");
    }
  }
  if (run.chatty) for (const p of problems) run.io.stderr(problemLine(shown, p, run.lang, false));
  return problems;
}

/** Where the report goes: -o, --out-dir or beside the input; never over another input that is data. */
async function targetOf(run: RunState, input: string, sheetName: string): Promise<{ file: string; besideOf?: string }> {
  const { o, env } = run;
  const outFile =
    o.out ?? path.join(o.outDir ?? path.dirname(input), uniqueName(reportFileName(input, sheetName), run.taken));
  const choice = { force: o.force, beside: o.beside, maxBytes: env.limits.maxFileBytes };
  if (run.inputs.has(outFile)) {
    // Another input of this run is there: a data file is never replaced, even with --force; one of
    // our reports (skipped as input) is treated like any report at the output.
    const at = await whatIsAt(outFile, choice.maxBytes, env.fs);
    if (at.kind === "file" && at.provenance === "not-ours") {
      throw new InputError(fillMessage(CLI_MESSAGES.outIsInput, { file: outFile }), "output-taken");
    }
  }
  return chooseTarget(outFile, choice, run.writtenPaths, env.fs);
}

/**
 * The Word report beside the .xlsx, same base name, checked by the .xlsx's rule (src/cli/target.ts: a
 * signed or edited one is never replaced without --force). Throws InputError.
 */
async function docxTarget(run: RunState, xlsxFile: string): Promise<string> {
  const docxFile = docxName(xlsxFile);
  await checkDocxTarget(docxFile, run.o.force, run.env.limits.maxFileBytes, run.env.fs);
  return docxFile;
}

/** Write the .xlsx (and the .docx) atomically; a failure names the file. */
async function writeReport(
  run: RunState,
  file: string,
  docxFile: string | null,
  report: Report,
  document: DocumentSettings,
): Promise<void> {
  const bytes = await reportXlsxBytes(report);
  const docxBytes = docxFile ? await reportDocx(report, document) : null;
  const write = async (at: string, data: Uint8Array): Promise<void> => {
    try {
      await writeAtomically(at, Buffer.from(data));
    } catch (e) {
      throw new InputError(writeFailed(at, e), "write-failed");
    }
  };
  if (run.o.out !== undefined) await mkdir(path.dirname(path.resolve(file)), { recursive: true }).catch(() => {});
  await write(file, bytes);
  if (docxFile && docxBytes) await write(docxFile, docxBytes);
  run.writtenPaths.add(path.resolve(file).toLowerCase());
}

/** A written report: its paths on stdout, and on stderr where it went beside, its errors and progress. */
function said(
  run: RunState,
  w: {
    shown: string;
    target: { file: string; besideOf?: string };
    docxFile: string | null;
    problems: Problem[];
    count: number;
    index: number;
  },
): void {
  const { io, lang } = run;
  const errors = errorCount(w.problems);
  run.outcomes.push({ input: w.shown, kind: "written", detail: w.target.file, errors });
  io.stdout(`${w.target.file}\n`);
  if (w.docxFile) io.stdout(`${w.docxFile}\n`);
  if (w.target.besideOf !== undefined && run.chatty) {
    const line = fillMessage(CLI_MESSAGES.writtenBeside, { file: w.target.file, edited: w.target.besideOf });
    io.stderr(`ct-report: ${line[lang]}\n`);
  }
  if (errors > 0 && run.total === 1)
    io.stderr(`ct-report: ${aboutFile(w.target.file, errorsLine(run, errors))[lang]}\n`);
  if (run.progress) {
    const line = fillMessage(CLI_MESSAGES.progress, {
      index: w.index + 1,
      total: run.total,
      input: w.shown,
      output: w.target.file,
      count: w.count,
      problems: w.problems.length,
    });
    io.stderr(`${line[lang]}\n`);
  }
}

/** "Report made with N errors to check: …" with the way to the list (the lines above, or without --quiet). */
function errorsLine(run: RunState, errors: number): Message {
  return madeWithErrors(errors, run.chatty ? CLI_MESSAGES.errorsAbove : CLI_MESSAGES.errorsQuiet);
}

/** An input that failed: a refusal as such, anything else a bug said as one (exit 70), the others go on. */
function failedEntry(run: RunState, shown: string, e: unknown): void {
  if (e instanceof InputError) return refuse(run, shown, e);
  run.internal = true;
  const why = e instanceof Error ? e.message : String(e);
  const message = aboutFile(shown, fillMessage(FAILURE_MESSAGES.unexpected, { detail: why }));
  run.outcomes.push({ input: shown, kind: "failed", detail: message });
  run.io.stderr(`ct-report: ${message[run.lang]}\n${e instanceof Error ? (e.stack ?? "") : ""}\n`);
}

/** The summary of a run of several inputs, and the exit code. */
function summary(run: RunState): ExitCode {
  const { io, lang, outcomes } = run;
  const count = (k: Outcome["kind"]): number => outcomes.filter((x) => x.kind === k).length;
  const bad = count("refused") + count("failed");
  if (run.total > 1 && (run.chatty || bad > 0)) {
    io.stderr(`${fillMessage(CLI_MESSAGES.summaryHead, { total: run.total })[lang]}\n`);
    for (const x of outcomes) io.stderr(outcomeLine(x, lang, x.errors ? errorsLine(run, x.errors) : undefined));
    const counts = { written: count("written"), refused: count("refused"), skipped: count("skipped") };
    io.stderr(`${fillMessage(CLI_MESSAGES.summaryCounts, { ...counts, failed: count("failed") })[lang]}\n`);
  }
  if (run.internal) return EXIT.internal;
  if (bad > 0) return EXIT.someFailed;
  if (count("written") === 0) {
    io.stderr(`ct-report: ${CLI_MESSAGES.nothingToDo[lang]}\n`);
    return EXIT.nothingToDo;
  }
  return EXIT.ok;
}
