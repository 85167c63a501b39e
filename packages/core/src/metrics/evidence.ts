import type { BaselineInfo, ComparisonEvidence } from '../evidence/comparison.ts';
import type { GitInfo } from '../evidence/common.ts';
import type { RunEvidence } from '../evidence/run.ts';
import { type Comparison, HISTORY_RUNS } from './compare.ts';
import { fitComparisonEvidence } from './evidence-bounds.ts';
import type { HistoryPoint, LoadedRun, MetricValue, ParamValue } from './types.ts';

/** Points kept per history in evidence: enough for a curve, bounded so evidence stays small. */
const HISTORY_POINTS = 500;

/** Thins a history to at most `limit` points, keeping the first and the last. */
export function thinHistory(points: readonly HistoryPoint[], limit = HISTORY_POINTS): Array<[number, number]> {
  if (points.length <= limit) return points.map((point) => [point.step, point.value]);
  const stride = (points.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => {
    const point = points[Math.round(i * stride)] as HistoryPoint;
    return [point.step, point.value];
  });
}

export type ComparisonContext = {
  git: GitInfo;
  baseline: BaselineInfo;
  confidence: number;
  createdAt: string;
  runs: { baseline: number; current: number };
};

/** The crucible/comparison@1 document for a comparison, within its schema's limits whatever the metric files held. */
export function comparisonEvidence(comparison: Comparison, context: ComparisonContext): ComparisonEvidence {
  const histories: NonNullable<ComparisonEvidence['histories']> = {};
  for (const metric of comparison.metrics) {
    if (metric.history.baseline.length > 1 || metric.history.current.length > 1) {
      histories[metric.name] = { baseline: thinHistory(metric.history.baseline), current: thinHistory(metric.history.current) };
    }
  }
  return fitComparisonEvidence({
    schema: 'crucible/comparison@1',
    createdAt: context.createdAt,
    git: context.git,
    verdict: comparison.verdict,
    baseline: context.baseline,
    confidence: context.confidence,
    runs: context.runs,
    metrics: comparison.metrics.map(({ history: _history, ...metric }) => metric),
    params: comparison.params,
    failures: comparison.failures,
    ...(comparison.correction === undefined ? {} : { correction: comparison.correction }),
    histories,
  });
}

const fromPairs = (pairs: ReadonlyArray<readonly [number, number]> | undefined): HistoryPoint[] =>
  (pairs ?? []).map(([step, value]) => ({ step, value }));

/**
 * The runs a base-branch comparison measured, rebuilt from its evidence: its current side is this comparison's
 * baseline. Each run keeps its own value per metric; the first run carries the histories and params.
 */
export function runsFromComparisonEvidence(evidence: ComparisonEvidence, label: string): LoadedRun[] {
  const count = Math.max(1, evidence.runs?.current ?? 1);
  const runs: LoadedRun[] = Array.from({ length: count }, (_, i) => ({
    path: `${label}#${i + 1}`,
    formats: [],
    files: [label],
    metrics: new Map<string, MetricValue>(),
    params: new Map<string, ParamValue>(),
  }));
  for (const metric of evidence.metrics) {
    if (metric.status === 'removed') continue;
    const values = metric.currentRuns ?? [metric.current];
    values.forEach((value, i) => {
      const history = i === 0 ? fromPairs(evidence.histories?.[metric.name]?.current) : [];
      runs[i]?.metrics.set(metric.name, { name: metric.name, value, ...(value === null ? { raw: 'null' } : {}), history, source: { file: label, key: metric.name } });
    });
  }
  for (const param of evidence.params) {
    if (param.current !== null) runs[0]?.params.set(param.name, { name: param.name, value: param.current, source: { file: label, key: param.name } });
  }
  return runs.filter((run) => run.metrics.size > 0);
}

/** One run from train's crucible/run@1 evidence. */
export function runFromRunEvidence(evidence: RunEvidence, label: string): LoadedRun {
  const metrics = new Map<string, MetricValue>();
  for (const [name, value] of Object.entries(evidence.metrics)) {
    metrics.set(name, { name, value, ...(value === null ? { raw: 'null' } : {}), history: fromPairs(evidence.histories?.[name]), source: { file: label, key: name } });
  }
  const params = new Map<string, ParamValue>();
  for (const [name, value] of Object.entries(evidence.params ?? {})) params.set(name, { name, value, source: { file: label, key: name } });
  return { path: label, formats: [], files: [label], metrics, params };
}

/**
 * The final value of each metric in recent base-branch comparisons (newest first), for the one-run noise estimate:
 * the spread of what the base branch measured run after run. Only the first `HISTORY_RUNS` documents count.
 */
export function noiseHistory(documents: readonly ComparisonEvidence[]): Map<string, number[]> {
  const history = new Map<string, number[]>();
  for (const evidence of documents.slice(0, HISTORY_RUNS)) {
    for (const metric of evidence.metrics) {
      if (metric.current === null) continue;
      const values = history.get(metric.name);
      if (values === undefined) history.set(metric.name, [metric.current]);
      else values.push(metric.current);
    }
  }
  return history;
}
