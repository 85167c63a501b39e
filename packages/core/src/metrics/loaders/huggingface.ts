import { posix } from 'node:path';
import type { HistoryPoint, MetricValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { MetricsFileError } from './errors.ts';
import { TRAINER_STATE } from './names.ts';
import { byName, metricOf, readDocument } from './structured.ts';
import { isPlainObject, readScalar, type Reading } from './values.ts';

/**
 * Trainer bookkeeping, not measurements of the model: the position in training (`step`, `epoch`), the compute
 * spent (`total_flos`) and throughput (`train_runtime`, `eval_samples_per_second`, ...), which vary with the
 * runner and would only add noise to a comparison. Everything else the Trainer logs (`loss`, `train_loss`,
 * `eval_loss`, `eval_accuracy`, `learning_rate`, `grad_norm`, sample counts) is kept.
 */
export function isTrainerBookkeeping(key: string): boolean {
  return (
    key === 'step' || key === 'epoch' || key === 'total_flos' || key.endsWith('_runtime') || key.endsWith('_per_second')
  );
}

type Final = { reading: Reading; source: MetricValue['source'] };

/**
 * One run's Trainer files, merged: history from `log_history` in trainer_state.json, final values from the
 * summary files (`all_results.json`, then the per-split `eval_results.json`, `train_results.json`, ... which are
 * more specific) where they hold the key, else from the last log entry that does. When a folder holds several
 * trainer_state.json files (one per `checkpoint-N`), the one furthest into training (largest `global_step`, then
 * nearest the top) has the fullest history and is the one used.
 */
export async function loadHuggingFace(context: LoadContext, files: string[]): Promise<LoadedUnit> {
  const states = files.filter((file) => posix.basename(file) === TRAINER_STATE);
  const summaries = files
    .filter((file) => posix.basename(file) !== TRAINER_STATE)
    .sort((a, b) => summaryRank(a) - summaryRank(b) || depth(a) - depth(b) || compare(a, b));

  const histories = new Map<string, HistoryPoint[]>();
  const finals = new Map<string, Final>();
  const read: string[] = [];

  let chosen: { file: string; log: unknown[]; globalStep: number } | undefined;
  for (const file of states) {
    const document = await readDocument(context, file, 'json');
    read.push(file);
    const log = document.log_history;
    if (log !== undefined && !Array.isArray(log)) {
      throw MetricsFileError.at(
        { file: context.display(file), key: 'log_history' },
        'is not a list; expected the list of log entries the Trainer writes.',
      );
    }
    const globalStep = typeof document.global_step === 'number' ? document.global_step : -1;
    if (
      chosen === undefined ||
      globalStep > chosen.globalStep ||
      (globalStep === chosen.globalStep && depth(file) < depth(chosen.file))
    ) {
      chosen = { file, log: log ?? [], globalStep };
    }
  }
  if (chosen !== undefined) {
    const { file, log } = chosen;
    for (let i = 0; i < log.length; i++) {
      const entry = log[i];
      if (!isPlainObject(entry)) continue;
      const step = numberOr(entry.step, numberOr(entry.epoch, i));
      for (const key of Object.keys(entry)) {
        if (isTrainerBookkeeping(key)) continue;
        const reading = readScalar(entry[key]);
        if (reading === undefined) continue;
        let history = histories.get(key);
        if (history === undefined) {
          context.ensureRoom(file, histories.size + 1);
          history = [];
          histories.set(key, history);
        }
        if (reading.value !== null) history.push({ step, value: reading.value });
        finals.set(key, { reading, source: { file, key: `log_history[${i}].${key}` } });
      }
    }
  }

  for (const file of summaries) {
    const document = await readDocument(context, file, 'json');
    read.push(file);
    for (const key of Object.keys(document)) {
      if (isTrainerBookkeeping(key)) continue;
      const reading = readScalar(document[key]);
      if (reading === undefined) continue; // the Trainer writes flat summaries; nested values are not its metrics
      if (!finals.has(key)) context.ensureRoom(file, finals.size + 1);
      finals.set(key, { reading, source: { file, key } });
    }
  }

  const metrics: MetricValue[] = [];
  for (const [name, final] of finals) {
    metrics.push(metricOf(name, final.reading, histories.get(name) ?? [], final.source));
  }
  read.sort(compare);
  return { format: 'huggingface', files: read, metrics: byName(metrics), params: [] };
}

function summaryRank(file: string): number {
  return posix.basename(file) === 'all_results.json' ? 0 : 1;
}

function depth(file: string): number {
  return file.split('/').length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
