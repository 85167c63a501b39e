/**
 * The statistics the verdict needs, written by hand: a mean, a sample standard deviation, and Student's t
 * quantile for Welch's interval. Small enough that a statistics library would add more than it saves. The special
 * functions are shared with the drift tests.
 */
import { logGamma, normalCdf } from '../data/distributions.ts';

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/** Sample standard deviation (n - 1); 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const center = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - center) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isFinite(df)) return normalCdf(t);
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number) => k.reduce((sum, coefficient) => sum * x + coefficient, 0);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

function studentTDensity(t: number, df: number): number {
  return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The t such that P(T <= t) = p: a Cornish-Fisher start from the normal quantile, polished by Newton steps on the
 * CDF, with bisection as the fallback. Comparing 10,000 metrics asks for 10,000 of these, so it must be quick.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  const z = normalQuantile(p);
  if (!Number.isFinite(df) || df > 1e7) return z;
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  for (let i = 0; i < 8; i++) {
    const step = (studentTCdf(t, df) - p) / studentTDensity(t, df);
    if (!Number.isFinite(step)) break;
    t -= step;
    if (Math.abs(step) < 1e-12 * Math.max(1, Math.abs(t))) return t;
  }
  let low = -1e6;
  let high = 1e6;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export type WelchInterval = {
  difference: number;
  low: number;
  high: number;
  degreesOfFreedom: number;
  standardError: number;
};

/**
 * The interval for mean(current) - mean(baseline) at `confidence` one-sided on each end (0.95 gives the 90%
 * two-sided interval), with Welch's degrees of freedom. Both sides need at least two values.
 */
export function welchInterval(baseline: readonly number[], current: readonly number[], confidence: number): WelchInterval {
  const nb = baseline.length;
  const nc = current.length;
  const vb = standardDeviation(baseline) ** 2 / nb;
  const vc = standardDeviation(current) ** 2 / nc;
  const difference = mean(current) - mean(baseline);
  const standardError = Math.sqrt(vb + vc);
  if (standardError === 0) return { difference, low: difference, high: difference, degreesOfFreedom: Number.POSITIVE_INFINITY, standardError };
  const degreesOfFreedom = (vb + vc) ** 2 / (vb ** 2 / (nb - 1) + vc ** 2 / (nc - 1));
  const margin = studentTQuantile(confidence, degreesOfFreedom) * standardError;
  return { difference, low: difference - margin, high: difference + margin, degreesOfFreedom, standardError };
}

/** A run-to-run spread for a t test: the variance of one run and the degrees of freedom it rests on. */
export type Spread = { variance: number; degreesOfFreedom: number };

/**
 * Pools the spread of several samples of the same kind of run (seeds of one commit, runs of recent commits): the
 * sum of squares about each sample's own mean over the sum of their degrees of freedom. Samples of fewer than two
 * values add nothing; undefined when none has two.
 */
export function pooledSpread(samples: ReadonlyArray<readonly number[]>): Spread | undefined {
  let squares = 0;
  let degreesOfFreedom = 0;
  for (const sample of samples) {
    if (sample.length < 2) continue;
    squares += standardDeviation(sample) ** 2 * (sample.length - 1);
    degreesOfFreedom += sample.length - 1;
  }
  return degreesOfFreedom === 0 ? undefined : { variance: squares / degreesOfFreedom, degreesOfFreedom };
}

export type TTest = {
  /** mean(current) - mean(baseline). */
  difference: number;
  standardError: number;
  /** Welch-Satterthwaite's, from each side's own degrees of freedom; Infinity when the standard error is 0. */
  degreesOfFreedom: number;
};

/**
 * The difference of two means with its standard error and Welch-Satterthwaite degrees of freedom, from the spread
 * of one run on each side (each with the degrees of freedom it rests on) and the number of runs averaged. With
 * each side's own sample variance this is Welch's test; a side's spread may be pooled with base-branch history.
 */
export function twoSampleTest(difference: number, baseline: Spread & { runs: number }, current: Spread & { runs: number }): TTest {
  const vb = baseline.variance / baseline.runs;
  const vc = current.variance / current.runs;
  const standardError = Math.sqrt(vb + vc);
  if (standardError === 0) return { difference, standardError, degreesOfFreedom: Number.POSITIVE_INFINITY };
  const degreesOfFreedom = (vb + vc) ** 2 / (vb ** 2 / baseline.degreesOfFreedom + vc ** 2 / current.degreesOfFreedom);
  return { difference, standardError, degreesOfFreedom };
}

/**
 * One-sided p-values of a change against a tolerance boundary, `gain` being the change with improvements positive:
 * `worse` tests "no worse than -allowed" (small when the change lies beyond the tolerance on the bad side), `better`
 * tests "no better than +allowed". With a standard error of 0 the change is exact: 0 beyond the boundary, else 1.
 */
export function toleranceTest(gain: number, allowed: number, standardError: number, degreesOfFreedom: number): { worse: number; better: number } {
  if (standardError === 0 || !(standardError > 0)) return { worse: gain < -allowed ? 0 : 1, better: gain > allowed ? 0 : 1 };
  return {
    worse: studentTCdf((gain + allowed) / standardError, degreesOfFreedom),
    better: studentTCdf((allowed - gain) / standardError, degreesOfFreedom),
  };
}

/**
 * Benjamini-Hochberg's step-up procedure: which of `pValues` are rejected at false-discovery rate `level` (the
 * largest k with p_(k) <= k * level / m rejects the k smallest), and the cut that decided it (0 when none).
 */
export function benjaminiHochberg(pValues: readonly number[], level: number): { rejected: boolean[]; cut: number } {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  let count = 0;
  for (let k = m; k >= 1; k--) {
    if ((pValues[order[k - 1] as number] as number) <= (k * level) / m) {
      count = k;
      break;
    }
  }
  const rejected: boolean[] = new Array(m).fill(false);
  for (let k = 0; k < count; k++) rejected[order[k] as number] = true;
  return { rejected, cut: count === 0 ? 0 : (count * level) / m };
}
