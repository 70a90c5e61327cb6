/**
 * The Word body the pane copies as formatted text: the outline's words in order, placeholders marked,
 * the appendix table with the grid's spans and shown figures, and cell text that looks like markup kept
 * as text (built with DOM calls, serialized by the DOM: never parsed as HTML).
 */
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { DEFAULT_DOCUMENT_SETTINGS } from "../../src/report/document/documentSettings";
import { documentOutline } from "../../src/report/document/documentOutline";
import { buildReport } from "../../src/report/make/model";
import { readDataset } from "../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../src/report/read/sample";
import { documentElement } from "../../src/taskpane/documentHtml";
import { opts } from "../report/options";

const newDocument = (): Document =>
  new DOMImplementation().createDocument("http://www.w3.org/1999/xhtml", "html", null) as unknown as Document;

function sample() {
  const { indicators } = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
  return buildReport({ indicators, problems: [] }, opts({ live: true }));
}

describe("the Word body as formatted text", () => {
  it("holds the outline's words in order, with the officers' places marked", () => {
    const report = sample();
    const root = documentElement(report, DEFAULT_DOCUMENT_SETTINGS, newDocument());
    const text = root.textContent ?? "";
    const o = documentOutline(report, DEFAULT_DOCUMENT_SETTINGS);
    let at = -1;
    for (const s of [
      o.agency.agency,
      o.nation.name,
      o.type,
      o.subject,
      o.intro,
      ...o.sections.map((x) => x.title),
      o.closing,
    ]) {
      const i = text.indexOf(s, at + 1);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
    const marks = Array.from(root.getElementsByTagName("span") as unknown as ArrayLike<Element>).filter((x) =>
      (x.getAttribute("style") ?? "").includes("background:yellow"),
    );
    // The situation, management, assessment, tasks and proposals: five places for the officer.
    expect(marks.length).toBe(5);
    const cells = Array.from(root.getElementsByTagName("td") as unknown as ArrayLike<Element>).map(
      (c) => c.textContent,
    );
    expect(cells).toContain("21.000");
    expect(cells).toContain("105,2");
    // The "So sánh (%)" header spans the grid's merged comparison block, however many columns it holds.
    const block = report.grid.merges.find(
      (m) => m.r1 === m.r2 && report.grid.cells[m.r1]?.[m.c1]?.value === "So sánh (%)",
    );
    expect(block).toBeDefined();
    expect(
      Array.from(root.getElementsByTagName("td") as unknown as ArrayLike<Element>).some(
        (c) => c.getAttribute("colspan") === String(block!.c2 - block!.c1 + 1) && c.textContent === "So sánh (%)",
      ),
    ).toBe(true);
  });

  it("keeps cell text that looks like markup as text", () => {
    const evil = '<img src=x onerror="alert(1)">Giá trị';
    const report = sample();
    // An indicator's name as typed in the data lands in the table's name column.
    const row = report.grid.cells.findIndex((r) => String(r[1]?.value ?? "").startsWith("Giá trị sản xuất"));
    report.grid.cells[row]![1] = { value: evil };
    const html = new XMLSerializer().serializeToString(
      documentElement(report, DEFAULT_DOCUMENT_SETTINGS, newDocument()) as unknown as Parameters<
        XMLSerializer["serializeToString"]
      >[0],
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});
