/**
 * ct-report as a function: argv in, exit code out, all output through `io`, so tests run it in-process.
 * Reads each input into memory (never writes it), builds its report with the pure core, writes the
 * report workbook next to it, into --out-dir, or to -o.
 */
import { aboutFile, FAILURE_MESSAGES } from "../core/failureMessages";
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
import { expandInputs, isFolder, reportFileName, uniqueName, type InputEntry } from "./inputs";
import { CLI_LIMITS, type CliLimits } from "./limits";
import { failureMessage } from "./makeReport";
import { makeReport } from "../report/make/request";
import { requestFromSettings, savedSettingsFromProperties } from "../report/make/reportSettings";
import { both, CLI_MESSAGES } from "./messages";
import { readXlsx, REPORT_CREATOR, type XlsxData } from "./readXlsx";
import { FileSet, sameFile } from "./sameFile";
import { checkDocxTarget, chooseTarget, whatIsAt } from "./target";
import { packageVersion } from "./version";
import { FINGERPRINT_PROPERTY } from "../core/package";
import { reportXlsxBytes } from "../writers/xlsx";
import { reportDocx } from "../writers/docx";
import {
  documentSettingsFromProperties,
  parseDocumentSettings,
  type DocumentSettings,
} from "../report/document/documentSettings";
import type { Report } from "../report/table/report";

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
}

/** The summary's line for one outcome: "  đã ghi   a.xlsx → a.BC-9T-2013.xlsx". */
export function outcomeLine(o: Outcome, lang: Lang): string {
  const word = CLI_MESSAGES.outcome[o.kind][lang].padEnd(8);
  if (typeof o.detail === "string") return `  ${word} ${o.input} → ${o.detail}\n`;
  const reason = o.detail[lang];
  const own = `${o.input}: `;
  return `  ${word} ${own}${reason.startsWith(own) ? reason.slice(own.length) : reason}\n`;
}

/** Whether a workbook read as an input is one of ct-report's own reports (then a folder run skips it). */
function isOwnReportData(data: XlsxData): boolean {
  return data.customProperties[FINGERPRINT_PROPERTY] !== undefined || data.creator === REPORT_CREATOR;
}

/** Seams (tests give others): the file system layer, the limits, the workbook reader. */
export interface CliEnv {
  fs: FsLayer;
  limits: CliLimits;
  /** Reads an input; throws InputError (a refusal: exit 1 for that input) naming the file. */
  read: typeof readXlsx;
}

/**
 * Where one input's reports go (src/cli/target.ts: an officer's work is never lost): `outFile`, or beside
 * it; the Word report beside the .xlsx, same base name, checked by the same rule (a signed one never
 * replaced). Throws InputError.
 */
async function placeReports(
  outFile: string,
  o: CliOptions,
  env: CliEnv,
  inputs: FileSet,
  writtenPaths: Set<string>,
): Promise<{ file: string; besideOf?: string; docxFile: string | null }> {
  const choice = { force: o.force, beside: o.beside, maxBytes: env.limits.maxFileBytes };
  if (inputs.has(outFile)) {
    // Another input of this run is there: a data file is never replaced, even with --force; one of
    // our reports (skipped as input) is treated like any report at the output.
    const at = await whatIsAt(outFile, choice.maxBytes, env.fs);
    if (at.kind === "file" && at.provenance === "not-ours") {
      throw new InputError(fillMessage(CLI_MESSAGES.outIsInput, { file: outFile }), "output-taken");
    }
  }
  const target = await chooseTarget(outFile, choice, writtenPaths, env.fs);
  const docxFile = o.docx ? target.file.replace(/\.xlsx$/i, "") + ".docx" : null;
  if (docxFile) await checkDocxTarget(docxFile, o.force, choice.maxBytes, env.fs);
  return { ...target, docxFile };
}

/** Write one report file through a temporary file; InputError naming it when it cannot be written. */
async function writeReportFile(file: string, bytes: Uint8Array, makeFolder: boolean): Promise<void> {
  try {
    if (makeFolder) await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeAtomically(file, Buffer.from(bytes));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(fillMessage(CLI_MESSAGES.writeFailed, { file, why }), "write-failed");
  }
}

/** What is wrong with -o, if anything: several inputs, a folder, not a regular file, the input itself. */
async function outOptionProblem(o: CliOptions, fsl: FsLayer): Promise<Message | null> {
  if (o.out === undefined) return null;
  if (o.inputs.length > 1 || (await isFolder(o.inputs[0] as string, fsl))) return CLI_MESSAGES.outWithMany;
  const at = await fsl.stat(o.out).catch(() => null);
  if (at?.isDirectory() || (at === null && /[\\/]$/.test(o.out)))
    return fillMessage(CLI_MESSAGES.outIsFolder, { file: o.out });
  if (at && !at.isFile()) return fillMessage(CLI_MESSAGES.outNotRegular, { file: o.out, kind: kindOf(at) });
  if (sameFile(o.inputs[0] as string, o.out)) return fillMessage(CLI_MESSAGES.outIsInput, { file: o.out });
  return null;
}

