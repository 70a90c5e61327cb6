/**
 * Synthetic raw-data sheets of any size, in the sample's layout (header row first): n indicators
 * over three years (last year's actuals, this year's months through September, next year's plan),
 * spread over groups and all three kinds. No Node imports (the bench and the browser use it too).
 */
import { SAMPLE_HEADER } from "../../src/report/read/sample";

const KINDS = ["cộng dồn", "bình quân", "cuối kỳ"] as const;
const GROUPS = ["I. Công nghiệp", "II. Thương mại", "III. Giá cả", "IV. Thu ngân sách", "V. Khác"];

/** Values of a data sheet with `n` indicators, years 2012-2014, months of 2013 through `month`. */
export function syntheticValues(n: number, month = 9): (string | number | null)[][] {
  const out: (string | number | null)[][] = [SAMPLE_HEADER.slice()];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % 3] ?? "cộng dồn";
    const group = GROUPS[Math.floor((i * GROUPS.length) / Math.max(1, n))] ?? "V. Khác";
    const code = `CT${String(i + 1).padStart(4, "0")}`;
    const name = `Chỉ tiêu thử số ${i + 1}`;
    const unit = kind === "bình quân" ? "%" : "tỷ đồng";
    const base = 100 + (i % 17) * 10;
    for (const [year, through, plan] of [
      [2012, 12, base * 12],
      [2013, month, base * 13],
      [2014, 0, base * 14],
    ] as const) {
      const months: (number | null)[] = [];
      for (let m = 1; m <= 12; m++) {
        if (m > through) months.push(null);
        else if (kind === "bình quân") months.push(100 + ((i + m + year) % 7) / 2);
        else months.push(base + ((i * 3 + m + year) % 11) + (year - 2012) * 5);
      }
      out.push([code, group, name, unit, kind, year, kind === "bình quân" ? null : plan, ...months, null]);
    }
  }
  return out;
}
