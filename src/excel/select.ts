/** Take the officer to a cell or a sheet: a problem's address, or the new report. */
import { UserError } from "./userError";

/** Split "'Dữ liệu mẫu'!H5" into sheet and local address; no sheet: the active one. */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Activate the sheet and select the cell of a sheet-qualified address. */
export async function selectAddress(address: string): Promise<void> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  const { sheet, local } = splitAddress(address);
  await Excel.run(async (context) => {
    const ws = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(local || "A1").select();
    await context.sync();
  });
}

export async function activateSheet(name: string): Promise<void> {
  if (typeof Excel === "undefined") throw new UserError("no-excel");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
