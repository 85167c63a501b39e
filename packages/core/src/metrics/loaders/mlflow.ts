import type { HistoryPoint, MetricValue, ParamValue } from '../types.ts';
import { mapLimited, type LoadContext, type LoadedUnit } from './context.ts';
import { excerpt } from '../../fs/safe-file.ts';
import { MetricsFileError } from './errors.ts';
import { byName, metricOf } from './structured.ts';
import { readNumberText, type Reading } from './values.ts';

/** A file and the key it holds (its path under `metrics/` or `params/`). */
export type KeyedFile = { file: string; name: string };

export type MlflowFiles = { metrics: KeyedFile[]; params: KeyedFile[] };

const INTEGER = /^-?\d+$/;

/**
 * An MLflow run folder as the file store writes it (`mlruns/<experiment>/<run>/`): `metrics/<key>` files of
 * "timestamp value step" lines (timestamp in ms; old files have no step), `params/<key>` files holding the value
 * as written; a key with "/" is a nested folder (`metrics/eval/acc` is `eval/acc`). `tags/`, `meta.yaml` and
 * `artifacts/` say nothing to compare and are not read.
 *
 * The final value is MLflow's "latest" value: the one with the largest step, then the latest timestamp (a later
 * line wins a full tie), so a run logged out of order reports what the MLflow UI shows.
 */
export async function loadMlflow(context: LoadContext, files: MlflowFiles): Promise<LoadedUnit> {
  const metrics: MetricValue[] = [];
  context.ensureRoom(files.metrics[0]?.file ?? '', files.metrics.length);
  const metricFiles = [...files.metrics].sort(byFile);
  const found = await mapLimited(metricFiles, 32, async ({ file, name }) =>
    metricFromLines(context, file, name, await context.readText(file)),
  );
  for (const metric of found) if (metric !== undefined) metrics.push(metric);
  const paramFiles = [...files.params].sort(byFile);
  const params = await mapLimited(
    paramFiles,
    32,
    async ({ file, name }): Promise<ParamValue> => ({
      name,
      value: trimNewline(await context.readText(file)),
      source: { file, key: name },
    }),
  );
  const read = [...metricFiles, ...paramFiles].map(({ file }) => file);
  return { format: 'mlflow', files: read, metrics: byName(metrics), params };
}

function metricFromLines(context: LoadContext, file: string, name: string, text: string): MetricValue | undefined {
  const history: HistoryPoint[] = [];
  let latest: { reading: Reading; step: number; timestamp: number; line: number } | undefined;
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const fields = line.split(/\s+/);
    const [timestampText, valueText, stepText = '0'] = fields;
    if (fields.length > 3 || !INTEGER.test(timestampText ?? '') || !INTEGER.test(stepText) || valueText === undefined) {
      throw MetricsFileError.at(
        { file: context.display(file), line: lineNumber },
        `expected "timestamp value step" (MLflow's metric line, e.g. "1700000000000 0.93 5"), got ${excerpt(line, 40)}; ` +
          'fix the line or remove the file.',
      );
    }
    const timestamp = Number(timestampText);
    const step = Number(stepText);
    const reading = readNumberText(valueText);
    if (reading.value !== null) history.push({ step, value: reading.value, timestamp });
    if (
      latest === undefined ||
      step > latest.step ||
      (step === latest.step && timestamp >= latest.timestamp)
    ) {
      latest = { reading, step, timestamp, line: lineNumber };
    }
  }
  if (latest === undefined) return undefined;
  return metricOf(name, latest.reading, history, { file, line: latest.line, key: name });
}

function trimNewline(text: string): string {
  return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
}

function byFile(a: KeyedFile, b: KeyedFile): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
