/**
 * The reader's, model's and template's problem messages, Vietnamese and English, in one place.
 * Each says what to fix. "{name}" slots are filled by problem().
 */
import { fillMessage, type Message, type Slots } from "./message";
import { PLAN_FORMS, UNREADABLE_PLAN } from "./messages";

export const PROBLEM_MESSAGES = {
  "no-header": {
    vi: 'Không tìm thấy dòng tiêu đề (Mã, Chỉ tiêu, Năm, T1…T12) trong {rows} dòng đầu của sheet "{sheet}".{near}',
    en: 'No header row (Code, Indicator, Year, M1…M12) in the first {rows} rows of sheet "{sheet}".{near}',
  },
  "month-header-range": {
    vi: 'Tiêu đề "{text}" chỉ tháng {month}, ngoài 1–12: cột này bị bỏ qua. Sửa tiêu đề thành T1…T12.',
    en: 'Header "{text}" names month {month}, outside 1–12: the column is ignored. Rename it M1…M12.',
  },
  "duplicate-header": {
    vi: 'Tiêu đề "{text}" lặp lại: chỉ dùng cột đầu tiên. Xóa hoặc đổi tên cột thừa.',
    en: 'Header "{text}" appears twice: only the first column is used. Delete or rename the extra one.',
  },
  "text-number-converted": {
    vi: 'Ô chứa chữ "{text}" đã được đọc là số {value} (kiểu số {style}). Kiểm tra lại, hoặc nhập số thay cho chữ.',
    en: 'The text "{text}" was read as the number {value} ({style} style). Check it, or type a number instead.',
  },
  "text-number-ambiguous": {
    vi: '"{text}" có thể là {value} hoặc {other}: đã đọc là {value} theo kiểu số {style}. Kiểm tra dấu chấm, dấu phẩy.',
    en: '"{text}" could be {value} or {other}: read as {value} ({style} style). Check the dot and the comma.',
  },
  "text-number-other-style": {
    vi: '"{text}" không đúng kiểu số {declared}, đã đọc là {value} theo kiểu {style}. Kiểm tra, hoặc nhập số.',
    en: '"{text}" is not a {declared}-style number; read as {value} ({style} style). Check it, or type a number.',
  },
  "text-in-number": {
    vi: 'Cột {what} cần số nhưng ô chứa chữ "{text}": ô được coi là chưa có số liệu. Nhập số hoặc để trống.',
    en: 'Column {what} needs a number but holds the text "{text}": treated as missing. Type a number or leave it blank.',
  },
  "boolean-in-number": {
    vi: "Cột {what} cần số nhưng ô chứa {text}: ô được coi là chưa có số liệu.",
    en: "Column {what} needs a number but holds {text}: treated as missing.",
  },
  "dash-as-blank": {
    vi: 'Ô chứa "{text}": được coi là chưa có số liệu (không phải số 0).',
    en: 'The cell holds "{text}": treated as missing (not zero).',
  },
  "bad-year": {
    vi: 'Năm "{text}" không hợp lệ: dòng bị bỏ qua. Nhập năm bằng số, ví dụ 2013.',
    en: 'Year "{text}" is not valid: the row is skipped. Type the year as a number, e.g. 2013.',
  },
  "missing-code": {
    vi: 'Dòng "{name}" thiếu mã chỉ tiêu: tạm dùng mã "{code}". Nhập mã để nối các năm và dùng trong mẫu báo cáo.',
    en: 'Row "{name}" has no code: using "{code}" for now. Type a code to link the years and use it in templates.',
  },
  "missing-kind": {
    vi: 'Chỉ tiêu {code} thiếu loại: dòng bị bỏ qua. Nhập "cộng dồn", "bình quân" hoặc "cuối kỳ".',
    en: 'Indicator {code} has no kind: the row is skipped. Type "flow", "index" or "level".',
  },
  "index-basis-missing": {
    vi: 'Chỉ tiêu {code} năm {year} là chỉ số nhưng chưa ghi gốc: coi là chỉ số gốc cố định. Ghi "bình quân (gốc cố định)" hoặc "bình quân (cùng kỳ)" nếu số liệu tháng là chỉ số so với cùng tháng năm trước.',
    en: 'Indicator {code} ({year}) is an index with no basis: read as fixed-base index numbers. Write "index (fixed base)", or "index (same month)" when the months are indices on the same month of last year.',
  },
  "kind-from-code": {
    vi: 'Chỉ tiêu {code} thiếu loại: dùng loại "{kind}" của mã đã biết.',
    en: 'Indicator {code} has no kind: using "{kind}", the known kind of this code.',
  },
  "unknown-kind": {
    vi: 'Loại "{text}" của chỉ tiêu {code} không hợp lệ: dòng bị bỏ qua. Dùng "cộng dồn", "bình quân" hoặc "cuối kỳ".',
    en: 'Kind "{text}" of indicator {code} is not valid: the row is skipped. Use "flow", "index" or "level".',
  },
  "zero-plan": {
    vi: "Kế hoạch của {code} năm {year} bằng 0: không so sánh được với kế hoạch. Nhập kế hoạch hoặc để trống.",
    en: "The plan of {code} for {year} is 0: no comparison with plan. Type the plan or leave it blank.",
  },
  "bad-plan": {
    vi: `${UNREADABLE_PLAN.vi} của {code}: báo cáo ghi nguyên chữ, các ô so sánh với kế hoạch để trống. Dùng ${PLAN_FORMS.vi}.`,
    en: `${UNREADABLE_PLAN.en} of {code}: the report shows it as typed and leaves the comparisons with the plan blank. Use ${PLAN_FORMS.en}.`,
  },
  "duplicate-row": {
    vi: "Chỉ tiêu {code} năm {year} lặp lại (đã có ở dòng {first}): dòng này bị bỏ qua. Xóa một trong hai dòng.",
    en: "Indicator {code} for {year} appears twice (first at row {first}): this row is skipped. Delete one of them.",
  },
  "unit-mismatch": {
    vi: 'Đơn vị "{unit}" của {code} năm {year} khác với "{expected}" của năm {refYear}: số liệu không so sánh được. Thống nhất đơn vị.',
    en: 'Unit "{unit}" of {code} for {year} differs from "{expected}" for {refYear}: the figures do not compare. Use one unit.',
  },
  "unit-converted": {
    vi: 'Số liệu {code} năm {year} tính bằng "{unit}" đã được đổi sang "{expected}" (nhân {factor}).',
    en: 'Figures of {code} for {year} in "{unit}" were converted to "{expected}" (times {factor}).',
  },
  "not-finite": {
    vi: "Ô chứa giá trị không hợp lệ: được coi là chưa có số liệu.",
    en: "The cell holds an invalid value: treated as missing.",
  },
  "formula-not-calculated": {
    vi: "{count} ô công thức không tính được nên để trống ({cells}): {why}. Mở và lưu tệp trong Excel (Excel tính và lưu kết quả) rồi làm lại.",
    en: "{count} formula cell(s) could not be computed and are left blank ({cells}): {why}. Open and save the file in Excel (Excel computes and saves the results), then try again.",
  },
  "formula-calculated": {
    vi: "{count} ô công thức đã được tính từ các ô chúng dùng, vì tệp không lưu kết quả đáng tin (tệp do công cụ như XlsxWriter, pandas, openpyxl ghi, hoặc lưu không kèm kết quả) ({cells}). Muốn dùng chính kết quả của Excel: mở và lưu tệp trong Excel.",
    en: "{count} formula cell(s) were computed from the cells they use, as the file holds no trustworthy results (written by a tool such as XlsxWriter, pandas or openpyxl, or saved without them) ({cells}). To use Excel's own results, open and save the file in Excel.",
  },
  "duplicate-cell": {
    vi: "Ô này xuất hiện hai lần trong tệp (hai phần tử <c> cùng địa chỉ): không biết giá trị nào đúng nên để trống. Mở và lưu tệp trong Excel, kiểm tra giá trị của ô.",
    en: "This cell appears twice in the file (two <c> elements with one address): which value is right is unknown, so it is left blank. Open and save the file in Excel and check the cell's value.",
  },
  "duplicate-cell-more": {
    vi: 'Sheet "{sheet}" còn {count} ô khác xuất hiện hai lần trong tệp: để trống. Mở và lưu tệp trong Excel.',
    en: 'Sheet "{sheet}" has {count} more cells that appear twice in the file: left blank. Open and save the file in Excel.',
  },
  "cell-out-of-order": {
    vi: "{count} ô trong tệp không theo thứ tự dòng, cột (từ ô này): đã đọc theo địa chỉ ghi trong ô. Tệp do công cụ ghi không chuẩn; nên mở và lưu lại trong Excel.",
    en: "{count} cell(s) in the file are out of row and column order (from this one on): read by the addresses they carry. A non-standard tool wrote the file; better open and save it in Excel.",
  },
  "merge-overlap": {
    vi: "{count} vùng ô gộp chồng lên vùng gộp khác (từ ô này): bỏ qua, như Excel làm khi sửa tệp. Mở và lưu tệp trong Excel.",
    en: "{count} merged range(s) overlap another one (from this cell): ignored, as Excel does when it repairs the file. Open and save the file in Excel.",
  },
  "date-in-number": {
    vi: "Cột {what} cần số nhưng ô hiển thị ngày tháng: không dùng làm số liệu. Đổi định dạng ô sang Số (Number) hoặc nhập lại số.",
    en: "Column {what} needs a number but the cell shows a date: not used as a figure. Format the cell as Number or type the number again.",
  },
  "date-as-year": {
    vi: "Ô Năm chứa ngày tháng: đã đọc là năm {year} (năm Excel hiển thị). Nên nhập năm bằng số, ví dụ 2013.",
    en: "The Year cell holds a date: read as {year} (the year Excel shows). Better type the year as a number, e.g. 2013.",
  },
  "hidden-sheet-skipped": {
    vi: 'Sheet "{sheet}" đang ẩn: không đọc. Chọn sheet này làm nguồn dữ liệu nếu muốn dùng nó.',
    en: 'Sheet "{sheet}" is hidden: not read. Choose it as the data source to use it.',
  },
  "hidden-sheet-chosen": {
    vi: 'Số liệu đọc từ sheet ẩn "{sheet}" (sheet nguồn đã chọn). Kiểm tra đây đúng là số liệu cần dùng, không phải bản nháp cũ; chọn sheet khác làm nguồn nếu cần.',
    en: 'Data read from the hidden sheet "{sheet}" (the chosen source). Check that it is the data you want, not an old draft; choose another source sheet if needed.',
  },
  "percent-format-read": {
    vi: "Ô {cells} của {code} năm {year} định dạng phần trăm: đã đọc số Excel hiển thị ({stored} hiển thị {shown}%, đọc là {shown}), như chỉ số và tỷ lệ vẫn ghi.",
    en: "Cells {cells} of {code} for {year} are formatted as percent: read as Excel shows them ({stored} shows {shown}%, read as {shown}), as indices and rates are written.",
  },
  "percent-plan-growth": {
    vi: "Kế hoạch của {code} năm {year} là ô định dạng phần trăm ({shown}%): đọc là kế hoạch tăng {shown}% so với năm trước.",
    en: "The plan of {code} for {year} is a percent-formatted cell ({shown}%): read as a growth plan, up {shown}% on the previous year.",
  },
  "percent-scale-off": {
    vi: "Ô này ({what} của {code} năm {year}) là {value}, lệch khoảng 100 lần so với các số khác của dòng (khoảng {typical}): có thể nhầm định dạng phần trăm. Ô được coi là chưa có số liệu, không đưa vào báo cáo và câu văn. Sửa số hoặc định dạng ô.",
    en: "This cell ({what} of {code} for {year}) holds {value}, about 100 times off the row's other figures (about {typical}): probably a percent-format slip. It is read as missing, left out of the report and its sentences. Fix the number or the cell's format.",
  },
  "percent-year-off": {
    vi: "Số liệu năm {year} của {code} trong ô định dạng phần trăm (khoảng {value}) lệch khoảng 100 lần so với các năm khác (khoảng {typical}): có thể số đã nhập trước khi định dạng phần trăm. Các tháng năm {year} được coi là chưa có số liệu, không đưa vào báo cáo và câu văn. Sửa số hoặc định dạng ô.",
    en: "The {year} figures of {code} in percent-formatted cells (about {value}) are about 100 times off its other years (about {typical}): probably typed before the cells were formatted as percent. The {year} months are read as missing, left out of the report and its sentences. Fix the numbers or the cells' format.",
  },
  "plan-header-year": {
    vi: "Cột kế hoạch ghi năm {headerYear} nhưng dòng {code} là năm {year}: kế hoạch ở ô này không dùng cho năm {year}. Sửa tiêu đề cột kế hoạch hoặc ô Năm.",
    en: "The plan column names {headerYear} but this {code} row is {year}: the plan in this cell is not used for {year}. Fix the plan column's header or the Year cell.",
  },
  "index-basis-from-name": {
    vi: 'Chỉ tiêu {code} năm {year} là chỉ số chưa ghi gốc ở cột Loại, nhưng tên ghi "{words}": đọc là chỉ số so với cùng tháng năm trước. Ghi "bình quân (cùng kỳ)" ở cột Loại cho rõ.',
    en: 'Indicator {code} ({year}) is an index with no basis in its kind, but its name says "{words}": read as indices on the same month of last year. Write "index (same month)" in the kind column to say so.',
  },
  "other-data-sheets": {
    vi: 'Đọc số liệu từ sheet "{sheet}"; các sheet {others} cũng có dòng tiêu đề số liệu nhưng không được đọc (không gộp các sheet). Chọn sheet nguồn nếu cần sheet khác.',
    en: 'Data read from sheet "{sheet}"; sheets {others} also have a data header but were not read (sheets are never merged). Choose the source sheet to use another one.',
  },
  "sheet-not-found": {
    vi: 'Không có sheet "{sheet}" trong sổ tính (có: {sheets}).',
    en: 'There is no sheet "{sheet}" in the workbook (it has: {sheets}).',
  },
  "hidden-rows": {
    vi: 'Sheet "{sheet}" có dòng ẩn trong vùng số liệu ({rows}): các dòng này vẫn được đọc. Kiểm tra chúng có phải số liệu cần dùng.',
    en: 'Sheet "{sheet}" has hidden rows inside the data ({rows}): they are read. Check that they hold data you want.',
  },
  "hidden-cols": {
    vi: 'Sheet "{sheet}" có cột ẩn trong vùng số liệu ({cols}): các cột này vẫn được đọc.',
    en: 'Sheet "{sheet}" has hidden columns inside the data ({cols}): they are read.',
  },
  "no-data-for-year": {
    vi: "Không có số liệu tháng nào của năm {year} đến tháng {month}: báo cáo chỉ có kế hoạch.",
    en: "No monthly figure for {year} up to month {month}: the report holds plans only.",
  },
  "estimate-fallback": {
    vi: "Ước TH năm {year} của {code} không tính được theo {method}: đã tính theo bình quân các tháng đã qua (lũy kế × 12 / số tháng). Kiểm tra số liệu năm {previousYear} hoặc sửa ô ước tính.",
    en: "The {year} estimate of {code} cannot use {method}: it uses the average of the months so far (YTD × 12 / months). Check the {previousYear} figures or edit the estimate.",
  },
  "ytd-stale": {
    vi: "Lũy kế của {code} năm {year} không dùng cho báo cáo {month} tháng: số liệu tháng chỉ đến tháng {last}, nên lũy kế không chắc là của tháng {month}. Đã cộng/tính từ các tháng. Nhập số liệu tháng {month} hoặc xóa ô lũy kế cũ.",
    en: "The YTD of {code} for {year} is not used for the {month}-month report: monthly figures stop at month {last}, so it may not be month {month}'s. Computed from the months instead. Enter month {month} or clear the old YTD.",
  },
  "zeros-not-reported": {
    vi: "{code} năm {year}: {months} ({cells}) {isZero} sau tháng cuối cùng có số liệu (T{last}): coi là chưa báo cáo, không phải số 0 (thường là tổng SUM của các ô chưa nhập). Kỳ báo cáo vẫn là tháng mới nhất có số liệu của các chỉ tiêu; số của chỉ tiêu này ở kỳ có {thoseMonths} để trống. Nhập số liệu {thoseMonths} khi có.",
    en: "{code} for {year}: {months} ({cells}) {isZero} after the last month with data (T{last}): read as not reported yet, not as zero (often a SUM of cells not filled in). The report's period is still the latest month with data across indicators; this indicator's figures for a period with {thoseMonths} are left blank. Enter {thoseMonths} when the figures come.",
  },
  "zeros-row": {
    vi: "{code} năm {year}: cả dòng bằng 0 ({cells}): coi là chưa có số liệu, không phải số 0.",
    en: "{code} for {year}: the whole row is 0 ({cells}): read as no data yet, not as zero.",
  },
  "zero-index": {
    vi: "{code} năm {year}: chỉ số bằng 0 ở {months} ({cells}) không phải là chỉ số (thường là IFERROR(…;0) của tháng chưa có): coi là ô trống, các số của kỳ có {thoseMonths} để trống. Nhập chỉ số của {thoseMonths}.",
    en: "{code} for {year}: the index of 0 in {months} ({cells}) is no index (often IFERROR(…;0) of a month not in yet): read as blank, and the figures of a period with {thoseMonths} are left blank. Enter the index of {thoseMonths}.",
  },
  "zero-level": {
    vi: "{code} năm {year}: số cuối kỳ bằng 0 ở {months} ({cells}): coi là tháng đó chưa thống kê; số cuối kỳ lấy tháng gần nhất có số liệu.",
    en: "{code} for {year}: the level of 0 in {months} ({cells}) is read as not counted that month; the level stands at its latest figure.",
  },
  "zero-flow-used": {
    vi: "{code} năm {year}: {months} ({cells}) {isZero} giữa các tháng có số liệu: đã cộng như số 0. Nếu tháng nào chưa có số liệu, để trống ô (báo cáo sẽ để trống số của kỳ và nêu tháng thiếu).",
    en: "{code} for {year}: {months} ({cells}) {isZero} between months with data: added as zero. If a month is not reported yet, leave its cell blank (the report then leaves the period's figure blank and names the month).",
  },
  "ytd-index-outside": {
    vi: "Lũy kế của {code} năm {year} ({ytd}) nằm ngoài khoảng các tháng 1–{month} ({low} đến {high}): chỉ số bình quân phải nằm trong khoảng đó (có thể là công thức SUM kéo xuống cả dòng chỉ số). Không dùng; đã tính bình quân từ các tháng. Sửa hoặc xóa ô lũy kế.",
    en: "The YTD of {code} for {year} ({ytd}) lies outside months 1–{month} ({low} to {high}): an average index must lie within them (a SUM dragged down onto an index row?). Not used; averaged from the months instead. Fix or clear the YTD cell.",
  },
  "ytd-differs": {
    vi: "Lũy kế của {code} năm {year} ({ytd}) khác tổng các tháng 1–{month} ({sum}): báo cáo dùng số lũy kế đã công bố (có thể đã điều chỉnh). Kiểm tra lại nếu không phải vậy.",
    en: "The YTD of {code} for {year} ({ytd}) differs from the sum of months 1–{month} ({sum}): the report uses the published YTD (it may be revised). Check it if it is not.",
  },
  "bad-main": {
    vi: 'Cột Chính của {code} chứa "{text}": không hiểu, coi là không phải chỉ tiêu chính. Dùng "x", "có" hoặc để trống.',
    en: 'The Main column of {code} holds "{text}": not understood, taken as not main. Use "x", "yes" or leave it blank.',
  },
  "template-unknown-placeholder": {
    vi: 'Ô mẫu chứa "{text}" không phải chỗ điền hợp lệ: giữ nguyên. Xem cú pháp {{MÃ.CHỈ_SỐ}} trong trợ giúp.',
    en: 'The template cell holds "{text}", not a valid placeholder: left as is. See the {{CODE.MEASURE}} grammar in help.',
  },
  "template-unknown-code": {
    vi: 'Mã chỉ tiêu "{code}" trong "{text}" không có trong số liệu: giữ nguyên. Kiểm tra cột Mã.',
    en: 'Indicator code "{code}" in "{text}" is not in the data: left as is. Check the Code column.',
  },
  "template-no-value": {
    vi: '"{text}": chưa có số liệu cho kỳ này, ô để trống.',
    en: '"{text}": no figure for this period, the cell is left blank.',
  },
  "period-hole": {
    vi: "Chưa có số liệu {monthWord} {months}/{year} của {name} ({cellWord} {cells}): {figures} để trống, không tính từ số tháng ít hơn kỳ báo cáo. Nhập số liệu các tháng đó (hoặc số lũy kế đã công bố), rồi tạo lại báo cáo.",
    en: "No figure yet for {monthWord} {months}/{year} of {name} ({cellWord} {cells}): {figures} left blank, never computed from fewer months than the period. Enter the missing figures (or the published year-to-date figure) and make the report again.",
  },
  "period-overflow": {
    vi: "Số liệu {monthWord} {months}/{year} của {name} ({cellWord} {cells}) hoặc tổng của chúng vượt giới hạn số của Excel (±9,99999999999999E+307): {figures} để trống. Kiểm tra đơn vị và số mũ của các ô này.",
    en: "Figures of {monthWord} {months}/{year} of {name} ({cellWord} {cells}) or their sum exceed Excel's number limit (±9.99999999999999E+307): {figures} left blank. Check the unit and the exponent of those cells.",
  },
  "period-no-row": {
    vi: "Không có dòng năm {year} của {name} (dòng năm trước: {cellWord} {cells}): {figures} để trống. Thêm dòng năm {year} cho chỉ tiêu này (cùng Mã, Năm {year} và số liệu các tháng), rồi tạo lại báo cáo.",
    en: "There is no {year} row for {name} (last year's row: {cellWord} {cells}): {figures} left blank. Add a {year} row for it (the same code, Year {year} and its monthly figures) and make the report again.",
  },
  "header-year-mismatch": {
    vi: "Năm {year} của {code} khác với năm {headerYear} ghi trong tiêu đề các tháng: dòng này bị bỏ qua. Sửa ô Năm hoặc tiêu đề tháng.",
    en: "Year {year} of {code} differs from {headerYear}, the year the month headers name: this row is skipped. Fix the Year cell or the month headers.",
  },
  "revision-applied": {
    vi: "{code} năm {year}: dòng {row} ({status}) thay số đã báo cáo ở dòng {first} cho {figures}. Báo cáo dùng số mới nhất và ghi chú các số đã điều chỉnh.",
    en: "{code} for {year}: row {row} ({status}) replaces the figures reported at row {first} for {figures}. The report uses the latest and notes the revised figures.",
  },
  "bad-status": {
    vi: 'Ô Loại số liệu "{text}" của {code} năm {year} không đọc được (ước tính, sơ bộ, thực hiện, điều chỉnh, chính thức): dòng được coi như chưa ghi loại số liệu.',
    en: 'The status "{text}" of {code} for {year} is not one of estimate, preliminary, actual, revised, official: the row is read as unmarked.',
  },
  "revision-unit": {
    vi: 'Dòng điều chỉnh của {code} năm {year} có đơn vị "{unit}" khác "{expected}" của dòng đã báo cáo: dòng này bị bỏ qua. Thống nhất đơn vị.',
    en: 'The revision of {code} for {year} is in "{unit}", not "{expected}" as the row reported first: the revision is skipped. Use one unit.',
  },
  "report-cell-blank": {
    vi: "Ô này ({figure} của {name}) trên trang báo cáo đang để trống: đoạn văn và báo cáo Word không nêu số này. Nhập lại số nếu cần.",
    en: "This cell ({figure} of {name}) on the report sheet is blank: the paragraph and the Word report leave that figure out. Type it again if needed.",
  },
  "report-cell-text": {
    vi: 'Ô này ({figure} của {name}) trên trang báo cáo chứa chữ "{text}", không phải số: đoạn văn và báo cáo Word không nêu số này. Nhập số hoặc để trống.',
    en: 'This cell ({figure} of {name}) on the report sheet holds the text "{text}", not a number: the paragraph and the Word report leave that figure out. Type a number or leave it blank.',
  },
  "report-cell-price-edited": {
    vi: "Ô này ({figure} của {name}) đã sửa trên trang báo cáo; câu về chỉ số giá tính từ số liệu các tháng nên không viết theo ô này. Sửa số liệu tháng ở trang dữ liệu rồi tạo lại báo cáo.",
    en: "This cell ({figure} of {name}) was edited on the report sheet; the price index's sentence is made from the monthly figures, so it is not written from this cell. Change the months in the data sheet and make the report again.",
  },
} as const satisfies Record<string, Message>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/**
 * Each kind of problem in a few words, both languages: what the data check's counts show (never the code
 * itself, which is for the command's machine-readable lines and the tests).
 */
