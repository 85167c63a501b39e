/**
 * How often a verdict cries wolf, and how often it catches a real regression, on simulated metrics: Crucible's
 * t tests (Welch's across seeds, or the spread of recent base-branch runs for one run a side) with the
 * Benjamini-Hochberg correction across metrics, against the plain ratio threshold github-action-benchmark applies to
 * one previous value.
 * Per metric (2,000 metrics): with no true change at most 5% flagged regressed; with a true 2-sigma regression of
 * every metric and 5 seeds a side at least 80% flagged.
 * Per pull request (20 metrics): with no true change at most 5% of pull requests fail; a true 4-sigma regression of
 * one of the 20 caught in at least 90% with 5 seeds a side; 3 sigma printed.
 */
import { compareRuns, type LoadedRun, ZERO_TOLERANCE } from '@crucible/core';
import { textTable } from './stats.ts';

const METRICS = Number(process.env.BENCH_METRICS ?? 2000);
const PR_METRICS = 20;
const PULL_REQUESTS = Number(process.env.BENCH_PULL_REQUESTS ?? 1000);
const SEEDS = 5;
const LEVEL = 0.05;
const options = { rules: [], tolerance: ZERO_TOLERANCE, confidence: 1 - LEVEL };

/** mulberry32 and Box-Muller: the same simulated data on every run. */
function normalGenerator(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * One simulated pull request: accuracy-like metrics (higher is better, means around 0.8, seed-to-seed noise 0.5% to
 * 2%), `SEEDS` runs a side, five earlier base-branch runs as history; `shifts[i]` is metric i's true regression in
 * sigmas.
 */
function pullRequest(shifts: readonly number[], normal: () => number) {
  const names = shifts.map((_, i) => `eval/acc_${i}`);
  const truth = names.map(() => ({ mean: 0.75 + 0.1 * Math.abs(normal()), sigma: 0.005 + (0.015 * Math.abs(normal())) / 2 }));
  const runs = (regress: boolean) =>
    Array.from({ length: SEEDS }, (): LoadedRun => ({
      path: 'sim',
      formats: ['json'],
      files: [],
      params: new Map(),
      metrics: new Map(
        names.map((name, i) => {
          const { mean, sigma } = truth[i] as { mean: number; sigma: number };
          return [name, { name, value: mean - (regress ? (shifts[i] as number) : 0) * sigma + sigma * normal(), history: [], source: { file: 'sim' } }];
        }),
      ),
    }));
  const baseline = runs(false);
  const current = runs(true);
  const history = new Map(names.map((name) => [name, runs(false).map((run) => run.metrics.get(name)?.value ?? 0)]));
  return { names, baseline, current, history };
}

/** The metrics each rule flags regressed, by name. */
function flags(pr: ReturnType<typeof pullRequest>): Record<string, Set<string>> {
  const regressed = (comparison: ReturnType<typeof compareRuns>) => new Set(comparison.metrics.filter((metric) => metric.status === 'regressed').map((metric) => metric.name));
  const welch = compareRuns(pr.baseline, pr.current, options);
  // The per-metric rule before this correction: the one-sided p-value at the level, metric by metric.
  const uncorrected = new Set(
    welch.metrics.filter((metric) => metric.status === 'regressed' || (metric.status === 'within-noise' && (metric.delta ?? 0) < 0 && (metric.pValue ?? 1) <= LEVEL)).map((metric) => metric.name),
  );
  // github-action-benchmark: alert when previous / current exceeds the threshold (bigger is better), one value each.
  const ratio = (threshold: number) =>
    new Set(pr.names.filter((name) => (pr.baseline[0]?.metrics.get(name)?.value ?? 0) / (pr.current[0]?.metrics.get(name)?.value ?? 1) > threshold));
  return {
    welch: regressed(welch),
    pooled: regressed(compareRuns(pr.baseline, pr.current, { ...options, baselineHistory: pr.history })),
    single: regressed(compareRuns(pr.baseline.slice(0, 1), pr.current.slice(0, 1), { ...options, baselineHistory: pr.history })),
    uncorrected,
    ratio101: ratio(1.01),
    ratio105: ratio(1.05),
    ratio200: ratio(2),
  };
}

const RULES = ['welch', 'pooled', 'single', 'uncorrected', 'ratio101', 'ratio105', 'ratio200'] as const;
const HEADER = [
  'crucible welch (5 seeds)',
  'welch + 5 history runs pooled',
  'crucible 1 run + history',
  'welch, no correction (before)',
  'ratio 101%',
  'ratio 105%',
  'ratio 200% (default)',
];
const percent = (count: number, total: number) => `${((100 * count) / total).toFixed(1)}%`;

/** Per metric: the share of `METRICS` metrics flagged, all shifted by `shiftSigmas`. */
function perMetric(label: string, shiftSigmas: number, seed: number): string[] {
  const flagged = flags(pullRequest(new Array(METRICS).fill(shiftSigmas), normalGenerator(seed)));
  return [label, ...RULES.map((rule) => percent(flagged[rule]?.size ?? 0, METRICS))];
}

/** Per pull request: the share of `PULL_REQUESTS` that fail (no change), or that catch the one harmed metric. */
function perPullRequest(label: string, harmSigmas: number, seed: number): string[] {
  const normal = normalGenerator(seed);
  const counts = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<(typeof RULES)[number], number>;
  for (let i = 0; i < PULL_REQUESTS; i++) {
    const shifts = Array.from({ length: PR_METRICS }, (_, at) => (at === 0 ? harmSigmas : 0));
    const flagged = flags(pullRequest(shifts, normal));
    for (const rule of RULES) if (harmSigmas === 0 ? (flagged[rule]?.size ?? 0) > 0 : flagged[rule]?.has('eval/acc_0') === true) counts[rule]++;
  }
  return [label, ...RULES.map((rule) => percent(counts[rule], PULL_REQUESTS))];
}

export function run(): void {
  console.log(`Share of ${METRICS} simulated metrics flagged regressed (${SEEDS} seeds a side for Welch; Benjamini-Hochberg at ${LEVEL * 100}% across them)`);
  console.log(textTable([['scenario', ...HEADER], perMetric('no true change', 0, 1), perMetric('true regression of 2 sigma, every metric', 2, 2)]));
  console.log('Targets: no true change <= 5.0% flagged; 2-sigma regression with 5 seeds >= 80.0% flagged.\n');
  console.log(`Share of ${PULL_REQUESTS} simulated pull requests of ${PR_METRICS} metrics: failing with no true change, or catching one harmed metric`);
  console.log(
    textTable([
      ['scenario', ...HEADER],
      perPullRequest('no true change: PR fails', 0, 3),
      perPullRequest('4-sigma harm on 1 of 20: caught', 4, 4),
      perPullRequest('3-sigma harm on 1 of 20: caught', 3, 5),
    ]),
  );
  const margin = (100 * 1.96 * Math.sqrt((LEVEL * (1 - LEVEL)) / PULL_REQUESTS)).toFixed(1);
  console.log('Targets: no-change PR fails <= 5.0%; 4-sigma harm on 1 of 20 caught >= 90.0% with 5 seeds; 3 sigma as printed.');
  console.log(
    `Benjamini-Hochberg holds the no-change failure rate at ${LEVEL * 100}% or under (exactly ${LEVEL * 100}% for exact t p-values, as with one run and history; Welch's is conservative); ${PULL_REQUESTS} simulated pull requests measure a rate of 5% to +-${margin}%.`,
  );
}
