import type { MetricRule } from '../config.ts';
import { globMatcher, isGlob } from '../glob.ts';
import { type Direction, inferDirection } from './direction.ts';
import { mean, standardDeviation, welchInterval } from './stats.ts';
import { formatTolerance, type Tolerance, toleranceAmount } from './tolerance.ts';
import type { HistoryPoint, LoadedRun, MetricValue } from './types.ts';

export type MetricStatus = 'improved' | 'regressed' | 'unchanged' | 'within-noise' | 'added' | 'removed' | 'invalid';

/** What decided a metric's status, so a reviewer can see why. */
export type NoiseEvidence =
  | { method: 'welch'; confidence: number; low: number; high: number; degreesOfFreedom: number; threshold: number }
  | { method: 'history'; standardDeviation: number; runs: number; threshold: number }
  | { method: 'tolerance'; threshold: number }
  | { method: 'none' };

export type MetricComparison = {
  name: string;
  /** Final values: the mean over runs where a side has several; null when absent or not a finite number. */
  baseline: number | null;
  current: number | null;
  delta: number | null;
  deltaPercent: number | null;
  direction: Direction;
  /** "rule" when crucible.yml named it, "inferred" when the name decided it. */
  directionSource: 'rule' | 'inferred';
  status: MetricStatus;
  required: boolean;
  tolerance: string;
  noise: NoiseEvidence;
  baselineRuns: Array<number | null>;
  currentRuns: Array<number | null>;
  /** Why the status is what it is, in a sentence. */
  reason: string;
  /** Per-step history of the first run of each side that has one, for curves. */
  history: { baseline: HistoryPoint[]; current: HistoryPoint[] };
};

export type ParamComparison = { name: string; baseline: string | null; current: string | null };

export type Comparison = {
  verdict: 'pass' | 'fail';
  metrics: MetricComparison[];
  params: ParamComparison[];
  /** Lines that explain a fail verdict (regressions, invalid values, missing required metrics). */
  failures: string[];
};

export type CompareOptions = {
  rules: MetricRule[];
  tolerance: Tolerance;
  /** One-sided confidence of Welch's interval (0.95 gives a 90% two-sided interval). */
  confidence: number;
  /**
   * Final values of each metric in the base branch's recent successful runs (newest first; the first five are
   * used), to estimate run-to-run noise when each side has a single run.
   */
  baselineHistory?: Map<string, number[]>;
};

/** Base-branch runs the one-run noise estimate looks at (the baseline's own run included). */
export const HISTORY_RUNS = 5;

/**
 * The rule for a metric: an exact name first, then the first glob that matches, in file order. Globs are Crucible's
 * one dialect (core/glob.ts): `*` matches any run of characters, "/" and "." included.
 */
export function ruleFor(name: string, rules: readonly MetricRule[]): MetricRule | undefined {
  return rules.find((rule) => rule.name === name) ?? rules.find((rule) => isGlob(rule.name) && globMatcher(rule.name)(name));
}

const NO_HISTORY: HistoryPoint[] = [];

/** Whether a run lists exactly the names of `order`, in that order. */
function listsInOrder(metrics: LoadedRun['metrics'], order: readonly string[]): boolean {
  if (metrics.size !== order.length) return false;
  let i = 0;
  for (const name of metrics.keys()) if (name !== order[i++]) return false;
  return true;
}

/** A run's metrics as an array aligned with `order` (a hole where the run lacks one). */
function align(metrics: LoadedRun['metrics'], order: readonly string[], position: ReadonlyMap<string, number>): Array<MetricValue | undefined> {
  if (listsInOrder(metrics, order)) return [...metrics.values()];
  const row: Array<MetricValue | undefined> = new Array(order.length).fill(undefined);
  for (const metric of metrics.values()) row[position.get(metric.name) as number] = metric;
  return row;
}

