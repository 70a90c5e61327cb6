/**
 * Figures typed into percent-formatted cells (DOMAIN.md, "What real workbooks look like"): Excel shows the
 * cell's value times 100 (1,6145 in a "0.00%" cell shows 161,45%), and the report reads an index or a rate
 * as Excel shows it. And the check that keeps a figure off by about ×100 against its own row out of every
 * sentence. Pure.
 */

/** The number a percent-formatted cell shows: the value times 100, at 15 significant digits (1,6145 → 161,45). */
export function shownPercent(value: number): number {
  return Number((value * 100).toPrecision(15));
}

/** log10 of the distance that counts as "about ×100": between ×31,6 and ×316 (10^1.5..10^2.5) either way. */
const LOW = 1.5;
const HIGH = 2.5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The positions of `values` off by about ×100 (or ÷100) against the median of the row's other positive
 * values, each with that median. A position is judged only against at least three others, so one slip
 * among four or more figures is found and the figures around it are not; zeros, negatives and blanks are
 * never judged.
 */
export function scaleOutliers(values: readonly (number | null)[]): { at: number; typical: number }[] {
  const out: { at: number; typical: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !(v > 0) || !Number.isFinite(v)) return;
    const others = values.filter((x, j): x is number => j !== i && x !== null && x > 0 && Number.isFinite(x));
    if (others.length < 3) return;
    const typical = median(others);
    const off = Math.abs(Math.log10(v / typical));
    if (off >= LOW && off <= HIGH) out.push({ at: i, typical });
  });
  return out;
}
