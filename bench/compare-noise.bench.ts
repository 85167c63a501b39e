/**
 * How often a verdict cries wolf, and how often it catches a real regression, on simulated metrics: Crucible's
 * Welch interval over seeds against the plain ratio threshold github-action-benchmark applies to one previous
 * value. Targets: with no true change at most 5% flagged regressed; with a true 2-sigma regression and 5 seeds a
 * side at least 80% flagged.
 */
import { compareRuns, type LoadedRun, ZERO_TOLERANCE } from '@crucible/core';
import { textTable } from './stats.ts';

const METRICS = Number(process.env.BENCH_METRICS ?? 2000);
const SEEDS = 5;

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

type Scenario = { label: string; shiftSigmas: number };

function simulate(scenario: Scenario, seed: number) {
  const normal = normalGenerator(seed);
  // Accuracy-like metrics, higher is better: means around 0.8, seed-to-seed noise 0.5% to 2%.
  const names = Array.from({ length: METRICS }, (_, i) => `eval/acc_${i}`);
  const truth = names.map(() => ({ mean: 0.75 + 0.1 * Math.abs(normal()), sigma: 0.005 + 0.015 * Math.abs(normal()) / 2 }));
  const runs = (shift: number) =>
    Array.from({ length: SEEDS }, (): LoadedRun => ({
      path: 'sim',
      formats: ['json'],
      files: [],
      params: new Map(),
      metrics: new Map(names.map((name, i) => {
        const { mean, sigma } = truth[i] as { mean: number; sigma: number };
        return [name, { name, value: mean - shift * sigma + sigma * normal(), history: [], source: { file: 'sim' } }];
      })),
    }));
  const baseline = runs(0);
  const current = runs(scenario.shiftSigmas);
  const options = { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 };
  const rate = (flags: number) => `${((100 * flags) / METRICS).toFixed(1)}%`;
  const welch = compareRuns(baseline, current, options).metrics.filter((metric) => metric.status === 'regressed').length;
  // One run a side, noise from five earlier base-branch runs (the action's single-run mode).
  const history = new Map(names.map((name) => [name, runs(0).map((run) => run.metrics.get(name)?.value ?? 0)]));
  const single = compareRuns(baseline.slice(0, 1), current.slice(0, 1), { ...options, baselineHistory: history }).metrics.filter((metric) => metric.status === 'regressed').length;
  // github-action-benchmark: alert when previous / current exceeds the threshold (bigger is better), one value each.
  const ratio = (threshold: number) =>
    names.filter((name) => {
      const previous = baseline[0]?.metrics.get(name)?.value ?? 0;
      const now = current[0]?.metrics.get(name)?.value ?? 0;
      return previous / now > threshold;
    }).length;
  return [scenario.label, rate(welch), rate(single), rate(ratio(1.01)), rate(ratio(1.05)), rate(ratio(2))];
}

export function run(): void {
  const rows = [
    simulate({ label: 'no true change', shiftSigmas: 0 }, 1),
    simulate({ label: 'true regression of 2 sigma', shiftSigmas: 2 }, 2),
  ];
  console.log(`Share of ${METRICS} simulated metrics flagged regressed (${SEEDS} seeds a side for Crucible's Welch rule)`);
  console.log(
    textTable([
      ['scenario', 'crucible welch (5 seeds)', 'crucible 1 run + history', 'ratio 101%', 'ratio 105%', 'ratio 200% (default)'],
      ...rows,
    ]),
  );
  console.log('Targets: no true change <= 5.0% flagged; 2-sigma regression with 5 seeds >= 80.0% flagged.');
}