/**
 * One input's report from its workbook: the document settings and options the task pane saved in it,
 * under the command line's flags. Throws InputError when there is no report (or --strict refuses it).
 */
function makeOne(
  data: XlsxData,
  o: CliOptions,
  shown: string,
  io: CliIo,
): { report: Report; document: DocumentSettings } {
  const lang = o.lang;
  const chatty = !o.quiet;
  // The document settings the task pane saved in the workbook, under the command line's --doc.
  const stored = documentSettingsFromProperties(data.webExtensionProperties);
  if (chatty)
    for (const p of stored.problems) io.stderr(`${shown}: ${CLI_MESSAGES.warning[lang]}: ${p.message[lang]}\n`);
  const document = parseDocumentSettings(o.doc, stored.settings).settings;
  // The options the officer saved in the task pane travel in the file: they are the defaults here,
  // and every flag given overrides them (docs/cli.md).
  const saved = savedSettingsFromProperties(data.webExtensionProperties);
  const savedSheet = saved?.source?.startsWith("sheet:") ? saved.source.slice("sheet:".length) : undefined;
  const made = makeReport(
    data.sources,
    data.problems,
    {
      ...(saved ? requestFromSettings(saved, lang) : {}),
      document,
      lang,
      values: o.values || (saved ? !saved.live : false),
      ...(o.year !== undefined ? { year: o.year } : {}),
      ...(o.month !== undefined ? { month: o.month } : {}),
      ...(o.method ? { method: o.method } : {}),
      ...(o.compare ? { compare: o.compare } : {}),
      ...(o.periodKind ? { periodKind: o.periodKind } : {}),
      ...(o.numberStyle ? { numberStyle: o.numberStyle } : {}),
      ...(o.percentDecimals ? { percentDecimals: o.percentDecimals } : {}),
    },
    savedSheet !== undefined ? { sheet: savedSheet } : {},
  );
  if (!made.ok) {
    for (const p of made.problems) if (p.severity === "error") io.stderr(problemLine(shown, p, lang, true));
    throw new InputError(failureMessage(shown, made.failure), "no-data");
  }
  const problems = made.report.problems;
  if (o.strict) {
    const bad = strictProblems(problems);
    if (bad.length > 0) {
      for (const p of bad) io.stderr(problemLine(shown, p, lang, true));
      throw new InputError(fillMessage(CLI_MESSAGES.strictFailed, { file: shown, total: bad.length }), "strict");
    }
  }
  if (chatty) for (const p of problems) io.stderr(problemLine(shown, p, lang, false));
  return { report: made.report, document };
}

/** The summary of a run of several inputs, and the exit code. */
function summarize(outcomes: readonly Outcome[], n: number, internal: boolean, io: CliIo, o: CliOptions): ExitCode {
  const lang = o.lang;
  const chatty = !o.quiet;
  const count = (k: Outcome["kind"]): number => outcomes.filter((x) => x.kind === k).length;
  const bad = count("refused") + count("failed");
  if (n > 1 && (chatty || bad > 0)) {
    io.stderr(`${fillMessage(CLI_MESSAGES.summaryHead, { total: n })[lang]}\n`);
    for (const x of outcomes) io.stderr(outcomeLine(x, lang));
    io.stderr(
      `${fillMessage(CLI_MESSAGES.summaryCounts, { written: count("written"), refused: count("refused"), skipped: count("skipped"), failed: count("failed") })[lang]}\n`,
    );
  }
  if (internal) return EXIT.internal;
  if (bad > 0) return EXIT.someFailed;
  if (count("written") === 0) {
    io.stderr(`ct-report: ${CLI_MESSAGES.nothingToDo[lang]}\n`);
    return EXIT.nothingToDo;
  }
  return EXIT.ok;
}

/** What a run keeps across its inputs: report names taken, reports written (lower case), the inputs. */
interface RunState {
  taken: Set<string>;
  writtenPaths: Set<string>;
  inputs: FileSet;
}

