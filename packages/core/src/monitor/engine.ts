/**
 * `crucible monitor`'s engine: production batches against the reference the model was trained and evaluated on.
 *
 * Each batch is read once, streaming (uncompressed files on every core, as validate reads them), into a table of
 * mergeable sketches with the reference's column types. Its drift against the reference gives the batch's point of
 * the timeline; its sketches then merge into the running whole, and the batch's own table is dropped, so memory
 * stays bounded whatever the number and size of batches. Drift over all batches, live quality from the target and
 * prediction columns, and the data checks decide: healthy, alert, or not judged (too few rows).
 */

import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MetricRule, MonitorPolicy } from '../config.ts';
import { InputError } from '../errors.ts';
import type { GitInfo } from '../evidence/common.ts';
import type { MonitoringBatch, MonitoringEvidence, PerformanceResult } from '../evidence/monitoring.ts';
import type { CheckResult, DriftResult } from '../evidence/validation.ts';
import { readFileSafely } from '../fs/safe-file.ts';
import { type Tolerance, ZERO_TOLERANCE } from '../metrics/tolerance.ts';
import type { ColumnAccumulator } from '../data/column.ts';
import { computeDrift } from '../data/drift.ts';
import { accumulatorFromProfile } from '../data/profile.ts';
import { QualityAccumulator } from '../data/quality.ts';
import { inspectSource, type ScanOptions } from '../data/scan.ts';
import { type DataSchema, EMPTY_SCHEMA } from '../data/schema.ts';
import { DataFileError } from '../data/source.ts';
import { type DataInput, loadReference, sourceOf } from '../data/validate.ts';
import type { ColumnType } from '../data/values.ts';
import { MAX_YAML_FILE_BYTES } from '../yaml-file.ts';
import type { ExpectedMetrics } from './expected.ts';
import { type BatchResult, type BatchTask, batchType, columnsOf, scanBatch } from './batch.ts';
import { decideTask, judgeQuality, lastToken, liveQuality } from './quality.ts';

export type MonitorOptions = ScanOptions & {
  git: GitInfo;
  createdAt?: string;
  /** A crucible/profile@1 file, or a data file profiled first. */
  reference: DataInput;
  /** The production batches, in timeline order (monitor/batches.ts expands --data). */
  batches: DataInput[];
  /** A data schema whose checks run on every batch too. */
  schema?: DataSchema;
  schemaFile?: { path: string; label?: string };
  policy: MonitorPolicy;
  /** crucible.yml's metrics section: rules (directions, tolerances), the default tolerance and confidence. */
  metrics?: { rules: readonly MetricRule[]; tolerance: Tolerance; confidence: number };
  target?: string;
  prediction?: string;
  expected?: ExpectedMetrics;
  model?: MonitoringEvidence['model'];
  /** Told after each batch, for progress. */
  onBatch?: (batch: MonitoringBatch, index: number, total: number) => void;
};

/** The drift settings of the schema with monitor: on top (skip, per-column statistic and threshold, the share). */
function driftSchema(schema: DataSchema, policy: MonitorPolicy): DataSchema {
  const columns: NonNullable<NonNullable<DataSchema['drift']>['columns']> = { ...(schema.drift?.columns ?? {}) };
  for (const name of policy.skip) columns[name] = false;
  for (const [name, setting] of Object.entries(policy.columns)) {
    columns[name] = setting === false ? false : { ...(setting.statistic === undefined ? {} : { method: setting.statistic }), ...(setting.threshold === undefined ? {} : { threshold: setting.threshold }) };
  }
  return { ...schema, drift: { ...(schema.drift ?? {}), share: policy.driftShare, columns } };
}

function describeDrift(drift: DriftResult): string {
  const value = drift.value === null ? 'n/a' : +drift.value.toPrecision(3);
  const pValue = ['ks', 'chi-square', 'z'].includes(drift.statistic);
  return `${JSON.stringify(drift.column)} (${drift.statistic} ${pValue ? `p = ${value} < ${drift.threshold}` : `${value} >= ${drift.threshold}`})`;
}

