/**
 * The task pane's two doors to the Word report of the last report made: copy its body as formatted text
 * (always offered), and download the .docx where the host lets a page download a file.
 *
 * Download: Excel on the web (Office.context.diagnostics.platform "OfficeOnline") runs the pane in a
 * browser tab, where a link with the download attribute saves the file. Excel on Windows and on Mac run it
 * in an embedded web view that drops such downloads silently, and iPad has no file to save to: there the
 * button is not shown, and the pane says to paste the copied body or use ct-report --docx. Outside Office
 * (a plain browser) download is offered.
 *
 * The docx library is loaded only when the officer asks for the file: a dynamic import, which webpack
 * puts in its own chunk, so the pane's first load and the functions + commands bundle stay small.
 */
import { reportAsSheetStands } from "../excel/reportSheet";
import { sheetDocxName } from "../report/document/fileNames";
import { copyHtml } from "./clipboard";
import { documentClipboard, documentElement } from "./documentHtml";

/** Whether this host can save a file a page offers. */
export function canDownload(platform: string | undefined): boolean {
  return platform === undefined || platform === "OfficeOnline";
}

/** Office's platform name, or undefined outside Office. */
export function officePlatform(): string | undefined {
  try {
    return typeof Office !== "undefined" ? String(Office.context?.diagnostics?.platform ?? "") || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copy the Word body of the last report as its sheet stands (edited figures included); false when there is
 * none or nothing could be copied. Throws the adapter's UserError when the sheet cannot be read back.
 */
export async function copyDocumentBody(): Promise<boolean> {
  const last = await reportAsSheetStands();
  if (!last) return false;
  const { html, text } = documentClipboard(last.report, last.settings);
  return copyHtml(html, text, () => documentElement(last.report, last.settings));
}

/** Make the .docx of the last report as its sheet stands (loading the docx library now) and offer it. */
export async function downloadDocx(): Promise<boolean> {
  const last = await reportAsSheetStands();
  if (!last) return false;
  const { reportDocx } = await import(/* webpackChunkName: "docx" */ "../writers/docx");
  const bytes = await reportDocx(last.report, last.settings);
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = sheetDocxName(last.report.sheetName);
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
