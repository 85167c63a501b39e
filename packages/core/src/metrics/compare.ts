import type { MetricRule } from '../config.ts';
import { globMatcher, isGlob } from '../glob.ts';
import { type Direction, inferDirection } from './direction.ts';
import { benjaminiHochberg, mean, pooledSpread, type Spread, studentTQuantile, toleranceTest, twoSampleTest } from './stats.ts';
import { formatTolerance, type Tolerance, toleranceAmount } from './tolerance.ts';
import type { HistoryPoint, LoadedRun, MetricValue } from './types.ts';

export type MetricStatus = 'improved' | 'regressed' | 'unchanged' | 'within-noise' | 'added' | 'removed' | 'invalid';

/** What decided a metric's status, so a reviewer can see why. */
export type NoiseEvidence =
  /** `historyRuns`: base-branch runs pooled into the baseline's spread. */
  | { method: 'welch'; confidence: number; low: number; high: number; degreesOfFreedom: number; threshold: number; historyRuns?: number }
  /** `threshold`: the smallest change flagged on its own (tolerance + t x standard error), before the correction. */
  | { method: 'history'; standardDeviation: number; runs: number; threshold: number; degreesOfFreedom?: number }
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
  /**
   * For a metric judged by a t test: the one-sided p-value against the tolerance boundary, of the side it was
   * called on (or the side it leans to when within noise), before the correction across metrics.
   */
  pValue?: number;
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
  /** How the metrics judged by a t test were corrected for their number: `judged` of them, at false-discovery rate `level`. */
  correction?: Correction;
};

export type Correction = { method: 'benjamini-hochberg'; level: number; judged: number };

export type CompareOptions = {
  rules: MetricRule[];
  tolerance: Tolerance;
  /**
   * One-sided confidence of each metric's interval (0.95 gives a 90% two-sided interval); 1 - confidence is the
   * false-discovery rate at which regressions (and improvements) are called across the metrics judged by a t test.
   */
  confidence: number;
  /**
   * Final values of each metric in the base branch's recent successful runs, one value a run (newest first; the
   * first five are used), to estimate run-to-run noise: the only estimate when a side has a single run, pooled
   * into the baseline's spread when it has several.
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

/** A p-value in a sentence: two significant digits, or "< 0.0001". */
const formatP = (p: number) => (p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(2))));

/** A metric judged by a t test: its one-sided p-values against the tolerance and what the noise estimate was. */
type Test = { worse: number; better: number; source: string };

type Judgment = { status: MetricStatus; noise: NoiseEvidence; reason: string; test?: Test };

function judge(
  name: string,
  baselineValues: number[],
  currentValues: number[],
  direction: Direction,
  tolerance: Tolerance,
  options: CompareOptions,
): Judgment {
  const baseline = mean(baselineValues);
  const delta = mean(currentValues) - baseline;
  const allowed = toleranceAmount(tolerance, baseline);
  if (direction === 'none') {
    return { status: delta === 0 ? 'unchanged' : 'within-noise', noise: { method: 'none' }, reason: 'no direction: shown, not judged' };
  }
  const change = gain(delta, direction);
  const nb = baselineValues.length;
  const nc = currentValues.length;
  const history = options.baselineHistory?.get(name)?.slice(0, HISTORY_RUNS).filter(Number.isFinite) ?? [];
  const historySpread = history.length >= 2 ? pooledSpread([history]) : undefined;
  if (nb >= 2 && nc >= 2) {
    // Welch's test; the baseline's spread pooled with the base branch's recent runs where they exist (same code,
    // same noise: more degrees of freedom), the current side's always its own, since a change may alter the noise.
    const baselineSpread = pooledSpread(historySpread === undefined ? [baselineValues] : [baselineValues, history]) as Spread;
    const currentSpread = pooledSpread([currentValues]) as Spread;
    const test = twoSampleTest(delta, { ...baselineSpread, runs: nb }, { ...currentSpread, runs: nc });
    const margin = test.standardError === 0 ? 0 : studentTQuantile(options.confidence, test.degreesOfFreedom) * test.standardError;
    const noise: NoiseEvidence = {
      method: 'welch',
      confidence: options.confidence,
      low: delta - margin,
      high: delta + margin,
      degreesOfFreedom: test.degreesOfFreedom,
      threshold: allowed,
      ...(historySpread === undefined ? {} : { historyRuns: history.length }),
    };
    if (delta === 0 && test.standardError === 0) return { status: 'unchanged', noise, reason: 'identical in every run' };
    if (test.standardError === 0) return exact(change, allowed, noise, 'every run of a side agrees');
    const p = toleranceTest(change, allowed, test.standardError, test.degreesOfFreedom);
    const source = historySpread === undefined ? `Welch, ${nb} and ${nc} runs` : `Welch, ${nb} and ${nc} runs, baseline spread pooled with ${history.length} base-branch runs`;
    return { status: 'within-noise', noise, reason: '', test: { ...p, source } };
  }
  if (historySpread === undefined) {
    const noise: NoiseEvidence = { method: 'tolerance', threshold: allowed };
    if (delta === 0) return { status: 'unchanged', noise, reason: 'the same value' };
    if (change < -allowed) return { status: 'regressed', noise, reason: 'worse by more than the tolerance' };
    if (change > allowed) return { status: 'improved', noise, reason: 'better by more than the tolerance' };
    return { status: 'unchanged', noise, reason: 'within the tolerance' };
  }
  // One run on a side: the run-to-run spread comes from recent base-branch runs, pooled with the seeds of a side
  // that has several.
  const spread = pooledSpread([history, baselineValues, currentValues]) as Spread;
  // One spread for both sides: its own degrees of freedom, not Welch-Satterthwaite's (which assumes two estimates).
  const test = { standardError: Math.sqrt(spread.variance * (1 / nb + 1 / nc)), degreesOfFreedom: spread.degreesOfFreedom };
  const threshold = allowed + (test.standardError === 0 ? 0 : studentTQuantile(options.confidence, test.degreesOfFreedom) * test.standardError);
  const noise: NoiseEvidence = {
    method: 'history',
    standardDeviation: Math.sqrt(spread.variance),
    runs: history.length,
    threshold,
    degreesOfFreedom: spread.degreesOfFreedom,
  };
  if (delta === 0) return { status: 'unchanged', noise, reason: 'the same value' };
  if (test.standardError === 0) return exact(change, allowed, noise, 'recent base-branch runs all agree');
  const p = toleranceTest(change, allowed, test.standardError, test.degreesOfFreedom);
  return { status: 'within-noise', noise, reason: '', test: { ...p, source: `t test on the spread of ${history.length} recent base-branch runs` } };
}

