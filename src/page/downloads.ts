/**
 * Download links for bytes made in the page: blob: URLs of the page's own origin (nothing is sent
 * anywhere), revoked when the next run replaces them.
 */
import { el } from "../ui/dom";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP = "application/zip";

let live: string[] = [];

function typeOf(name: string): string {
  return /\.docx$/i.test(name) ? DOCX : /\.zip$/i.test(name) ? ZIP : XLSX;
}

/** An <a download> for `bytes` named `name`, showing `label`. */
export function downloadLink(name: string, bytes: Uint8Array, label: string, kind: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([bytes], { type: typeOf(name) }));
  live.push(url);
  const a = el("a", { href: url, download: name, class: "download", "data-kind": kind }, label);
  a.title = name;
  return a;
}

/** Forget every link made so far (their blobs are freed). */
export function revokeLinks(): void {
  for (const url of live) URL.revokeObjectURL(url);
  live = [];
}
