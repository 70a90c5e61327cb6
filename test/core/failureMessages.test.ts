/**
 * One failure, one wording: the ribbon (src/commands through src/excel/userError.ts), the task pane
 * (src/taskpane/errorText.ts), the command (src/cli) and the browser page (src/page) say the same words
 * for the same failure of the report request; the command and the page put the file's name in front.
 */
import { subscribe, type AddinEvent } from "../../src/excel/events";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { errorMessage, requestFailureError, userMessage } from "../../src/excel/userError";
import { fillMessage } from "../../src/core/message";
import { FAILURE_MESSAGES } from "../../src/core/failureMessages";
import { failureMessage, requestFailureMessage } from "../../src/report/make/requestFailure";
import { makeReport, type RequestFailure } from "../../src/report/make/request";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { errorText } from "../../src/taskpane/errorText";
import { ExcelDouble } from "../double/excelDouble";

type Commands = typeof import("../../src/commands/commands");
const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
  delete g.__ctLastOutcome;
});

/** The ribbon's "Tạo báo cáo" on a workbook: the message it publishes for the task pane. */
async function ribbon(d: ExcelDouble): Promise<AddinEvent> {
  d.install(g);
  let commands: Commands | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    commands = require("../../src/commands/commands") as Commands;
  });
  const heard: AddinEvent[] = [];
  const stop = subscribe((e) => heard.push(e));
  await commands!.generateReport({ completed: () => undefined });
  stop();
  expect(heard).toHaveLength(1);
  return heard[0]!;
}

const FAILURES: [string, RequestFailure][] = [
  ["no data", { code: "no-data" }],
  ["no month of the year", { code: "no-month", year: 2015 }],
  ["no indicator of the year", { code: "no-indicators", year: 2030 }],
];

describe("a report request's failure, on every face", () => {
  it.each(FAILURES)("%s: the same words from the ribbon, the task pane, the command and the page", (_what, failure) => {
    const words = requestFailureMessage(failure);
    const error = requestFailureError(failure);
    expect(errorMessage(error)).toEqual(words); // what the ribbon publishes
    for (const lang of ["vi", "en"] as const) {
      expect(userMessage(error, lang)).toBe(words[lang]);
      expect(errorText(error, lang)).toBe(words[lang]); // the pane's own run
      expect(errorText(errorMessage(error), lang)).toBe(words[lang]); // the pane showing the ribbon's outcome
      // The command and the page both call this one function (src/cli/run.ts, src/page/make.ts).
      expect(failureMessage("huyen-a.xlsx", failure)[lang]).toBe(`huyen-a.xlsx: ${words[lang]}`);
    }
  });

  it("names the year in both languages where the failure has one", () => {
    for (const [, failure] of FAILURES.slice(1)) {
      const words = requestFailureMessage(failure);
      const year = String((failure as { year: number }).year);
      expect(words.vi).toContain(year);
      expect(words.en).toContain(year);
    }
  });

  it.each([
    ["no data (an empty workbook)", [] as unknown[][], {}, FAILURE_MESSAGES.noData],
    ["no month of 2015", sampleValues(), { year: 2015 }, fillMessage(FAILURE_MESSAGES.noMonth, { year: 2015 })],
    [
      "no indicator of 2030",
      sampleValues(),
      { year: 2030, month: 9 },
      fillMessage(FAILURE_MESSAGES.noIndicators, { year: 2030 }),
    ],
  ])("%s: the ribbon's click and the command on the same data say the same", async (_what, values, period, words) => {
    const d = new ExcelDouble({ settings: { [SETTINGS_KEY]: { lang: "vi", ...period } } });
    if (values.length > 0) d.addSheet(SAMPLE_SHEET_NAME, values);
    const outcome = await ribbon(d);
    expect(outcome).toEqual({ type: "report-failed", message: words });

    const made = makeReport(values.length > 0 ? [{ sheet: SAMPLE_SHEET_NAME, values }] : [], [], {
      lang: "vi",
      ...period,
    });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(failureMessage("a.xlsx", made.failure)).toEqual({ vi: `a.xlsx: ${words.vi}`, en: `a.xlsx: ${words.en}` });
  });
});

describe("an unexpected error, on every face", () => {
  it("reads the same from the ribbon and the task pane", () => {
    const e = new Error("GeneralException");
    const words = fillMessage(FAILURE_MESSAGES.unexpected, { detail: "GeneralException" });
    expect(errorMessage(e)).toEqual(words);
    for (const lang of ["vi", "en"] as const) expect(errorText(e, lang)).toBe(words[lang]);
    expect(words.vi).toMatch(/^Lỗi không lường trước: GeneralException\./);
    expect(words.en).toMatch(/^Unexpected error: GeneralException\./);
  });
});
