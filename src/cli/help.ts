/**
 * ct-report --help, in Vietnamese and English (both are always printed: the reader may not know which
 * language the command speaks yet).
 */
import { ESTIMATE_METHODS } from "../core/types";
import { REPORT_DEFAULTS } from "../report/make/request";

export const HELP_VI = `ct-report: báo cáo chỉ tiêu chủ yếu (Sở Công Thương) từ số liệu tháng trong tệp .xlsx, không cần Excel.

Cách dùng:
  ct-report <tệp.xlsx | thư mục>... [tùy chọn]
  ct-report du-lieu.xlsx --year 2013 --month 9 -o bao-cao.xlsx

Tùy chọn:
  -y, --year <năm>          năm báo cáo (mặc định: năm mới nhất có số liệu)
  -m, --month <1-12>        đến hết tháng (mặc định: tháng mới nhất có số liệu)
      --period <loại>       month (báo cáo tháng) | quarter (quý, chỉ tháng 3, 6, 9, 12) | cumulative (lũy kế);
                            mặc định: lũy kế ở tháng 6, 9, 10, 12, báo cáo tháng ở các tháng khác
      --method <cách>       ước thực hiện năm: ${ESTIMATE_METHODS.join(" | ")} (mặc định ${REPORT_DEFAULTS.method})
      --compare <kiểu>      cột so sánh: index (105,2) | growth (5,2)
      --lang <vi|en>        ngôn ngữ báo cáo và thông báo (mặc định vi)
      --values              ghi số đã tính thay cho công thức
      --docx                ghi thêm báo cáo Word (.docx, theo Nghị định 30/2020) cạnh báo cáo .xlsx
      --doc <khóa>=<giá trị> thiết lập văn bản, thay thiết lập lưu trong tệp (lặp lại được): province, agency,
                            tableNumber, reportNumber, reportDate (2013-10-05), place, signerAuthority,
                            signerTitle, signerName, recipients (các dòng cách nhau bằng |),
                            addressee (Kính gửi)
  -o, --out <tệp>           tệp báo cáo (chỉ khi có một tệp vào)
  -d, --out-dir <thư mục>   thư mục ghi báo cáo (mỗi tệp vào một báo cáo, đặt theo tên tệp vào)
      --force               ghi đè tệp đã có ở chỗ ghi báo cáo dù không phải báo cáo của ct-report
                            hoặc là báo cáo đã được sửa
      --beside              báo cáo cũ đã được sửa thì ghi báo cáo mới bên cạnh: <tên> (2).xlsx
      --number-style <vi|en> cách đọc số dạng chữ trong dữ liệu (vi: 21.000,5; en: 21,000.5)
      --decimals <1|2>      số chữ số thập phân của % kế hoạch và tốc độ tăng (2: 44,72%); chỉ số giá luôn 2
      --strict              coi mọi vấn đề dữ liệu (lỗi, cảnh báo) là lỗi: không ghi báo cáo
  -q, --quiet               không in tiến độ và cảnh báo
  -h, --help                trợ giúp này
  -v, --version             phiên bản

Mã thoát: 0 xong (báo cáo có lỗi dữ liệu vẫn được ghi và nói "có N lỗi cần xem"; dùng --strict để coi là lỗi);
1 có tệp bị từ chối hoặc lỗi (các tệp khác vẫn được làm); 2 sai dòng lệnh;
3 không có tệp .xlsx nào để làm; 70 lỗi nội bộ của ct-report (các tệp khác vẫn được làm).
Tệp dữ liệu không bao giờ bị ghi; báo cáo cũ chỉ bị thay khi chưa ai sửa; tệp khác chỉ bị ghi đè khi có --force. Không ghi -o/--out-dir thì báo cáo nằm cạnh tệp vào: <tên>.BC-9T-2013.xlsx.`;

export const HELP_EN = `ct-report: the provincial indicator report (Department of Industry and Trade) from monthly data in an
.xlsx file, without Excel.

Usage:
  ct-report <file.xlsx | folder>... [options]
  ct-report data.xlsx --year 2013 --month 9 -o report.xlsx

Options:
  -y, --year <year>         report year (default: the latest year with data)
  -m, --month <1-12>        through month (default: the latest month with data)
      --period <kind>       month | quarter (months 3, 6, 9, 12 only) | cumulative (the months so far);
                            default: cumulative at months 6, 9, 10, 12, the month otherwise
      --method <method>     year-end estimate: ${ESTIMATE_METHODS.join(" | ")} (default ${REPORT_DEFAULTS.method})
      --compare <style>     comparison columns: index (105.2) | growth (5.2)
      --lang <vi|en>        language of the report and of the messages (default vi)
      --values              write computed values instead of formulas
      --docx                also write the Word report (.docx, Decree 30/2020 form) beside the .xlsx report
      --doc <key>=<value>   a document setting over the one saved in the workbook (repeatable): province,
                            agency, tableNumber, reportNumber, reportDate (2013-10-05), place, signerAuthority,
                            signerTitle, signerName, recipients (lines separated by |),
                            addressee (Kính gửi: the higher body reported to)
  -o, --out <file>          the report file (a single input only)
  -d, --out-dir <folder>    folder for the reports (one per input, named after the input)
      --force               replace an existing file where a report goes even if ct-report did not write it
                            or it is a report edited since
      --beside              when the earlier report was edited, write the new one beside it: <name> (2).xlsx
      --number-style <vi|en> how text numbers in the data are read (vi: 21.000,5; en: 21,000.5)
      --decimals <1|2>      decimals of percent of plan and of growth (2: 44.72%); price indices keep 2
      --strict              treat every data problem (error, warning) as an error: no report written
  -q, --quiet               no progress, no warnings
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 done (a report with data errors is still written and says "N errors to check"; --strict makes
them a failure); 1 some input refused or failed (the others were done); 2 usage error;
3 no .xlsx file to make a report from; 70 internal error in ct-report (the other inputs were still done).
The data file is never written; an earlier report is replaced only when nobody edited it; another file only with --force. Without -o/--out-dir a report goes next to its input: <name>.BC-9T-2013.xlsx.`;

/** Both helps, Vietnamese first. */
export function helpText(): string {
  return `${HELP_VI}\n\n${HELP_EN}\n`;
}
