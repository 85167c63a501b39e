/**
 * One production batch, read once: its header checked against the model's reference, its rows into a table of
 * sketches with the reference's column types, its checks and its drift against the reference. The task and the
 * result are plain data, and the result carries only what the whole needs (the reference's columns and the
 * prediction, without exact key counts), so a batch's table is gone once it is merged.
 */

import type { MonitoringBatch } from '../evidence/monitoring.ts';
import type { ProfileColumn } from '../evidence/profile.ts';
import type { CheckResult } from '../evidence/validation.ts';
import { evaluateChecks } from '../data/checks.ts';
import type { ColumnAccumulator } from '../data/column.ts';
import { computeDrift } from '../data/drift.ts';
import { buildPlan } from '../data/plan.ts';
import { accumulatorFromProfile } from '../data/profile.ts';
import { inspectSource, scanSource, type ScanOptions } from '../data/scan.ts';
import { type ColumnSchema, type DataSchema, EMPTY_SCHEMA } from '../data/schema.ts';
import { DataFileError } from '../data/source.ts';
import type { TablePlan, TableState } from '../data/table.ts';
import { TableAccumulator } from '../data/table.ts';
import { type DataInput, sourceOf } from '../data/validate.ts';
import type { ColumnType } from '../data/values.ts';

export type BatchTask = {
  input: DataInput;
  /** The user's data schema (dialect, null values, checks); EMPTY_SCHEMA when none was given. */
  schema: DataSchema;
  /** Whether the user gave a schema (its checks run). */
  checks: boolean;
  /** The same schema with monitor:'s drift settings on top. */
  driftSchema: DataSchema;
  reference: { label: string; rows: number; columns: ProfileColumn[]; points: [string, number[]][] };
  /** Reference columns a batch may lack (monitor.skip, columns set to false, the target). */
  optional: string[];
  target?: string | undefined;
  prediction?: string | undefined;
  predictionType?: ColumnType | undefined;
  scan: ScanOptions;
};

export type BatchResult = {
  batch: MonitoringBatch;
  failed: CheckResult[];
  checksRun: number;
  /** The reference's columns and the prediction, as a table plan and its saved state. */
  plan: TablePlan;
  state: TableState;
  threads: number;
  scanMs: number;
};

/** The type a batch reads a reference column as: the reference's, widened from integer to number. */
export function batchType(type: ColumnType): ColumnType {
  return type === 'integer' ? 'number' : type;
}

export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((name) => JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

export async function scanBatch(task: BatchTask): Promise<BatchResult> {
  const { input, schema } = task;
  const label = input.label ?? input.path;
  const refColumns = new Map(task.reference.columns.map((column) => [column.name, column]));
  const src = sourceOf(input, schema);
  const inspected = await inspectSource(src);
  const names = inspected.names;
  if (!names.some((name) => refColumns.has(name))) {
    throw new DataFileError(
      `${label}: none of its columns (${listNames(names)}) is in the reference ${task.reference.label} (${listNames([...refColumns.keys()])}); the reference is the profile of another data set. Pass the profile of the data this model was trained on.`,
    );
  }
  const optional = new Set(task.optional);
  const missing = [...refColumns.keys()].filter((name) => !names.includes(name) && !optional.has(name));
  if (missing.length > 0) {
    throw new DataFileError(
      `${label}: lacks the column(s) ${listNames(missing)} that the model's reference ${task.reference.label} has. Send the model's columns with every batch, or list the ones that are not monitored under monitor.skip in crucible.yml.`,
    );
  }
  if (task.prediction !== undefined && !names.includes(task.prediction)) {
    throw new DataFileError(`${label}: has no prediction column ${JSON.stringify(task.prediction)} (--prediction); its columns are ${listNames(names)}.`);
  }
  // The schema's checks, with the reference's types where the schema declares none, so every batch reads a column
  // the same way and the batches' sketches merge.
  const columns: Record<string, ColumnSchema> = { ...schema.columns };
  for (const name of names) {
    const ref = refColumns.get(name);
    if (schema.columns[name]?.type === undefined && ref !== undefined) columns[name] = { ...schema.columns[name], type: batchType(ref.type) };
  }
  if (task.prediction !== undefined && columns[task.prediction] === undefined) columns[task.prediction] = { type: task.predictionType ?? 'string' };
  const referencePoints = new Map(task.reference.points);
  const plan = buildPlan({ names, sample: inspected.sample, schema: { ...schema, columns }, referencePoints, ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
  if (task.target !== undefined && task.prediction !== undefined) {
    plan.quality = { target: names.indexOf(task.target), prediction: names.indexOf(task.prediction), nullValues: schema['null-values'] ?? [''] };
  }
  const started = performance.now();
  const result = await scanSource(src, inspected, plan, task.scan);
  const scanMs = performance.now() - started;
  const table = result.table;

  // Checks: the schema's own where one is given, and the reference's types on the columns it does not declare.
  const checks = task.checks ? evaluateChecks({ schema, table, names, headerLine: inspected.headerLine }) : [];
  const typeOnly: DataSchema = { ...EMPTY_SCHEMA, columns: Object.fromEntries(Object.entries(columns).filter(([name]) => schema.columns[name] === undefined && refColumns.has(name))) };
  const typeChecks = evaluateChecks({ schema: typeOnly, table, names, headerLine: inspected.headerLine }).filter((check) => check.type === 'type');
  const all = [...checks, ...typeChecks];
  const failed = all.filter((check) => !check.success);

  const reference = new Map<string, ColumnAccumulator>(task.reference.columns.map((column) => [column.name, accumulatorFromProfile(column)]));
  const drift = computeDrift(reference, table.columns, { referenceRows: task.reference.rows, schema: task.driftSchema });
  const batch: MonitoringBatch = {
    source: label,
    rows: table.rows,
    driftedShare: drift.summary.share,
    drifted: drift.columns.filter((entry) => entry.drifted).map((entry) => entry.column),
    columns: drift.summary.columns,
    datasetDrift: drift.summary.datasetDrift,
    checksFailed: failed.length,
    ...(table.quality === null ? {} : { labelledRows: table.quality.labelled }),
    sha256: result.sha256,
  };

  // What the whole keeps: the reference's columns and the prediction, as sketches (exact key counts stay here).
  const kept = table.columns.map((column, c) => [column, c] as const).filter(([column]) => refColumns.has(column.plan.name) || column.plan.name === task.prediction);
  const state = table.save();
  const keptPlan: TablePlan = { ...plan, columns: kept.map(([column]) => ({ ...column.plan, exactKeys: false })), compoundKeys: [] };
  const keptState: TableState = { ...state, columns: kept.map(([, c]) => ({ ...(state.columns[c] as TableState['columns'][number]), keys: null })), compound: [] };
  return { batch, failed, checksRun: all.length, plan: keptPlan, state: keptState, threads: result.threads, scanMs };
}

/** The batch's kept columns, loaded back from its result. */
export function columnsOf(result: BatchResult): TableAccumulator {
  return TableAccumulator.load(result.plan, result.state);
}
