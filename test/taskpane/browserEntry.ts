/**
 * Bundled for the browser by harness.ts and injected before any page script (after the harness's
 * fake Office hook): puts the recording Excel double (test/double/excelDouble.ts) in place of Excel
 * with the workbook the test asks for, hands its Office.context (display language, document
 * settings) to the hook, and exposes a probe the tests read.
 */
import { ExcelDouble } from "../double/excelDouble";
import { SAMPLE_HEADER, SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { MANY_ROWS, manyProblemValues } from "../double/workbooks";

/** The bad-data workbook: text numbers, a duplicate, an unknown kind, a plan of zero, markup as text. */
export const BAD_SHEET_NAME = "Dữ liệu";
export function badValues(): (string | number | null)[][] {
  const blank = (n: number): null[] => new Array<null>(n).fill(null);
  return [
    SAMPLE_HEADER.slice(),
    [
      "GTSX",
      "Công nghiệp",
      "Giá trị sản xuất công nghiệp",
      "tỷ đồng",
      "cộng dồn",
      2012,
      30000,
      ...Array<number>(12).fill(1650),
      null,
    ],
    [
      "GTSX",
      "Công nghiệp",
      "Giá trị sản xuất công nghiệp",
      "tỷ đồng",
      "cộng dồn",
      2013,
      34500,
      "2.300",
      2300,
      "2.310,5",
      2320,
      2330,
      "<b>abc</b>",
      2340,
      2350,
      2360,
      ...blank(3),
      null,
    ],
    [
      "GTSX",
      "Công nghiệp",
      "Giá trị sản xuất công nghiệp",
      "tỷ đồng",
      "cộng dồn",
      2013,
      34500,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      ...blank(3),
      null,
    ],
    [
      "XK",
      "Thương mại",
      "Giá trị xuất khẩu",
      "triệu USD",
      "hàng tháng",
      2013,
      0,
      12,
      13,
      14,
      13,
      12,
      14,
      13,
      14,
      15,
      ...blank(3),
      null,
    ],
    [
      "CPI",
      "Giá cả",
      "Chỉ số giá tiêu dùng",
      "%",
      "bình quân",
      2013,
      null,
      101,
      101.2,
      100.5,
      100.1,
      100.3,
      100.2,
      100.4,
      100.8,
      100.2,
      ...blank(3),
      null,
    ],
  ];
}

interface Config {
  displayLanguage: string;
  settings?: Record<string, unknown>;
  workbook?: "sample" | "bad" | "empty" | "template" | "many";
}

/** The "many" workbook's sheet. */
export const MANY_SHEET_NAME = "Số liệu";

/** The template sheet of the "template" workbook (the sample data beside it). */
export const TEMPLATE_SHEET_NAME = "Mẫu";

const w = window as unknown as Record<string, unknown>;
const config = (w.__ctConfig as Config | undefined) ?? { displayLanguage: "vi-VN", workbook: "sample" };
const double = new ExcelDouble({ displayLanguage: config.displayLanguage, settings: config.settings ?? {} });
if (config.workbook === "bad") double.addSheet(BAD_SHEET_NAME, badValues());
// 8,334 indicators whose every month is a text number: 100,008 problems for the large-list tests.
else if (config.workbook === "many") double.addSheet(MANY_SHEET_NAME, manyProblemValues(MANY_ROWS));
else if (config.workbook !== "empty") double.addSheet(SAMPLE_SHEET_NAME, sampleValues());
if (config.workbook === "template") {
  double.addSheet(TEMPLATE_SHEET_NAME, [["Giá trị sản xuất công nghiệp", "{{GTSX.TH}}"]]);
  double.activate(SAMPLE_SHEET_NAME);
}

/**
 * A hold on the double's round trips, so a test can see the pane while a report is in progress:
 * while held, every context.sync() waits until the test releases it. No timer, no race: the test
 * holds, clicks, reads the busy pane, then releases.
 */
let hold: { promise: Promise<void>; release: () => void } | null = null;
const waiting = { count: 0 };
const run = double.Excel.run as <T>(cb: (ctx: { sync(): Promise<void> }) => Promise<T>) => Promise<T>;
double.Excel.run = <T>(cb: (ctx: { sync(): Promise<void> }) => Promise<T>): Promise<T> =>
  run((ctx) => {
    const sync = ctx.sync.bind(ctx);
    ctx.sync = async (): Promise<void> => {
      if (hold) {
        waiting.count += 1;
        await hold.promise;
        waiting.count -= 1;
      }
      return sync();
    };
    return cb(ctx);
  });

w.Excel = double.Excel;
// The harness's Office hook pins this context on the real office.js object.
w.__ctOfficeContext = (double.Office as { context: unknown }).context;
// ... and its Office.actions (the commands' handlers) and Office.addin (showAsTaskpane).
w.__ctOffice = double.Office;
w.__ctFake = {
  get store(): Record<string, unknown> {
    return double.settingsStore;
  },
  get saves(): number {
    return double.settingsSaves;
  },
  get saved(): Record<string, unknown> | null {
    return double.settingsSaves > 0 ? JSON.parse(JSON.stringify(double.settingsStore)) : null;
  },
};
w.__ctDouble = double;
w.__ctProbe = {
  sheetNames: (): string[] => double.sheetNames(),
  selection: (): string | null => {
    const s = double.state.selection;
    return s ? `${s.sheet}!${s.address}` : null;
  },
  activeSheet: (): string | null => double.state.active.name,
  syncs: (): number => double.syncs,
  /** Every recorded write, as sheet, address and kind: a preview must add none. */
  writes: (): number => double.writes.length,
  /** The write log itself, "kind sheet!address" each. */
  writeLog: (): string[] => double.writes.map((x) => `${x.kind} ${x.sheet}!${x.address}`),
  /** The ribbon handlers the commands bundle associated. */
  actions: (): string[] => [...double.actions.keys()].sort(),
  taskpaneShown: (): number => double.taskpaneShown,
  values: (name: string): unknown[][] => double.values(name),
  /** How many cells of a sheet hold a formula. */
  formulas: (name: string): number => [...double.sheet(name).cells.values()].filter((c) => c.formula).length,
  /** Hold every round trip from now on (see above). */
  hold: (): void => {
    if (hold) return;
    let release = (): void => undefined;
    const promise = new Promise<void>((resolve) => (release = resolve));
    hold = { promise, release };
  },
  /** Round trips waiting on the hold. */
  held: (): number => waiting.count,
  /** Let every held round trip go. */
  release: (): void => {
    const h = hold;
    hold = null;
    h?.release();
  },
};
