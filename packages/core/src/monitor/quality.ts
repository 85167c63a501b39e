/**
 * Live quality from the pass's counts (data/quality.ts), judged against the expected metrics.
 *
 * A metric is degraded only when it is worse than expected by more than its tolerance *and* beyond sampling noise:
 * the judged value is the optimistic end of a one-sided confidence bound on the observed one (the upper bound of a
 * higher-is-better metric), so a large healthy sample at the expected quality never alerts and a small one alerts
 * only on a clear fall. Proportions (accuracy, precision, recall) use Wilson's score bound; F1 is 2TP / (2TP + FP +
 * FN) and takes the same bound over that denominator (an approximation: its parts are not independent trials);
 * macro averages take the mean of their classes' bounds. MAE, MSE and MAPE are means, bounded with the normal
 * approximation from their sample spread; RMSE is the square root of MSE's bound.
 */

import type { PerformanceResult } from '../evidence/monitoring.ts';
import type { MetricRule, MonitorPolicy } from '../config.ts';
import { labelOf, type QualityAccumulator } from '../data/quality.ts';
import { type Direction, inferDirection } from '../metrics/direction.ts';
import { ruleFor } from '../metrics/compare.ts';
import { normalQuantile } from '../metrics/stats.ts';
import { formatTolerance, type Tolerance, toleranceAmount } from '../metrics/tolerance.ts';

export type Task = 'classification' | 'regression';

export const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1'] as const;
export const REGRESSION_METRICS = ['mae', 'rmse', 'mse', 'mape'] as const;
type LiveName = (typeof CLASSIFICATION_METRICS)[number] | (typeof REGRESSION_METRICS)[number];

/** Last-token spellings of the live metrics (`val_acc` is accuracy). */
const ALIASES: Record<string, LiveName> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  precision: 'precision',
  recall: 'recall',
  f1: 'f1',
  mae: 'mae',
  rmse: 'rmse',
  mse: 'mse',
  mape: 'mape',
};

/** The last token of a metric's name, as directions split it: `eval.accuracy` -> `accuracy`. */
export function lastToken(name: string): string {
  const tokens = name.toLowerCase().split(/[^a-z0-9]+/).filter((token) => token !== '');
  return tokens[tokens.length - 1] ?? '';
}

export function liveNameOf(expectedName: string): LiveName | undefined {
  return ALIASES[lastToken(expectedName)];
}

/** A live metric with its two one-sided bounds at the confidence asked for. */
export type LiveMetric = { name: LiveName; value: number; lower: number; upper: number; rows: number; note?: string };

function wilson(hits: number, n: number, z: number): { lower: number; upper: number } {
  if (n === 0) return { lower: 0, upper: 1 };
  const p = hits / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { lower: Math.max(0, (centre - spread) / scale), upper: Math.min(1, (centre + spread) / scale) };
}

function proportion(name: LiveName, hits: number, n: number, z: number, note?: string): LiveMetric | undefined {
  if (n === 0) return undefined;
  return { name, value: hits / n, ...wilson(hits, n, z), rows: n, ...(note === undefined ? {} : { note }) };
}

function mean(name: LiveName, sum: number, sumSquares: number, n: number, z: number): LiveMetric | undefined {
  if (n === 0) return undefined;
  const value = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSquares - n * value * value) / (n - 1)) : Number.POSITIVE_INFINITY;
  const half = z * Math.sqrt(variance / n);
  return { name, value, lower: Math.max(0, value - half), upper: value + half, rows: n };
}

const POSITIVE = ['1', 'true', 'yes', 'positive'];

/** Per class: true positives, predicted, actual. */
function classCounts(pairs: Map<string, number>) {
  const classes = new Map<string, { tp: number; predicted: number; actual: number }>();
  const of = (label: string) => {
    let entry = classes.get(label);
    if (entry === undefined) classes.set(label, (entry = { tp: 0, predicted: 0, actual: 0 }));
    return entry;
  };
  for (const [key, count] of pairs) {
    const [truth, predicted] = key.split('\u0000') as [string, string];
    of(truth).actual += count;
    of(predicted).predicted += count;
    if (truth === predicted) of(truth).tp += count;
  }
  return classes;
}