export async function monitorData(options: MonitorOptions): Promise<MonitoringEvidence> {
  const started = performance.now();
  const { policy } = options;
  const schema = options.schema ?? EMPTY_SCHEMA;
  if (options.batches.length === 0) throw new DataFileError('--data: no production batch to check.');
  if ((options.target === undefined) !== (options.prediction === undefined)) {
    throw new InputError(`${options.target === undefined ? '--prediction' : '--target'} needs ${options.target === undefined ? '--target' : '--prediction'} too: live quality compares the two columns.`);
  }
  const loaded = await loadReference(options.reference, { git: options.git, schema, ...scanOptions(options) });
  const referenceMs = performance.now() - started;
  const refLabel = options.reference.label ?? options.reference.path;
  const refColumns = new Map(loaded.profile.columns.map((column) => [column.name, column]));
  const reference = new Map<string, ColumnAccumulator>();
  const referencePoints = new Map<string, number[]>();
  for (const column of loaded.profile.columns) {
    reference.set(column.name, accumulatorFromProfile(column));
    if (loaded.profile.rows <= 1000 && column.sample !== undefined && column.numeric !== undefined) referencePoints.set(column.name, [...new Set(column.sample)].sort((a, b) => a - b));
  }
  const drifting = driftSchema(schema, policy);
  const driftOptions = { referenceRows: loaded.profile.rows, schema: drifting };
  const notChecked = new Set([...policy.skip, ...Object.entries(policy.columns).filter(([, setting]) => setting === false).map(([name]) => name)]);

  const overall = new Map<string, ColumnAccumulator>();
  let quality: QualityAccumulator | null = null;
  const batches: MonitoringBatch[] = [];
  const failedChecks: (CheckResult & { source?: string })[] = [];
  let checksRun = 0;
  let rows = 0;
  let scanMs = 0;
  let threads = 1;

  // One batch after another, each read once: a large plain file is split between threads (scan.ts), and only one
  // batch's table is alive at a time. Reading several batches at once in workers of their own was measured: each
  // worker carries its own copy of the engine, and two of them took the peak past 200 MB for no gain on plain files.
  const predictionType = options.prediction === undefined ? undefined : await predictionTypeOf(options, refColumns, schema);
  const batchTask = (input: DataInput): BatchTask => ({
    input,
    schema,
    checks: options.schema !== undefined,
    driftSchema: drifting,
    reference: { label: refLabel, rows: loaded.profile.rows, columns: loaded.profile.columns, points: [...referencePoints] },
    optional: [...notChecked, ...(options.target === undefined ? [] : [options.target])],
    target: options.target,
    prediction: options.prediction,
    predictionType,
    scan: scanOptions(options),
  });
  const take = (result: BatchResult, index: number) => {
    const { batch } = result;
    batches.push(batch);
    rows += batch.rows;
    scanMs += result.scanMs;
    threads = Math.max(threads, result.threads);
    checksRun += result.checksRun;
    for (const check of result.failed) if (failedChecks.length < 10_000) failedChecks.push({ ...check, source: batch.source });
    const table = columnsOf(result);
    for (const column of table.columns) {
      const kept = overall.get(column.plan.name);
      if (kept === undefined) overall.set(column.plan.name, column);
      else kept.merge(column, 0);
    }
    if (table.quality !== null) {
      if (quality === null) quality = table.quality;
      else quality.merge(table.quality);
    }
    options.onBatch?.(batch, index, options.batches.length);
  };
  for (const [index, input] of options.batches.entries()) {
    take(await scanBatch(batchTask(input)), index);
    // The batch's table is garbage now; a full collection keeps the heap from growing with the number of batches.
    if (index + 1 < options.batches.length) collect();
  }

  const referenceNames = [...overall.values()].filter((column) => refColumns.has(column.plan.name));
  const drift = computeDrift(reference, referenceNames, driftOptions);
  const predictionDrift = predictionDriftOf(options, overall, reference, refColumns, driftOptions);

  // Live quality.
  let performanceResults: PerformanceResult[] | undefined;
  let task: 'classification' | 'regression' | null = null;
  let labelledRows: number | undefined;
  const qualityNotes: string[] = [];
  const metricsConfig = options.metrics ?? { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 };
  if (options.target !== undefined && options.prediction !== undefined) {
    const counts = quality ?? new QualityAccumulator({ target: -1, prediction: -1, nullValues: [] });
    const expectedNames = [...(options.expected?.metrics.keys() ?? [])];
    task = decideTask(counts, policy, expectedNames);
    const live = liveQuality(counts, task, policy, policy.confidence ?? metricsConfig.confidence);
    labelledRows = counts.labelled;
    qualityNotes.push(...live.notes);
    if (options.expected !== undefined) {
      performanceResults = judgeQuality(options.expected.metrics, live, { policy, rules: metricsConfig.rules, tolerance: metricsConfig.tolerance, minRows: policy.minRows });
    } else {
      performanceResults = live.metrics.map((metric) => ({ name: metric.name, expected: null, observed: metric.value, status: 'not-judged' as const, rows: metric.rows, note: 'no expected value (--expected)' }));
    }
  }

  // The verdict.
  const alerts: string[] = [];
  const notJudged: string[] = [];
  if (rows < policy.minRows) {
    notJudged.push(`${rows} row(s) in ${batches.length} batch(es), fewer than monitor.min-rows (${policy.minRows}): too few to judge drift or quality; wait for more data or lower min-rows.`);
  } else {
    const drifted = drift.columns.filter((entry) => entry.drifted);
    if (policy.alertOn === 'column' && drifted.length > 0) {
      alerts.push(`${drifted.length} of ${drift.summary.columns} column(s) drifted: ${drifted.slice(0, 5).map(describeDrift).join(', ')}${drifted.length > 5 ? ` and ${drifted.length - 5} more` : ''}.`);
    }
    if (drift.summary.datasetDrift) alerts.push(`dataset drift: ${drift.summary.drifted} of ${drift.summary.columns} columns drifted (share ${+drift.summary.share.toFixed(3)} >= ${drift.summary.threshold}).`);
    if (failedChecks.length > 0) {
      const first = failedChecks[0] as CheckResult & { source?: string };
      alerts.push(`${failedChecks.length} data check(s) failed, first ${first.type}${first.column === undefined ? '' : ` on ${JSON.stringify(first.column)}`} in ${first.source ?? 'a batch'}.`);
    }
    for (const result of performanceResults ?? []) {
      if (result.status === 'degraded') alerts.push(`${result.name} is degraded: ${+(result.observed as number).toPrecision(4)} live against ${+(result.expected as number).toPrecision(4)} expected (${result.note}).`);
    }
    if (performanceResults !== undefined && options.expected !== undefined && (labelledRows ?? 0) < policy.minRows) {
      notJudged.push(`${labelledRows ?? 0} labelled row(s), fewer than monitor.min-rows (${policy.minRows}): live quality not judged.`);
    }
    for (const result of performanceResults ?? []) {
      if (result.required === true && result.status === 'not-judged' && (labelledRows ?? 0) >= policy.minRows) notJudged.push(`${result.name} must hold (monitor.metrics) but was not judged: ${result.note}.`);
    }
    for (const entry of policy.metrics) {
      const matched = [...(options.expected?.metrics.keys() ?? [])].some((name) => name === entry.name || lastToken(name) === lastToken(entry.name));
      if (!matched) notJudged.push(`monitor.metrics names ${JSON.stringify(entry.name)}, but ${options.expected === undefined ? 'no expected metrics were given (--expected)' : `the expected metrics in ${options.expected.file} have no such metric`}.`);
    }
  }
  const status = alerts.length > 0 ? 'alert' : notJudged.length > 0 ? 'not-judged' : 'healthy';
  const schemaFile = options.schemaFile === undefined ? undefined : { file: options.schemaFile.label ?? options.schemaFile.path, sha256: createHash('sha256').update(readFileSafely(options.schemaFile.path, { maxBytes: MAX_YAML_FILE_BYTES })).digest('hex') };
  return {
    schema: 'crucible/monitoring@1',
    ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
    git: options.git,
    healthy: status === 'healthy',
    status,
    reasons: [...alerts, ...notJudged],
    rows,
    batches,
    drift: drift.columns,
    datasetDrift: drift.summary.datasetDrift,
    driftSummary: drift.summary,
    alertOn: policy.alertOn,
    minRows: policy.minRows,
    checks: failedChecks,
    statistics: { checks: checksRun, failed: failedChecks.length },
    ...(performanceResults === undefined ? {} : { performance: performanceResults, task, labelledRows: labelledRows ?? 0 }),
    ...(qualityNotes.length === 0 ? {} : { qualityNotes }),
    predictionDrift,
    reference: { file: refLabel, kind: loaded.kind, rows: loaded.profile.rows, sha256: loaded.sha256 },
    expected: options.expected === undefined ? null : { file: options.expected.file, sha256: options.expected.sha256 },
    ...(schemaFile === undefined ? {} : { schemaFile }),
    ...(options.model === undefined ? {} : { model: options.model }),
    timings: { totalMs: Math.round(performance.now() - started), referenceMs: Math.round(referenceMs), scanMs: Math.round(scanMs), threads },
  };
}

