/**
 * The p-values the drift tests need, written by hand (Numerical Recipes' algorithms): the chi-square survival
 * function through the regularized upper incomplete gamma function, the normal CDF, and Kolmogorov's distribution
 * with Stephens' small-sample correction for the two-sample KS test.
 */

/** ln Γ(x), Lanczos (g = 7, n = 9). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (shifted + i);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, continued fraction above. */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (!Number.isFinite(x)) return 0;
  const front = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(front));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return Math.exp(front) * h;
}

/** P(X >= statistic) for chi-square with `dof` degrees of freedom. */
export function chiSquareSurvival(statistic: number, dof: number): number {
  if (dof <= 0) return 1;
  return regularizedGammaQ(dof / 2, statistic / 2);
}

/** erfc(x) by its continued fraction / series pair through the incomplete gamma function (accurate to ~1e-15). */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x === 0) return 1;
  return regularizedGammaQ(0.5, x * x);
}

export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Kolmogorov's Q_KS(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²). */
export function kolmogorovSurvival(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  let previous = 0;
  for (let j = 1; j <= 200; j++) {
    const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) <= 1e-12 * Math.abs(previous) || Math.abs(term) < 1e-300) break;
    previous = term;
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * The two-sided p-value of the two-sample KS statistic `d` for samples of n and m values: Kolmogorov's limit at the
 * effective size n·m/(n+m) with Stephens' correction λ = (√e + 0.12 + 0.11/√e)·d, within about 1% of scipy's
 * ks_2samp (asymptotic mode) for effective sizes from 100 up.
 */
export function ksPValue(d: number, n: number, m: number): number {
  const effective = (n * m) / (n + m);
  const root = Math.sqrt(effective);
  return kolmogorovSurvival((root + 0.12 + 0.11 / root) * d);
}