export type LiveQuality = { task: Task; metrics: LiveMetric[]; rows: number; notes: string[]; positive?: string };

/**
 * The task: the policy's, else what the expected metrics measure, else the target's values (few distinct labels, or
 * any that are not numbers, make a classifier).
 */
export function decideTask(quality: QualityAccumulator, policy: MonitorPolicy, expectedNames: readonly string[]): Task {
  if (policy.task !== undefined) return policy.task;
  const live = expectedNames.map(liveNameOf).filter((name) => name !== undefined);
  const classification = live.some((name) => (CLASSIFICATION_METRICS as readonly string[]).includes(name));
  const regression = live.some((name) => (REGRESSION_METRICS as readonly string[]).includes(name));
  if (classification !== regression) return classification ? 'classification' : 'regression';
  if (quality.overflow) return 'regression';
  const truths = new Set([...quality.pairs.keys()].map((key) => key.split('\u0000')[0] as string));
  const numeric = [...truths].every((label) => Number.isFinite(Number(label)) && label !== '');
  if (!numeric) return 'classification';
  const integral = [...truths].every((label) => Number.isInteger(Number(label)));
  return integral && truths.size <= 20 ? 'classification' : 'regression';
}

export function liveQuality(quality: QualityAccumulator, task: Task, policy: MonitorPolicy, confidence: number): LiveQuality {
  const z = normalQuantile(confidence);
  const rows = quality.labelled - quality.unpredicted;
  const notes: string[] = [];
  if (quality.unpredicted > 0) notes.push(`${quality.unpredicted} labelled row(s) have no prediction and are left out`);
  if (task === 'regression') {
    const metrics = [
      mean('mae', quality.sumAbs, quality.sumSq, quality.n, z),
      mean('mse', quality.sumSq, quality.sumSq2, quality.n, z),
      mean('mape', quality.sumPct, quality.sumPct2, quality.nPct, z),
    ].filter((metric) => metric !== undefined);
    const mse = metrics.find((metric) => metric.name === 'mse');
    if (mse !== undefined) metrics.splice(1, 0, { name: 'rmse', value: Math.sqrt(mse.value), lower: Math.sqrt(mse.lower), upper: Math.sqrt(mse.upper), rows: mse.rows });
    if (quality.n < rows) notes.push(`${rows - quality.n} labelled row(s) hold a target or prediction that is not a number`);
    return { task, metrics, rows: quality.n, notes };
  }
  if (quality.scores > 0) notes.push(`${quality.scores} prediction(s) are scores between 0 and 1, read as class 1 at 0.5 or more`);
  const metrics: LiveMetric[] = [];
  const accuracy = proportion('accuracy', quality.hits, rows, z);
  if (accuracy !== undefined) metrics.push(accuracy);
  if (quality.overflow) {
    notes.push('more distinct (target, prediction) pairs than are counted one by one: only accuracy is measured');
    return { task, metrics, rows, notes };
  }
  const classes = classCounts(quality.pairs);
  const wanted = policy.positiveLabel === undefined ? undefined : labelOf(policy.positiveLabel);
  const positive = wanted ?? (classes.size <= 2 ? POSITIVE.find((label) => classes.has(label)) : undefined);
  if (wanted !== undefined && !classes.has(wanted)) notes.push(`the positive label "${wanted}" (monitor.positive-label) never occurs in the target or the predictions`);
  if (positive !== undefined && classes.size <= 2) {
    const entry = classes.get(positive) ?? { tp: 0, predicted: 0, actual: 0 };
    const precision = proportion('precision', entry.tp, entry.predicted, z);
    const recall = proportion('recall', entry.tp, entry.actual, z);
    const f1 = proportion('f1', 2 * entry.tp, entry.predicted + entry.actual, z);
    for (const metric of [precision, recall, f1]) if (metric !== undefined) metrics.push(metric);
    return { task, metrics, rows, notes, positive };
  }
  // Macro averages over every class seen in the targets or the predictions (scikit-learn's average="macro").
  const parts = { precision: [] as LiveMetric[], recall: [] as LiveMetric[], f1: [] as LiveMetric[] };
  for (const entry of classes.values()) {
    parts.precision.push(proportion('precision', entry.tp, entry.predicted, z) ?? { name: 'precision', value: 0, lower: 0, upper: 1, rows: 0 });
    parts.recall.push(proportion('recall', entry.tp, entry.actual, z) ?? { name: 'recall', value: 0, lower: 0, upper: 1, rows: 0 });
    parts.f1.push(proportion('f1', 2 * entry.tp, entry.predicted + entry.actual, z) ?? { name: 'f1', value: 0, lower: 0, upper: 1, rows: 0 });
  }
  for (const [name, list] of Object.entries(parts) as [LiveName, LiveMetric[]][]) {
    if (list.length === 0) continue;
    const average = (pick: (metric: LiveMetric) => number) => list.reduce((sum, metric) => sum + pick(metric), 0) / list.length;
    metrics.push({ name, value: average((m) => m.value), lower: average((m) => m.lower), upper: average((m) => m.upper), rows, note: `macro average over ${list.length} classes` });
  }
  return { task, metrics, rows, notes };
}