/**
 * The prediction column's type in every batch: the reference target's (widened to number), else what the first
 * batch's values are (numbers where they all read as numbers).
 */
async function predictionTypeOf(options: MonitorOptions, refColumns: Map<string, { type: ColumnType }>, schema: DataSchema): Promise<ColumnType> {
  const target = options.target === undefined ? undefined : refColumns.get(options.target);
  if (target !== undefined) return batchType(target.type);
  const first = options.batches[0] as DataInput;
  const inspected = await inspectSource(sourceOf(first, schema));
  const c = inspected.names.indexOf(options.prediction as string);
  const values = inspected.sample.map((row) => row[c]).filter((value) => value !== null && value !== undefined && value !== '');
  return values.length > 0 && values.every((value) => Number.isFinite(Number(value))) ? 'number' : 'string';
}


/**
 * A full garbage collection, as Jest's leak detector asks for one: V8 exposes `gc` to a new context once the flag is
 * set. Between batches it costs milliseconds and keeps peak memory flat however many batches there are.
 */
let gc: (() => void) | undefined;
function collect(): void {
  if (gc === undefined) {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

function scanOptions(options: MonitorOptions): ScanOptions {
  const { threads, forceSplit, workerScripts, tempDir, keyMemory } = options;
  return {
    ...(threads === undefined ? {} : { threads }),
    ...(forceSplit === undefined ? {} : { forceSplit }),
    ...(workerScripts === undefined ? {} : { workerScripts }),
    ...(tempDir === undefined ? {} : { tempDir }),
    ...(keyMemory === undefined ? {} : { keyMemory }),
  };
}

/** The prediction column against the reference's target (Evidently's prediction drift); null when either is absent. */
function predictionDriftOf(
  options: MonitorOptions,
  overall: Map<string, ColumnAccumulator>,
  reference: Map<string, ColumnAccumulator>,
  refColumns: Map<string, { type: ColumnType }>,
  driftOptions: { referenceRows: number; schema: DataSchema },
): DriftResult | null {
  if (options.prediction === undefined || options.target === undefined) return null;
  const predicted = overall.get(options.prediction);
  const target = reference.get(options.target);
  const targetType = refColumns.get(options.target)?.type;
  if (predicted === undefined || target === undefined || targetType === undefined) return null;
  if ((targetType === 'integer' || targetType === 'boolean') && predicted.fraction) {
    return { column: options.prediction, statistic: 'jensen-shannon', value: null, threshold: 0, drifted: false, note: 'the predictions are scores and the reference target holds classes; not compared' };
  }
  const report = computeDrift(new Map([[options.prediction, target]]), [predicted], { ...driftOptions, schema: { ...driftOptions.schema, drift: { ...(driftOptions.schema.drift ?? {}), columns: {} } } });
  return report.columns[0] ?? null;
}
