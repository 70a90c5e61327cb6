/**
 * The command line of ct-report, parsed without I/O: argv -> options, or a usage error (exit 2).
 */
import { fillMessage } from "../core/message";
import { PERIOD_KINDS } from "../core/periodPhrases";
import { ESTIMATE_METHODS } from "../core/types";
import { DOCUMENT_SETTING_KEYS, parseDocumentSettings } from "../report/document/documentSettings";
import type { ReportRequest } from "../report/make/request";
import { CLI_MESSAGES } from "./messages";
import type { Message } from "../core/message";

/** The report request (year, month, periodKind, method, compare, lang, values, numberStyle) plus the run's own options. */
export interface CliOptions extends ReportRequest {
  inputs: string[];
  out?: string;
  outDir?: string;
  strict: boolean;
  /** Replace an existing file at the output that is not an unedited report of ct-report (never an input). */
  force: boolean;
  /** When the report at the output was edited since ct-report wrote it, write the new one beside it. */
  beside: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** Also write the Word report (.docx) beside each .xlsx report. */
  docx: boolean;
  /** --doc key=value: document settings over those saved in the workbook (src/report/document/documentSettings.ts). */
  doc: Record<string, string>;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; message: Message };

/** Options that take a value; the key is every spelling, the value the canonical name. */
const VALUED: Record<string, string> = {
  "--year": "year",
  "-y": "year",
  "--month": "month",
  "-m": "month",
  "--method": "method",
  "--compare": "compare",
  "--period": "periodKind",
  "--lang": "lang",
  "-o": "out",
  "--out": "out",
  "--output": "out",
  "--out-dir": "outDir",
  "-d": "outDir",
  "--number-style": "numberStyle",
  "--doc": "doc",
  "--decimals": "percentDecimals",
};

const FLAGS: Record<string, "values" | "strict" | "force" | "beside" | "quiet" | "help" | "version" | "docx"> = {
  "--docx": "docx",
  "--values": "values",
  "--strict": "strict",
  "--force": "force",
  "--beside": "beside",
  "--quiet": "quiet",
  "-q": "quiet",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
};

function integer(v: string, lo: number, hi: number, bad: Message): number | Message {
  if (!/^\d+$/.test(v.trim())) return bad;
  const n = Number(v);
  return n >= lo && n <= hi ? n : bad;
}

function oneOf<T extends string>(o: string, v: string, allowed: readonly T[]): T | Message {
  return (allowed as readonly string[]).includes(v)
    ? (v as T)
    : fillMessage(CLI_MESSAGES.badValue, { option: o, value: v, allowed: allowed.join("|") });
}

/** A --doc key=value: checked against the document settings' keys and rules. */
function docValue(name: string, value: string): { key: string; value: string } | Message {
  const eqAt = value.indexOf("=");
  const key = eqAt > 0 ? value.slice(0, eqAt).trim() : "";
  if (!(DOCUMENT_SETTING_KEYS as string[]).includes(key))
    return fillMessage(CLI_MESSAGES.badValue, { option: name, value, allowed: `${DOCUMENT_SETTING_KEYS.join("|")}=…` });
  const bad = parseDocumentSettings({ [key]: value.slice(eqAt + 1) }).problems[0];
  return bad ? bad.message : { key, value: value.slice(eqAt + 1) };
}

/** The value of a valued option, checked: what goes into the options, or what is wrong with it. */
function optionValue(key: string, name: string, value: string): unknown {
  switch (key) {
    case "year":
      return integer(value, 1900, 2200, fillMessage(CLI_MESSAGES.badYear, { option: name, value }));
    case "month":
      return integer(value, 1, 12, fillMessage(CLI_MESSAGES.badMonth, { option: name, value }));
    case "method":
      return oneOf(name, value, ESTIMATE_METHODS);
    case "compare":
      return oneOf(name, value, ["index", "growth"] as const);
    case "periodKind":
      return oneOf(name, value, PERIOD_KINDS);
    case "percentDecimals": {
      // Decimals of percent of plan and of growth (44,72%); price indices keep 2.
      const d = oneOf(name, value, ["1", "2"] as const);
      return typeof d === "string" ? (Number(d) as 1 | 2) : d;
    }
    case "lang":
    case "numberStyle":
      return oneOf(name, value, ["vi", "en"] as const);
    default:
      return value === "" ? fillMessage(CLI_MESSAGES.badValue, { option: name, value, allowed: "a path" }) : value;
  }
}

function isMessage(x: unknown): x is Message {
  return typeof x === "object" && x !== null && "vi" in x && "en" in x;
}

/** The options before any argument: Vietnamese, live formulas, nothing else asked. */
function noOptions(): CliOptions {
  return {
    inputs: [],
    lang: "vi",
    values: false,
    strict: false,
    force: false,
    beside: false,
    quiet: false,
    help: false,
    version: false,
    docx: false,
    doc: {},
  };
}

/**
 * One option at argv[i] into `o`: how many arguments it took (1, or 2 with its value), or what is wrong.
 */
function takeOption(o: CliOptions, argv: readonly string[], i: number): number | Message {
  const arg = argv[i] as string;
  const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  const flag = FLAGS[name];
  if (flag) {
    if (eq > 0)
      return fillMessage(CLI_MESSAGES.badValue, { option: name, value: arg.slice(eq + 1), allowed: "no value" });
    o[flag] = true;
    return 1;
  }
  const key = VALUED[name];
  if (!key) return fillMessage(CLI_MESSAGES.unknownOption, { option: arg });
  const next = argv[i + 1];
  // "-1" after --month is a (wrong) value, not the next option: say what is wrong with the month.
  if (eq <= 0 && (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))))
    return fillMessage(CLI_MESSAGES.missingValue, { option: name });
  const value = eq > 0 ? arg.slice(eq + 1) : (next as string);
  const r = key === "doc" ? docValue(name, value) : optionValue(key, name, value);
  if (isMessage(r)) return r;
  if (key === "doc") {
    const d = r as { key: string; value: string };
    o.doc[d.key] = d.value;
  } else (o as unknown as Record<string, unknown>)[key] = r;
  return eq > 0 ? 1 : 2;
}

/** Parse argv (without node and the script). Never throws. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const o = noOptions();
  let onlyFiles = false;
  for (let i = 0; i < argv.length;) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      o.inputs.push(arg);
      i++;
    } else if (arg === "--") {
      onlyFiles = true;
      i++;
    } else {
      const took = takeOption(o, argv, i);
      if (typeof took !== "number") return { ok: false, message: took };
      i += took;
    }
  }
  if (o.help || o.version) return { ok: true, options: o };
  if (o.inputs.length === 0) return { ok: false, message: CLI_MESSAGES.noInput };
  if (o.out !== undefined && o.outDir !== undefined) return { ok: false, message: CLI_MESSAGES.outBoth };
  return { ok: true, options: o };
}
