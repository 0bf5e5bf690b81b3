// The statistics the balance lab prints: Wilson intervals for rates, quantiles, and paired
// differences (common random numbers: same seeds, one decision changed) with normal intervals.
// Plain floating point is fine here: this is analysis outside the engine, run in one fixed order.

const Z95 = 1.959963984540054;

export interface Interval {
  lo: number;
  hi: number;
}

/** Wilson score interval for k successes in n trials (better than the normal interval near 0 and 1). */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (n === 0) return { lo: 0, hi: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0 or n successes the exact bound is 0 or 1; floating point would give 1e-17 or 0.999...
  return { lo: k === 0 ? 0 : Math.max(0, centre - half), hi: k === n ? 1 : Math.min(1, centre + half) };
}

/** Nearest-rank quantiles of a list (copied and sorted; the input is left alone). */
export function quantiles(values: readonly number[], ps: readonly number[]): number[] {
  if (values.length === 0) return ps.map(() => 0);
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!);
}

export interface MeanCi {
  mean: number;
  se: number;
  ci: Interval;
  n: number;
}

/** Mean, standard error and 95% normal interval of a sample. */
export function meanCi(values: readonly number[]): MeanCi {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0, ci: { lo: 0, hi: 0 }, n: 0 };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
  return { mean, se, ci: { lo: mean - Z95 * se, hi: mean + Z95 * se }, n };
}

/** The paired difference a[i] - b[i] over the same seeds: its mean, standard error and interval. */
export function pairedDiff(a: readonly number[], b: readonly number[]): MeanCi {
  if (a.length !== b.length) throw new Error(`pairedDiff: ${a.length} vs ${b.length} samples`);
  return meanCi(a.map((x, i) => x - b[i]!));
}

/** Stands for an infinite z (a non-zero mean with no spread at all); finite so JSON keeps it. */
const Z_CAP = 999;

/** The estimate in standard errors (its z-score), within ±Z_CAP. */
export function zScore(m: MeanCi): number {
  if (m.se > 0) return Math.max(-Z_CAP, Math.min(Z_CAP, m.mean / m.se));
  return m.mean === 0 ? 0 : m.mean > 0 ? Z_CAP : -Z_CAP;
}

/** True when an interval lies entirely on one side of zero. */
export function excludesZero(ci: Interval): boolean {
  return ci.lo > 0 || ci.hi < 0;
}
