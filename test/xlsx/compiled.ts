/**
 * The sample as a template compiled from district sheets (issue 17, point 1), as a real .xlsx written by the
 * raw-XML builder: every month not reported a SUM of the district sheets, cached 0 as Excel saves it. `edit`
 * changes the rows (0-based, header first) before they are written.
 */
import { SAMPLE_HEADER, sampleValues } from "../../src/report/read/sample";
import { buildXlsx, cellsFrom, letters, type CellSpec } from "./build";

export const TEMPLATE_SHEET = "Dữ liệu";
export const T1 = SAMPLE_HEADER.indexOf("T1");
export const YTD = SAMPLE_HEADER.indexOf("Lũy kế");
/** "Q5" for the 0-based row and column. */
export const at = (row: number, col: number): string => `${letters(col)}${row + 1}`;

export function templateBytes(edit: (rows: CellSpec[][]) => void = () => undefined): Uint8Array {
  const rows: CellSpec[][] = sampleValues().map((line, r) =>
    line.map((v, c): CellSpec => {
      if (r === 0 || c < T1 || c >= T1 + 12 || v !== null) return v ?? "";
      const ref = at(r, c);
      return { f: `SUM('Huyện A'!${ref},'Huyện B'!${ref})`, v: 0 };
    }),
  );
  edit(rows);
  return buildXlsx({
    sheets: [
      { name: TEMPLATE_SHEET, cells: cellsFrom(rows) },
      { name: "Huyện A", cells: { A1: "Huyện A" } },
      { name: "Huyện B", cells: { A1: "Huyện B" } },
    ],
  });
}
