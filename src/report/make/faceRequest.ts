/**
 * The one way every face turns what the workbook saved into a report request: the ribbon, the task pane,
 * the command and the browser page each hand over the saved report options (ct.settings), the saved
 * document settings (ct.document) and their own overrides (the pane's form, the command's flags, the
 * page's choices), and get back the same request and the same reading rule (which sheet, which number
 * style). A face never rebuilds a request itself, so a saved choice (the source sheet, the period, the
 * decimals) cannot hold on one face and be lost on another. Pure.
 */
import {
  DEFAULT_DOCUMENT_SETTINGS,
  documentSettingsFromProperties,
  parseDocumentSettings,
  type DocumentSettingProblem,
  type DocumentSettings,
} from "../document/documentSettings";
import type { ReadOptions } from "../read/reader";
import { requestFromSettings, savedSettingsFromProperties, type Settings } from "./reportSettings";
import { REPORT_DEFAULTS, type ReportRequest } from "./request";

/** What a workbook saved: the task pane's options (null when none) and its document settings. */
export interface SavedChoices {
  settings: Settings | null;
  document: DocumentSettings;
}

/**
 * A face's own choices over the saved ones: each field given replaces the saved value, each field left
 * out keeps it. `year`/`month`/`periodKind` null: infer them from the data even when a value was saved
 * (the page's "Tự động"). `document`: document fields typed on the face (--doc key=value, the page's
 * heading), read as the task pane's document form reads them.
 */
export interface FaceOverrides extends Partial<
  Omit<ReportRequest, "document" | "lang" | "year" | "month" | "periodKind">
> {
  lang: ReportRequest["lang"];
  year?: number | null;
  month?: number | null;
  periodKind?: ReportRequest["periodKind"] | null;
  document?: Readonly<Record<string, string>>;
}

/** The request and how to read the data for it. */
export interface FaceRequest {
  request: ReportRequest;
  read: ReadOptions;
  /** Saved or typed document fields that could not be used (each falls back to its default). */
  documentProblems: DocumentSettingProblem[];
}

/** The sheet a saved source names ("sheet:Dữ liệu" -> "Dữ liệu"); a table or nothing: undefined. */
export function savedSheet(source: string | null | undefined): string | undefined {
  return source?.startsWith("sheet:") ? source.slice("sheet:".length) : undefined;
}

/** What a file saved, read from its web-extension properties (the command and the page). */
export function savedInFile(
  properties: Record<string, string> | undefined,
): SavedChoices & { problems: DocumentSettingProblem[] } {
  const document = documentSettingsFromProperties(properties);
  return {
    settings: savedSettingsFromProperties(properties),
    document: document.settings,
    problems: document.problems,
  };
}

/** The overrides without the fields left out (undefined never replaces a saved value). */
function given(overrides: FaceOverrides): Partial<ReportRequest> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined || key === "document") continue;
    out[key] = value;
  }
  return out as Partial<ReportRequest>;
}

/** The report request of a face: the saved settings, then the face's overrides; null periods inferred. */
export function faceRequest(saved: SavedChoices, overrides: FaceOverrides): FaceRequest {
  const merged: Record<string, unknown> = {
    ...(saved.settings ? requestFromSettings(saved.settings, overrides.lang) : {}),
    ...given(overrides),
  };
  for (const key of ["year", "month", "periodKind"]) if (merged[key] === null) delete merged[key];
  const document = parseDocumentSettings(overrides.document ?? {}, saved.document ?? DEFAULT_DOCUMENT_SETTINGS);
  const request = { ...(merged as unknown as ReportRequest), document: document.settings };
  const sheet = savedSheet(saved.settings?.source);
  return {
    request,
    read: {
      numberStyle: request.numberStyle ?? REPORT_DEFAULTS.numberStyle,
      ...(sheet !== undefined ? { sheet } : {}),
    },
    documentProblems: document.problems,
  };
}
