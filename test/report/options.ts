/** Report options of the sample's nine-month 2013 report, with overrides. */
import type { ReportOptions } from "../../src/report/period/options";

export const opts = (o: Partial<ReportOptions> = {}): ReportOptions => ({
  year: 2013,
  month: 9,
  method: "seasonal",
  comparison: "index",
  lang: "vi",
  live: false,
  ...o,
});
