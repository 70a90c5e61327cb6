/**
 * Exponential smoothing with a 12-month season (Holt-Winters), the model behind Excel's FORECAST.ETS,
 * written out so the add-in runs it the same way in Node and the browser.
 *
 * With x_t the month, L the level, T the trend, S the seasonal factor of the same month a year earlier:
 *
 *   additive:       forecast = L + T + S;   L' = α(x − S) + (1 − α)(L + T);   S' = γ(x − L') + (1 − γ)S
 *   multiplicative: forecast = (L + T)·S;   L' = α·x / S + (1 − α)(L + T);    S' = γ·x / L' + (1 − γ)S
 *   both:           T' = β(L' − L) + (1 − β)T
 *
 * Start: L = the first year's average, T = (second year's average − first year's) / 12, S = each first-year
 * month against the trend line through the first year. The smoothing constants are the ones of a fixed grid
 * with the smallest sum of squared one-month-ahead errors over the second year onward (Excel optimises them
 * too; a grid keeps the result reproducible). h months ahead of the last month t: L + h·T + S (additive),
 * (L + h·T)·S (multiplicative), S being month t + h's factor of the last year seen.
 */

/** How the season combines with the level. */
export type Seasonality = "additive" | "multiplicative";

const SEASON = 12;
const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
const BETAS = [0, 0.01, 0.05, 0.1, 0.2];
const GAMMAS = [0.05, 0.1, 0.2, 0.3, 0.5];

interface Smoothed {
  level: number;
  trend: number;
  /** The seasonal factors of the last 12 months seen, by calendar position t mod 12. */
  season: number[];
  sse: number;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function smooth(x: readonly number[], how: Seasonality, a: number, b: number, g: number): Smoothed {
  const y1 = mean(x.slice(0, SEASON));
  const trend0 = (mean(x.slice(SEASON, 2 * SEASON)) - y1) / SEASON;
  const season = x.slice(0, SEASON).map((v, i) => {
    const line = y1 + (i - (SEASON - 1) / 2) * trend0;
    return how === "additive" ? v - line : v / line;
  });
  let level = y1 + ((SEASON - 1) / 2) * trend0;
  let trend = trend0;
  let sse = 0;
  for (let t = SEASON; t < x.length; t++) {
    const v = x[t] as number;
    const s = season[t % SEASON] as number;
    const forecast = how === "additive" ? level + trend + s : (level + trend) * s;
    sse += (v - forecast) ** 2;
    const next = how === "additive" ? a * (v - s) + (1 - a) * (level + trend) : (a * v) / s + (1 - a) * (level + trend);
    trend = b * (next - level) + (1 - b) * trend;
    level = next;
    season[t % SEASON] = how === "additive" ? g * (v - level) + (1 - g) * s : (g * v) / level + (1 - g) * s;
  }
  return { level, trend, season, sse };
}

/**
 * The next `ahead` months after the series `x` (at least two whole years, starting in January), or null
 * when the model cannot be fitted: too short, a month not finite, or (multiplicative) a month not positive.
 */
export function holtWintersForecast(x: readonly number[], ahead: number, how: Seasonality): number[] | null {
  if (x.length < 2 * SEASON || !x.every(Number.isFinite)) return null;
  if (how === "multiplicative" && !x.every((v) => v > 0)) return null;
  let best: Smoothed | null = null;
  for (const a of ALPHAS)
    for (const b of BETAS)
      for (const g of GAMMAS) {
        const fit = smooth(x, how, a, b, g);
        if (Number.isFinite(fit.sse) && (best === null || fit.sse < best.sse)) best = fit;
      }
  if (best === null) return null;
  const fit = best;
  const n = x.length;
  const out: number[] = [];
  for (let h = 1; h <= ahead; h++) {
    const s = fit.season[(n - 1 + h) % SEASON] as number;
    const base = fit.level + h * fit.trend;
    out.push(how === "additive" ? base + s : base * s);
  }
  return out.every(Number.isFinite) ? out : null;
}