export const PROBLEM_KINDS: Record<ProblemCode, Message> = {
  "no-header": { vi: "Không thấy dòng tiêu đề", en: "No header row" },
  "month-header-range": { vi: "Tiêu đề tháng ngoài 1–12", en: "Month header outside 1–12" },
  "duplicate-header": { vi: "Tiêu đề lặp lại", en: "Header repeated" },
  "text-number-converted": { vi: "Số nhập dạng chữ, đã đọc", en: "Number typed as text, read" },
  "text-number-ambiguous": { vi: "Số dạng chữ đọc được hai cách", en: "Text number with two readings" },
  "text-number-other-style": { vi: "Số dạng chữ khác kiểu số", en: "Text number in the other style" },
  "text-in-number": { vi: "Chữ trong ô số", en: "Text in a number cell" },
  "boolean-in-number": { vi: "Đúng/Sai trong ô số", en: "TRUE/FALSE in a number cell" },
  "dash-as-blank": { vi: "Dấu gạch coi như ô trống", en: "Dash read as blank" },
  "bad-year": { vi: "Năm không đọc được", en: "Year not readable" },
  "missing-code": { vi: "Thiếu mã chỉ tiêu", en: "Code missing" },
  "missing-kind": { vi: "Thiếu loại chỉ tiêu", en: "Kind missing" },
  "index-basis-missing": { vi: "Chưa rõ gốc chỉ số", en: "Index basis unclear" },
  "kind-from-code": { vi: "Loại lấy theo mã", en: "Kind taken from the code" },
  "unknown-kind": { vi: "Loại chỉ tiêu không hợp lệ", en: "Kind not valid" },
  "zero-plan": { vi: "Kế hoạch bằng 0", en: "Plan is 0" },
  "bad-plan": { vi: "Kế hoạch không đọc được", en: "Plan not readable" },
  "duplicate-row": { vi: "Dòng lặp lại, bị bỏ qua", en: "Row repeated, skipped" },
  "unit-mismatch": { vi: "Đơn vị không khớp", en: "Units do not match" },
  "unit-converted": { vi: "Đã đổi đơn vị", en: "Unit converted" },
  "not-finite": { vi: "Số quá lớn", en: "Number too large" },
  "formula-not-calculated": { vi: "Công thức không tính được, để trống", en: "Formula not computed, left blank" },
  "formula-calculated": { vi: "Công thức được tính lại", en: "Formulas computed again" },
  "duplicate-cell": { vi: "Ô lặp lại trong tệp, để trống", en: "Cell twice in the file, left blank" },
  "duplicate-cell-more": { vi: "Thêm ô lặp lại trong tệp", en: "More cells twice in the file" },
  "cell-out-of-order": { vi: "Ô không theo thứ tự", en: "Cells out of order" },
  "merge-overlap": { vi: "Vùng gộp chồng nhau", en: "Merged ranges overlap" },
  "date-in-number": { vi: "Ngày trong ô số", en: "Date in a number cell" },
  "date-as-year": { vi: "Ngày trong ô năm", en: "Date in the year cell" },
  "hidden-sheet-skipped": { vi: "Trang ẩn không đọc", en: "Hidden sheet not read" },
  "hidden-sheet-chosen": { vi: "Đọc từ trang ẩn đã chọn", en: "Read from the chosen hidden sheet" },
  "percent-format-read": { vi: "Ô phần trăm, đọc số hiển thị", en: "Percent cells read as shown" },
  "percent-plan-growth": { vi: "Kế hoạch phần trăm là mức tăng", en: "Percent plan read as growth" },
  "percent-scale-off": { vi: "Số lệch khoảng 100 lần", en: "Figure about 100 times off" },
  "percent-year-off": { vi: "Năm lệch khoảng 100 lần", en: "Year about 100 times off" },
  "plan-header-year": { vi: "Năm kế hoạch khác năm dòng", en: "Plan header of another year" },
  "index-basis-from-name": { vi: "Gốc chỉ số theo tên", en: "Index basis from its name" },
  "other-data-sheets": { vi: "Có trang số liệu khác", en: "Other data sheets" },
  "sheet-not-found": { vi: "Không thấy trang tính", en: "Sheet not found" },
  "hidden-rows": { vi: "Dòng ẩn", en: "Hidden rows" },
  "hidden-cols": { vi: "Cột ẩn", en: "Hidden columns" },
  "no-data-for-year": { vi: "Chưa có số liệu của năm", en: "No figure for the year" },
  "estimate-fallback": { vi: "Ước tính theo cách khác", en: "Estimate made another way" },
  "ytd-stale": { vi: "Lũy kế cũ hơn các tháng", en: "Year to date older than the months" },
  "zeros-not-reported": { vi: "Số 0 sau tháng cuối: chưa báo cáo", en: "Zeros after the last month: not reported" },
  "zeros-row": { vi: "Cả dòng bằng 0: chưa có số liệu", en: "A row of zeros: no data yet" },
  "zero-index": { vi: "Chỉ số bằng 0: để trống", en: "Index of 0: left blank" },
  "zero-level": { vi: "Số cuối kỳ bằng 0: chưa thống kê", en: "Level of 0: not counted" },
  "zero-flow-used": { vi: "Số 0 giữa các tháng: đã cộng", en: "Zero between months: added" },
  "ytd-index-outside": { vi: "Lũy kế chỉ số ngoài các tháng", en: "Index year to date outside its months" },
  "ytd-differs": { vi: "Lũy kế khác tổng các tháng", en: "Year to date differs from the months' sum" },
  "bad-main": { vi: "Cột Chính không đọc được", en: "Main column not readable" },
  "template-unknown-placeholder": { vi: "Ô mẫu không hiểu", en: "Template placeholder not understood" },
  "template-unknown-code": { vi: "Mã trong mẫu không có", en: "Template code not in the data" },
  "template-no-value": { vi: "Ô mẫu không có số", en: "Template cell without a figure" },
  "period-hole": { vi: "Thiếu tháng, số kỳ để trống", en: "Month missing, figure left blank" },
  "period-overflow": { vi: "Tổng vượt giới hạn, để trống", en: "Sum too large, left blank" },
  "period-no-row": { vi: "Thiếu dòng của năm, để trống", en: "Year's row missing, left blank" },
  "header-year-mismatch": { vi: "Năm trong tiêu đề không khớp", en: "Header year does not match" },
  "revision-applied": { vi: "Đã dùng số điều chỉnh", en: "Revised figures used" },
  "bad-status": { vi: "Loại số liệu không đọc được", en: "Status not readable" },
  "revision-unit": { vi: "Dòng điều chỉnh khác đơn vị", en: "Revision in another unit" },
  "report-cell-blank": { vi: "Ô báo cáo để trống", en: "Report cell blank" },
  "report-cell-text": { vi: "Chữ trong ô báo cáo", en: "Text in a report cell" },
  "report-cell-price-edited": { vi: "Ô chỉ số giá đã sửa", en: "Price index cell edited" },
};

/** A problem's kind in words; a code from outside the catalogue is shown as it is. */
export function problemKind(code: string, lang: "vi" | "en"): string {
  return (PROBLEM_KINDS as Record<string, Message | undefined>)[code]?.[lang] ?? code;
}

/** A problem from the catalogue. */
export function problem(code: ProblemCode, severity: ProblemSeverity, address: string, params: Slots = {}): Problem {
  return { code, severity, address, message: fillMessage(PROBLEM_MESSAGES[code], params) };
}

export type ProblemSeverity = "error" | "warning" | "info";

/** One thing found wrong or converted in the raw data, with the cell to look at. */
export interface Problem {
  code: string; // stable key, e.g. "text-number-converted", "duplicate-row"
  severity: ProblemSeverity;
  /** Sheet-qualified A1 address, e.g. "'Dữ liệu'!H5"; "" when the problem has no one cell. */
  address: string;
  message: Message;
}