/** Write one input's reports where they may go, and say where; the .xlsx report's path. */
async function writeOne(
  input: string,
  report: Report,
  document: DocumentSettings,
  o: CliOptions,
  env: CliEnv,
  state: RunState,
  io: CliIo,
): Promise<string> {
  const outFile =
    o.out ??
    path.join(o.outDir ?? path.dirname(input), uniqueName(reportFileName(input, report.sheetName), state.taken));
  const target = await placeReports(outFile, o, env, state.inputs, state.writtenPaths);
  const docxFile = target.docxFile;
  const bytes = await reportXlsxBytes(report);
  const docxBytes = docxFile ? await reportDocx(report, document) : null;
  await writeReportFile(target.file, bytes, o.out !== undefined);
  if (docxFile && docxBytes) await writeReportFile(docxFile, docxBytes, false);
  state.writtenPaths.add(path.resolve(target.file).toLowerCase());
  io.stdout(`${target.file}\n`);
  if (docxFile) io.stdout(`${docxFile}\n`);
  if (target.besideOf !== undefined && !o.quiet) {
    const beside = fillMessage(CLI_MESSAGES.writtenBeside, { file: target.file, edited: target.besideOf });
    io.stderr(`ct-report: ${beside[o.lang]}\n`);
  }
  return target.file;
}

/** The --out-dir folder, made when missing; false (said on stderr) when it cannot be. */
async function madeOutDir(outDir: string, io: CliIo, lang: Lang): Promise<boolean> {
  try {
    await mkdir(outDir, { recursive: true });
    return true;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    io.stderr(`ct-report: ${fillMessage(CLI_MESSAGES.writeFailed, { file: outDir, why })[lang]}\n`);
    return false;
  }
}

/** A bug in ct-report while doing one input, said as such with its stack. */
function unexpectedFailure(input: string, e: unknown, io: CliIo, lang: Lang): Outcome {
  const why = e instanceof Error ? e.message : String(e);
  const message = aboutFile(input, fillMessage(FAILURE_MESSAGES.unexpected, { detail: why }));
  io.stderr(`ct-report: ${message[lang]}\n${e instanceof Error ? (e.stack ?? "") : ""}\n`);
  return { input, kind: "failed", detail: message };
}

async function runChecked(argv: readonly string[], io: CliIo, env: CliEnv): Promise<ExitCode> {
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
  const fsl = env.fs;
  const outProblem = await outOptionProblem(o, fsl);
  if (outProblem) return usage(io, outProblem);

  const { entries } = await expandInputs(o.inputs, fsl);
  const outcomes: Outcome[] = [];
  const refuse = (input: string, error: InputError): void => {
    outcomes.push({
      input,
      kind: error.code === "write-failed" || error.code === "unreadable" ? "failed" : "refused",
      detail: error.bilingual,
    });
    io.stderr(`ct-report: ${error.bilingual[lang]}\n`);
  };
  const files = entries.flatMap((e) => (e.kind === "file" ? [e] : []));
  if (files.length === 0 && entries.length === 0) {
    io.stderr(`ct-report: ${CLI_MESSAGES.nothingToDo[lang]}\n`);
    return EXIT.nothingToDo;
  }
  if (o.outDir !== undefined && files.length > 0 && !(await madeOutDir(o.outDir, io, lang))) return EXIT.someFailed;

  const progress = io.isTTY && !o.quiet;
  const chatty = !o.quiet;
  const state: RunState = { taken: new Set(), writtenPaths: new Set(), inputs: new FileSet(files.map((f) => f.path)) };
  let internal = false;
  const n = entries.length;
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as InputEntry;
    const shown = entry.path;
    if (entry.kind === "refused") {
      refuse(shown, entry.error);
      continue;
    }
    try {
      const data = await env.read(entry.path, shown, env.limits.maxFileBytes, fsl, env.limits.maxInflatedBytes);
      if (entry.fromFolder && isOwnReportData(data)) {
        outcomes.push({ input: shown, kind: "skipped", detail: CLI_MESSAGES.ownReport });
        if (chatty) io.stderr(`ct-report: ${fillMessage(CLI_MESSAGES.skippedReport, { file: shown })[lang]}\n`);
        continue;
      }
      const { report, document } = makeOne(data, o, shown, io);
      const written = await writeOne(entry.path, report, document, o, env, state, io);
      outcomes.push({ input: shown, kind: "written", detail: written });
      const count = report.indicatorCount;
      const line = { index: i + 1, total: n, input: shown, output: written, count, problems: report.problems.length };
      if (progress) io.stderr(`${fillMessage(CLI_MESSAGES.progress, line)[lang]}\n`);
    } catch (e) {
      if (e instanceof InputError) refuse(shown, e);
      else {
        internal = true; // a bug in ct-report: exit 70 at the end, and the other inputs still go on
        outcomes.push(unexpectedFailure(shown, e, io, lang));
      }
      if (progress)
        io.stderr(`${fillMessage(CLI_MESSAGES.failedLine, { index: i + 1, total: n, input: shown })[lang]}\n`);
    }
  }
  return summarize(outcomes, n, internal, io, o);
}