export type JudgeOptions = {
  policy: MonitorPolicy;
  rules: readonly MetricRule[];
  /** metrics.tolerance of crucible.yml: the last fallback. */
  tolerance: Tolerance;
  minRows: number;
};

/** The monitor.metrics entry for an expected metric: its exact name, or its last token. */
function requirement(policy: MonitorPolicy, name: string) {
  return policy.metrics.find((entry) => entry.name === name) ?? policy.metrics.find((entry) => lastToken(entry.name) === lastToken(name) && !policy.metrics.some((other) => other.name === name));
}

/** Each expected metric against its live counterpart. */
export function judgeQuality(expected: Map<string, number>, live: LiveQuality | undefined, options: JudgeOptions): PerformanceResult[] {
  const results: PerformanceResult[] = [];
  const liveTask = live?.task;
  for (const [name, value] of expected) {
    const entry = requirement(options.policy, name);
    const required = entry !== undefined;
    const rule = ruleFor(name, options.rules);
    if (rule?.ignore === true && !required) continue;
    const liveName = liveNameOf(name);
    const direction: Direction = rule?.direction ?? inferDirection(name);
    const base = { name, expected: value, direction, ...(required ? { required } : {}) };
    const metric = live?.metrics.find((candidate) => candidate.name === liveName);
    if (liveName === undefined || live === undefined || metric === undefined) {
      const note =
        live === undefined
          ? 'no target and prediction columns to measure it on'
          : liveName === undefined
            ? `no live metric matches its last name token "${lastToken(name)}" (live: ${live.metrics.map((m) => m.name).join(', ') || 'none'})`
            : `a ${liveTask === 'classification' ? 'regression' : 'classification'} metric, and the model is judged as a ${liveTask ?? 'model'}`;
      results.push({ ...base, observed: null, status: 'not-judged', note });
      continue;
    }
    const tolerance = entry?.tolerance ?? options.policy.tolerance ?? rule?.tolerance ?? options.tolerance;
    const amount = toleranceAmount(tolerance, value);
    const common = { ...base, observed: metric.value, metric: metric.name, tolerance: amount, rows: metric.rows };
    if (metric.rows < options.minRows) {
      results.push({ ...common, bound: null, status: 'not-judged', note: `${metric.rows} labelled row(s), fewer than min-rows ${options.minRows}` });
      continue;
    }
    if (direction === 'none') {
      results.push({ ...common, bound: null, status: 'not-judged', note: 'no direction: give it one in metrics.rules of crucible.yml' });
      continue;
    }
    const bound = direction === 'higher' ? metric.upper : metric.lower;
    const degraded = direction === 'higher' ? bound < value - amount : bound > value + amount;
    const tol = tolerance.kind === 'relative' ? ` (${formatTolerance(tolerance)})` : '';
    const note = `${direction === 'higher' ? 'upper' : 'lower'} bound ${+bound.toPrecision(4)} against ${+value.toPrecision(4)} ${direction === 'higher' ? '-' : '+'} ${+amount.toPrecision(4)}${tol}${metric.note === undefined ? '' : `; ${metric.note}`}`;
    results.push({ ...common, bound, status: degraded ? 'degraded' : 'ok', note });
  }
  return results;
}