/** One side's values of a metric (null where not a finite number), the finite ones, and the first history. */
function collect(rows: ReadonlyArray<ReadonlyArray<MetricValue | undefined>>, at: number): { values: Array<number | null>; finite: number[]; history: HistoryPoint[] } {
  const values: Array<number | null> = [];
  const finite: number[] = [];
  let history = NO_HISTORY;
  for (const row of rows) {
    const metric = row[at];
    if (metric === undefined) continue;
    values.push(metric.value);
    if (metric.value !== null) finite.push(metric.value);
    if (history.length === 0 && metric.history.length > 0) history = metric.history;
  }
  return { values, finite, history };
}

/** Positive when `delta` is an improvement for this direction. */
const gain = (delta: number, direction: Direction) => (direction === 'lower' ? -delta : delta);

function judge(
  name: string,
  baselineValues: number[],
  currentValues: number[],
  direction: Direction,
  tolerance: Tolerance,
  options: CompareOptions,
): { status: MetricStatus; noise: NoiseEvidence; reason: string } {
  const baseline = mean(baselineValues);
  const delta = mean(currentValues) - baseline;
  const allowed = toleranceAmount(tolerance, baseline);
  if (direction === 'none') {
    return { status: delta === 0 ? 'unchanged' : 'within-noise', noise: { method: 'none' }, reason: 'no direction: shown, not judged' };
  }
  if (baselineValues.length >= 2 && currentValues.length >= 2) {
    const interval = welchInterval(baselineValues, currentValues, options.confidence);
    const [worst, best] = direction === 'lower' ? [-interval.high, -interval.low] : [interval.low, interval.high];
    const noise: NoiseEvidence = { method: 'welch', confidence: options.confidence, low: interval.low, high: interval.high, degreesOfFreedom: interval.degreesOfFreedom, threshold: allowed };
    const level = `${Math.round((2 * options.confidence - 1) * 100)}% interval`;
    if (best < -allowed) return { status: 'regressed', noise, reason: `the ${level} of the change lies wholly beyond the tolerance on the bad side` };
    if (worst > allowed) return { status: 'improved', noise, reason: `the ${level} of the change lies wholly beyond the tolerance on the good side` };
    if (delta === 0 && interval.standardError === 0) return { status: 'unchanged', noise, reason: 'identical in every run' };
    return { status: 'within-noise', noise, reason: `the ${level} of the change overlaps the tolerance` };
  }
  const history = options.baselineHistory?.get(name)?.slice(0, HISTORY_RUNS) ?? [];
  const spread = history.length >= 2 ? standardDeviation(history) : undefined;
  const threshold = Math.max(allowed, spread === undefined ? 0 : 2 * spread);
  const noise: NoiseEvidence =
    spread === undefined ? { method: 'tolerance', threshold } : { method: 'history', standardDeviation: spread, runs: history.length, threshold };
  const change = gain(delta, direction);
  if (delta === 0) return { status: 'unchanged', noise, reason: 'the same value' };
  if (change < -threshold) return { status: 'regressed', noise, reason: `worse by more than ${spread === undefined ? 'the tolerance' : 'max(tolerance, 2 x the spread of recent base-branch runs)'}` };
  if (change > threshold) return { status: 'improved', noise, reason: `better by more than ${spread === undefined ? 'the tolerance' : 'max(tolerance, 2 x the spread of recent base-branch runs)'}` };
  return spread === undefined
    ? { status: 'unchanged', noise, reason: 'within the tolerance' }
    : { status: 'within-noise', noise, reason: 'within max(tolerance, 2 x the spread of recent base-branch runs)' };
}

/**
 * Compares the current runs with the baseline runs, metric by metric, and gives the verdict: fail when any metric
 * regressed, holds a value that is not a finite number, or is required but missing.
 */
