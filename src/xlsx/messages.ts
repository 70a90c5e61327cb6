/** Why a file is refused, in Vietnamese and English; each message names the file (and the limit). */

export type Bilingual = { vi: string; en: string };

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

function count(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, ".");
}

export const REFUSALS = {
  encrypted: (f: string): Bilingual => ({
    vi: `${f}: sổ tính được đặt mật khẩu; hãy mở trong Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại`,
    en: `${f}: the workbook is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook) and save it`,
  }),
  xls: (f: string): Bilingual => ({
    vi: `${f}: định dạng .xls cũ; hãy mở trong Excel và lưu thành .xlsx (Lưu thành > Sổ làm việc Excel)`,
    en: `${f}: old .xls format; open it in Excel and save it as .xlsx (Save As > Excel Workbook)`,
  }),
  ods: (f: string): Bilingual => ({
    vi: `${f}: bảng tính OpenDocument (.ods); hãy mở trong LibreOffice và lưu thành .xlsx (Lưu thành > Excel 2007-365)`,
    en: `${f}: an OpenDocument spreadsheet (.ods); open it in LibreOffice and save it as .xlsx (Save As > Excel 2007-365)`,
  }),
  csv: (f: string): Bilingual => ({
    vi: `${f}: tệp văn bản CSV, không phải sổ tính .xlsx; hãy mở trong Excel và lưu thành .xlsx`,
    en: `${f}: a CSV text file, not an .xlsx workbook; open it in Excel and save it as .xlsx`,
  }),
  notXlsx: (f: string): Bilingual => ({
    vi: `${f}: không phải tệp Excel .xlsx`,
    en: `${f}: not an Excel .xlsx workbook`,
  }),
  corrupt: (f: string, why: string): Bilingual => ({
    vi: `${f}: tệp .xlsx bị hỏng, không đọc được (${why}); hãy mở trong Excel và lưu lại`,
    en: `${f}: the .xlsx file is damaged and cannot be read (${why}); open it in Excel and save it again`,
  }),
  fileTooLarge: (f: string, size: number, limit: number): Bilingual => ({
    vi: `${f}: tệp ${mb(size)} vượt giới hạn ${mb(limit)} cho một tệp dữ liệu: không đọc`,
    en: `${f}: the file is ${mb(size)}, over the ${mb(limit)} limit for a data file: not read`,
  }),
  inflatedTooLarge: (f: string, limit: number): Bilingual => ({
    vi: `${f}: nội dung giải nén vượt giới hạn ${mb(limit)} (tệp nén bất thường hoặc quá lớn): dừng đọc`,
    en: `${f}: the unpacked content is over the ${mb(limit)} limit (an unusual or too large zip): reading stopped`,
  }),
  tooManyCells: (f: string, limit: number): Bilingual => ({
    vi: `${f}: có hơn ${count(limit)} ô dữ liệu, vượt giới hạn: dừng đọc. Tách dữ liệu thành nhiều tệp`,
    en: `${f}: more than ${count(limit)} data cells, over the limit: reading stopped. Split the data into several files`,
  }),
};
