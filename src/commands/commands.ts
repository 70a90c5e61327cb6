/**
 * The ribbon's commands (ExecuteFunction in the shared runtime): "Tạo báo cáo" -> generateReport,
 * "Dữ liệu mẫu" -> insertSampleData. Each completes its event exactly once, on every path.
 * Design notes (shared-runtime pitfalls) in docs/excel-adapter.md.
 */
import { publish } from "../excel/events";
import { DEFAULT_SETTINGS, loadSettings, settingsLang, type Settings } from "../excel/settings";
import { errorMessage, UserError, isUserError } from "../excel/userError";

/** The event Office hands an ExecuteFunction command. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/**
 * Say what happened: to the task pane when it is open (it listens on the event bus); otherwise
 * open the task pane, which shows the last result it finds on the bus's memory.
 */
let showing = false;

async function notify(heard: number): Promise<void> {
  // Calling showAsTaskpane again before the pane is up can leave the ribbon dead (office-js #3224).
  if (heard > 0 || showing) return;
  showing = true;
  try {
    if (typeof Office !== "undefined" && Office.addin && typeof Office.addin.showAsTaskpane === "function") {
      await Office.addin.showAsTaskpane();
    }
  } catch {
    // The report is written and activated already: the sheet itself says it worked.
  } finally {
    showing = false;
  }
}

/** The last outcome, kept for a task pane that opens after the command ran. */
export const lastOutcome: { event: Parameters<typeof publish>[0] | null } = { event: null };

function tell(event: Parameters<typeof publish>[0]): number {
  lastOutcome.event = event;
  (globalThis as unknown as Record<string, unknown>).__ctLastOutcome = event;
  return publish(event);
}

function settingsOrDefault(): Settings {
  try {
    return loadSettings();
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** A report is being made: a second click waits for nothing and says so (two runs would race for one sheet name). */
let running = false;

/** "Tạo báo cáo". */
export async function generateReport(event: CommandEvent): Promise<void> {
  const mine = !running;
  try {
    if (!mine) throw new UserError("busy");
    running = true;
    const s = settingsOrDefault();
    // The report engine loads on the first click (a lazy chunk of the same origin), so the bundle the
    // ribbon needs at start stays small; the task pane, when open, has loaded it already.
    const { runReport } = await import(/* webpackChunkName: "report-run" */ "../excel/runReport");
    const r = await runReport({ ...s, lang: s.lang ?? settingsLang(s) });
    await notify(tell({ type: "report-done", ...r }));
  } catch (e) {
    await notify(tell({ type: "report-failed", message: errorMessage(e) }));
  } finally {
    if (mine) running = false;
    event.completed();
  }
}

/** "Dữ liệu mẫu". */
export async function insertSampleData(event: CommandEvent): Promise<void> {
  try {
    const { insertSampleSheet } = await import(/* webpackChunkName: "sample-sheet" */ "../excel/sampleSheet");
    const name = await insertSampleSheet();
    tell({ type: "sample-inserted", sheetName: name });
  } catch (e) {
    await notify(tell({ type: "sample-failed", message: errorMessage(e) }));
  } finally {
    event.completed();
  }
}

/** The ids the manifest's ExecuteFunction FunctionName elements name. */
export const COMMAND_IDS = { generateReport: "generateReport", insertSampleData: "insertSampleData" } as const;

/** Associate both commands with their ids; safe to call more than once. */
export function registerCommands(): boolean {
  if (typeof Office === "undefined" || !Office.actions || typeof Office.actions.associate !== "function") return false;
  Office.actions.associate(COMMAND_IDS.generateReport, generateReport);
  Office.actions.associate(COMMAND_IDS.insertSampleData, insertSampleData);
  return true;
}

export { UserError, isUserError };

// Associate at load, before Office.onReady resolves, so a first click that starts the runtime
// finds its handler (office-js #3378, #5176); and again once Office is ready, for hosts whose
// Office.actions appears only then.
registerCommands();
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    registerCommands();
  });
}