/** A change with no noise to allow for: judged against the tolerance alone. */
function exact(change: number, allowed: number, noise: NoiseEvidence, why: string): Judgment {
  if (change < -allowed) return { status: 'regressed', noise, reason: `worse by more than the tolerance; ${why}` };
  if (change > allowed) return { status: 'improved', noise, reason: `better by more than the tolerance; ${why}` };
  return { status: 'within-noise', noise, reason: `within the tolerance; ${why}` };
}

/**
 * Settles the metrics judged by a t test together, so that a pull request with many metrics and no true change
 * fails about as rarely as one with a single metric: Benjamini-Hochberg at level 1 - confidence, over the worse
 * side's p-values (what fails the verdict) and over the better side's, each a family of all the tested metrics.
 */
function settle(tested: ReadonlyArray<{ entry: MetricComparison; test: Test }>, level: number): void {
  const m = tested.length;
  const worse = benjaminiHochberg(tested.map(({ test }) => test.worse), level);
  const better = benjaminiHochberg(tested.map(({ test }) => test.better), level);
  tested.forEach(({ entry, test }, i) => {
    if (worse.rejected[i] === true) {
      entry.status = 'regressed';
      entry.pValue = test.worse;
      entry.reason = `worse than the tolerance allows: one-sided p = ${formatP(test.worse)} (${test.source})${m === 1 ? '' : `, under the Benjamini-Hochberg cut ${formatP(worse.cut)} across ${m} metrics`}`;
    } else if (better.rejected[i] === true) {
      entry.status = 'improved';
      entry.pValue = test.better;
      entry.reason = `better than the tolerance allows: one-sided p = ${formatP(test.better)} (${test.source})${m === 1 ? '' : `, under the Benjamini-Hochberg cut ${formatP(better.cut)} across ${m} metrics`}`;
    } else {
      const p = Math.min(test.worse, test.better);
      const side = test.worse <= test.better ? 'worse' : 'better';
      entry.status = 'within-noise';
      entry.pValue = p;
      entry.reason =
        p <= level && m > 1
          ? `${side}, one-sided p = ${formatP(p)} (${test.source}), but not significant once ${m} metrics are corrected for (Benjamini-Hochberg at ${formatP(level)})`
          : `within the noise and the tolerance: one-sided p = ${formatP(p)} that it is ${side} (${test.source})`;
    }
  });
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
  const tested: Array<{ entry: MetricComparison; test: Test }> = [];
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
    } else if (currentValues.length === 0) {
      entry.status = 'removed';
      entry.reason = baselineValues.length === 0 ? 'required but reported by neither side' : 'reported by the baseline only';
    } else if (baselineValues.length === 0) {
      entry.status = 'added';
      entry.reason = 'new in this change: no baseline to compare with';
    } else {
      const verdict = judge(name, base, cur, direction, tolerance, options);
      entry.status = verdict.status;
      entry.noise = verdict.noise;
      entry.reason = verdict.reason;
      if (verdict.test !== undefined) tested.push({ entry, test: verdict.test });
    }
    metrics.push(entry);
  }
  const level = Number((1 - options.confidence).toPrecision(12));
  settle(tested, level);
  const failures: string[] = [];
  for (const entry of metrics) {
    if (entry.status === 'invalid') failures.push(`${entry.name}: ${entry.reason}`);
    else if (entry.status === 'removed' && entry.required) failures.push(`${entry.name}: required, but the current run does not report it`);
    else if (entry.status === 'regressed') failures.push(`${entry.name}: regressed (${entry.reason})`);
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
    correction: { method: 'benjamini-hochberg', level, judged: tested.length },
  };
}
