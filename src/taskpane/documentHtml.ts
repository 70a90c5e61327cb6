/**
 * The Word report's body as formatted text for the clipboard (it pastes into Word with its headings,
 * bold, italics and tables): built with DOM APIs only, every text through textContent, never innerHTML
 * from cell text. The words come from the same outline as the .docx (src/report/document/documentOutline.ts).
 */
import { shownText } from "../report/table/shownText";
import type { DocumentSettings } from "../report/document/documentSettings";
import { documentOutline } from "../report/document/documentOutline";
import type { Report } from "../report/table/report";

const FONT = "font-family:'Times New Roman',serif;";

/** appendChild for each child (Node.append is missing from some DOMs the tests use). */
function add(parent: Node, ...children: Node[]): void {
  for (const c of children) parent.appendChild(c);
}

function node<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  style: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const n = doc.createElement(tag);
  if (style) n.setAttribute("style", style);
  if (text !== undefined) n.textContent = text;
  return n;
}

/** A centred line of `pt` points; bold / italic as asked. */
function line(
  doc: Document,
  text: string,
  pt: number,
  o: { bold?: boolean; italic?: boolean; align?: string } = {},
): HTMLElement {
  const style = `${FONT}font-size:${pt}pt;margin:0;text-align:${o.align ?? "center"};${o.bold ? "font-weight:bold;" : ""}${o.italic ? "font-style:italic;" : ""}`;
  return node(doc, "p", style, text);
}

/** The document's body and appendix table as one element, ready to serialize for the clipboard. */
export function documentElement(report: Report, settings: DocumentSettings, doc: Document = document): HTMLElement {
  const o = documentOutline(report, settings);
  const root = node(doc, "div", FONT);
  const head = node(doc, "table", "border-collapse:collapse;width:100%;");
  const row = node(doc, "tr", "");
  const left = node(doc, "td", "vertical-align:top;width:40%;");
  add(
    left,
    line(doc, o.agency.province, 13),
    line(doc, o.agency.agency, 13, { bold: true }),
    line(doc, o.agency.number, 13),
  );
  const right = node(doc, "td", "vertical-align:top;");
  add(
    right,
    line(doc, o.nation.name, 12, { bold: true }),
    line(doc, o.nation.motto, 13, { bold: true }),
    line(doc, o.nation.placeAndDate, 14, { italic: true }),
  );
  add(row, left, right);
  add(head, row);
  add(root, head, line(doc, o.type, 14, { bold: true }), line(doc, o.subject, 14, { bold: true }));
  if (o.addressee) add(root, line(doc, o.addressee, 14, {}));
  const para = (text: string, mark = false): HTMLElement => {
    const p = node(doc, "p", `${FONT}font-size:14pt;text-align:justify;text-indent:1cm;margin:0 0 6pt 0;`);
    if (mark) add(p, node(doc, "span", "background:yellow;font-style:italic;", text));
    else p.textContent = text;
    return p;
  };
  add(root, para(o.intro));
  for (const s of o.sections) {
    add(root, node(doc, "p", `${FONT}font-size:14pt;font-weight:bold;margin:6pt 0;`, s.title));
    for (const p of s.paragraphs) add(root, para(p.text, p.placeholder));
  }
  add(root, para(o.closing));

  // The appendix: the report grid's table, cell for cell as its number formats show it.
  add(
    root,
    line(doc, o.appendix.heading, 14, { bold: true }),
    line(doc, o.appendix.title, 14, { bold: true }),
    line(doc, o.appendix.attached, 14, { italic: true }),
  );
  if (o.appendix.comparison) add(root, line(doc, o.appendix.comparison, 11, { italic: true }));
  const grid = report.grid;
  const area = report.text!.table;
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of grid.merges) {
    if (m.r1 < area.r1 || m.r2 > area.r2) continue;
    spans.set(`${m.r1}:${m.c1}`, { rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r}:${c}`);
  }
  const table = node(doc, "table", `${FONT}border-collapse:collapse;font-size:10pt;`);
  for (let r = area.r1; r <= area.r2; r++) {
    const tr = node(doc, "tr", "");
    for (let c = area.c1; c <= area.c2; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const gc = grid.cells[r]?.[c];
      const align = gc?.style?.align ?? (typeof gc?.value === "number" ? "right" : "left");
      const td = node(
        doc,
        "td",
        `border:1px solid #000;padding:1pt 3pt;text-align:${align};${gc?.style?.bold ? "font-weight:bold;" : ""}${gc?.style?.italic ? "font-style:italic;" : ""}${gc?.style?.fill ? `background:${gc.style.fill};` : ""}`,
        shownText(gc, o.lang),
      );
      const span = spans.get(`${r}:${c}`);
      if (span && span.cols > 1) td.setAttribute("colspan", String(span.cols));
      if (span && span.rows > 1) td.setAttribute("rowspan", String(span.rows));
      add(tr, td);
    }
    add(table, tr);
  }
  add(root, table);
  for (const n of o.appendix.notes) add(root, line(doc, n, 10, { italic: true, align: "left" }));
  return root;
}

/** The element as HTML (the serializer escapes every text) and as plain text, for the two clipboard types. */
export function documentClipboard(
  report: Report,
  settings: DocumentSettings,
  doc: Document = document,
): { html: string; text: string } {
  const root = documentElement(report, settings, doc);
  const o = documentOutline(report, settings);
  const text = [
    o.type,
    o.subject,
    "",
    o.intro,
    ...o.sections.flatMap((s) => [s.title, ...s.paragraphs.map((p) => p.text)]),
    o.closing,
  ].join("\n");
  // XMLSerializer escapes every text node: the HTML carries cell text only as text.
  return { html: new XMLSerializer().serializeToString(root), text };
}