export function compareRuns(baselineRuns: readonly LoadedRun[], currentRuns: readonly LoadedRun[], options: CompareOptions): Comparison {
  // Every metric name in first-seen order, with its position. Runs written by the same code list their metrics in
  // the same order, so most runs are checked against the order without a single hash lookup.
  const order: string[] = [];
  const position = new Map<string, number>();
  const addName = (name: string) => {
    if (!position.has(name)) {
      position.set(name, order.length);
      order.push(name);
    }
  };
  for (const run of [...baselineRuns, ...currentRuns]) {
    if (!listsInOrder(run.metrics, order)) for (const name of run.metrics.keys()) addName(name);
  }
  for (const rule of options.rules) if (rule.required && !/[*?]/.test(rule.name)) addName(rule.name);
  const baselineRows = baselineRuns.map((run) => align(run.metrics, order, position));
  const currentRows = currentRuns.map((run) => align(run.metrics, order, position));
  const byName = order.map((_, i) => i).sort((a, b) => ((order[a] as string) < (order[b] as string) ? -1 : 1));

  const metrics: MetricComparison[] = [];
  const failures: string[] = [];
  for (const at of byName) {
    const name = order[at] as string;
    const rule = options.rules.length === 0 ? undefined : ruleFor(name, options.rules);
    if (rule?.ignore === true) continue;
    const direction = rule?.direction ?? inferDirection(name);
    const tolerance = rule?.tolerance ?? options.tolerance;
    const required = rule?.required ?? false;
    const baselineSide = collect(baselineRows, at);
    const currentSide = collect(currentRows, at);
    const baselineValues = baselineSide.values;
    const currentValues = currentSide.values;
    const base = baselineSide.finite;
    const cur = currentSide.finite;
    const baseline = base.length > 0 ? mean(base) : null;
    const current = cur.length > 0 ? mean(cur) : null;
    const delta = baseline !== null && current !== null ? current - baseline : null;
    const entry: MetricComparison = {
      name,
      baseline,
      current,
      delta,
      deltaPercent: delta !== null && baseline !== null && baseline !== 0 ? (delta / Math.abs(baseline)) * 100 : null,
      direction,
      directionSource: rule?.direction === undefined ? 'inferred' : 'rule',
      status: 'unchanged',
      required,
      tolerance: formatTolerance(tolerance),
      noise: { method: 'none' },
      baselineRuns: baselineValues,
      currentRuns: currentValues,
      reason: '',
      history: { baseline: baselineSide.history, current: currentSide.history },
    };
    if (base.length < baselineValues.length || cur.length < currentValues.length) {
      const raw = [...baselineRuns, ...currentRuns].map((run) => run.metrics.get(name)).find((value) => value !== undefined && value.value === null);
      entry.status = 'invalid';
      entry.reason = `a value is not a finite number (${JSON.stringify(raw?.raw ?? null)} in ${raw?.source.file ?? 'a run'})`;
      failures.push(`${name}: ${entry.reason}`);
    } else if (currentValues.length === 0) {
      entry.status = 'removed';
      entry.reason = baselineValues.length === 0 ? 'required but reported by neither side' : 'reported by the baseline only';
      if (required) failures.push(`${name}: required, but the current run does not report it`);
    } else if (baselineValues.length === 0) {
      entry.status = 'added';
      entry.reason = 'new in this change: no baseline to compare with';
    } else {
      const verdict = judge(name, base, cur, direction, tolerance, options);
      entry.status = verdict.status;
      entry.noise = verdict.noise;
      entry.reason = verdict.reason;
      if (verdict.status === 'regressed') failures.push(`${name}: regressed (${verdict.reason})`);
    }
    metrics.push(entry);
  }

  const params = new Map<string, ParamComparison>();
  for (const [side, runs] of [['baseline', baselineRuns], ['current', currentRuns]] as const) {
    for (const [name, param] of runs[0]?.params ?? []) {
      const entry = params.get(name) ?? { name, baseline: null, current: null };
      entry[side] = param.value;
      params.set(name, entry);
    }
  }
  return {
    verdict: failures.length > 0 ? 'fail' : 'pass',
    metrics,
    params: [...params.values()].sort((a, b) => a.name.localeCompare(b.name)),
    failures,
  };
}
