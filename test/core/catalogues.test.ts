/**
 * Every catalogue of user-facing words, whatever face it belongs to, holds Messages that are whole in
 * both languages: vi and en present and non-empty, the same slots in both, nothing left unfilled once
 * the slots are given, and Vietnamese words (diacritics) in a Vietnamese sentence, a check against
 * swapped languages.
 */
import { fillMessage, slotNames, type Message } from "../../src/core/message";
import { MESSAGES } from "../../src/core/messages";
import {
  CANDIDATE_WORDS,
  ESTIMATE_CHOICE,
  EVALUATION,
  INDEX_BASIS_WORDS,
  KIND_WORDS,
  METHOD_WORDS,
  REPORT_WORDS,
} from "../../src/core/words";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { USER_ERRORS } from "../../src/excel/userError";
import { PAGE_STRINGS } from "../../src/page/strings";
import { DOCUMENT_SETTING_MESSAGES } from "../../src/report/document/documentSettings";
import { FAILURE_MESSAGES } from "../../src/core/failureMessages";
import { PROBLEM_MESSAGES } from "../../src/core/problem";
import { STRINGS, type StringKey } from "../../src/ui/strings";
import { REFUSAL_MESSAGES } from "../../src/xlsx/messages";

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function isMessage(x: unknown): x is Message {
  return typeof x === "object" && x !== null && "vi" in x && "en" in x;
}

/** Every message of a catalogue, with its path ("outcome.written"), nested groups opened. */
function messagesOf(name: string, catalogue: object): [string, Message][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, Message][] => {
    if (isMessage(value)) return [[`${name}.${key}`, value]];
    if (typeof value === "object" && value !== null) return messagesOf(`${name}.${key}`, value as object);
    return [];
  });
}

/** A UI catalogue kept as one dictionary per language: a Message per key. */
function byLanguage(name: string, dictionaries: { vi: Record<string, string>; en: Record<string, string> }) {
  const keys = new Set([...Object.keys(dictionaries.vi), ...Object.keys(dictionaries.en)]);
  return [...keys].map((key): [string, Message] => [
    `${name}.${key}`,
    { vi: dictionaries.vi[key] as string, en: dictionaries.en[key] as string },
  ]);
}

const CATALOGUES: [string, Message][] = [
  ...messagesOf("core", MESSAGES),
  ...messagesOf("problems", PROBLEM_MESSAGES),
  ...messagesOf("failures", FAILURE_MESSAGES),
  ...messagesOf("refusals", REFUSAL_MESSAGES),
  ...messagesOf("documentSettings", DOCUMENT_SETTING_MESSAGES),
  ...messagesOf("userErrors", USER_ERRORS),
  ...messagesOf("cli", CLI_MESSAGES),
  ...messagesOf("words", {
    KIND_WORDS,
    INDEX_BASIS_WORDS,
    METHOD_WORDS,
    EVALUATION,
    REPORT_WORDS,
    CANDIDATE_WORDS,
    ESTIMATE_CHOICE,
  }),
  ...byLanguage("pane", STRINGS as { vi: Record<StringKey, string>; en: Record<StringKey, string> }),
  ...byLanguage("page", PAGE_STRINGS),
];

/**
 * The language switch is labelled in the language it switches to ("Switch the task pane to English"
 * under Vietnamese): swapped on purpose.
 */
const SWAPPED_ON_PURPOSE = /switchLang/;

/** Text with its slots taken out, counted in words of two letters or more. */
function wordCount(text: string): number {
  return (text.replace(/\{\w+\}/g, " ").match(/\p{L}{2,}/gu) ?? []).length;
}

describe("every message catalogue", () => {
  it("is read whole by this test (each catalogue has entries)", () => {
    for (const prefix of [
      "core",
      "problems",
      "failures",
      "documentSettings",
      "userErrors",
      "cli",
      "words",
      "pane",
      "page",
    ])
      expect(CATALOGUES.some(([path]) => path.startsWith(`${prefix}.`))).toBe(true);
  });

  it.each(CATALOGUES)("%s has vi and en, both non-empty", (_path, m) => {
    expect(typeof m.vi).toBe("string");
    expect(typeof m.en).toBe("string");
    expect(m.vi.trim()).not.toBe("");
    expect(m.en.trim()).not.toBe("");
  });

  it.each(CATALOGUES)("%s has the same slots in both languages", (_path, m) => {
    expect([...slotNames(m.vi)].sort()).toEqual([...slotNames(m.en)].sort());
  });

  it.each(CATALOGUES)("%s leaves no slot unfilled when given its slots", (_path, m) => {
    const slots = Object.fromEntries(slotNames(m.vi).map((name) => [name, "x"]));
    const filled = fillMessage(m, slots);
    expect(slotNames(filled.vi)).toEqual([]);
    expect(slotNames(filled.en)).toEqual([]);
  });

  it.each(CATALOGUES.filter(([path, m]) => wordCount(m.vi) >= 3 && m.vi !== m.en && !SWAPPED_ON_PURPOSE.test(path)))(
    "%s reads as Vietnamese in vi (a sentence with diacritics)",
    (_path, m) => {
      expect(m.vi).toMatch(VIETNAMESE_LETTER);
    },
  );
});
