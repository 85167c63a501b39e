import { DelimitedTextError, parseDelimited } from '../../text/delimited.ts';
import type { HistoryPoint, MetricValue, ParamValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { MetricsFileError } from './errors.ts';
import { documentMetrics, documentParams, metricOf, readDocument } from './structured.ts';
import { isPlainObject, readNumberText, type Reading } from './values.ts';

export type DvcLiveFiles = {
  summary?: string;
  /** Each plot with its metric's name: its path under plots/metrics without ".tsv". */
  plots: { file: string; name: string }[];
  params?: string;
};

/**
 * A DVCLive folder: `metrics.json` holds the final values (nested, flattened with "." like any JSON metrics
 * file), `plots/metrics/**\/<name>.tsv` the histories (`timestamp`, `step`, value; DVCLive writes the timestamp
 * in milliseconds), `params.yaml` the params.
 *
 * DVCLive writes a metric logged as "eval/acc" twice: nested in metrics.json (`{"eval": {"acc": ...}}`, shown by
 * `dvc metrics` as `eval.acc`) and as plots/metrics/eval/acc.tsv. The two are one metric, matched by key path:
 * it takes the metrics.json name, which is what `dvc metrics diff` and a baseline read from metrics.json alone
 * call it, its final value from metrics.json and its history from the plot. A plot with no summary entry is named
 * by its path under plots/metrics (`eval/acc`), with its last row as the final value.
 */
export async function loadDvcLive(context: LoadContext, files: DvcLiveFiles): Promise<LoadedUnit> {
  const read: string[] = [];
  let metrics = new Map<string, MetricValue>();
  const byPath = new Map<string, MetricValue>();
  if (files.summary !== undefined) {
    const summary = files.summary;
    const document = await readDocument(context, summary, 'json');
    read.push(summary);
    // DVCLive records its own step counter at the top level; it says where training stopped, not how well.
    metrics = documentMetrics(context, summary, document, undefined, (name) => name === 'step');
    const keyPaths = collectKeyPaths(document);
    for (const metric of metrics.values()) byPath.set(keyPaths.get(metric.name) ?? metric.name, metric);
  }
  const plots = [...files.plots].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file: plot, name } of plots) {
    const { history, last } = await readPlot(context, plot);
    read.push(plot);
    const summarised = byPath.get(name) ?? metrics.get(name);
    if (summarised !== undefined) {
      // Metrics of one summary file share their source object; the history is the metric's own.
      summarised.history = history;
    } else if (last !== undefined) {
      context.ensureRoom(plot, metrics.size + 1);
      metrics.set(name, metricOf(name, last.reading, history, { file: plot, line: last.line, key: name }));
    }
  }
  let params: ParamValue[] = [];
  if (files.params !== undefined) {
    params = documentParams(context, files.params, await readDocument(context, files.params, 'yaml'));
    read.push(files.params);
  }
  return { format: 'dvclive', files: read, metrics, params };
}

/** Flattened name -> key path joined with "/", the way DVCLive names the plot of the same metric. */
function collectKeyPaths(document: Record<string, unknown>): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (object: Record<string, unknown>, name: string, path: string, depth: number): void => {
    if (depth > 100) return;
    for (const key of Object.keys(object)) {
      const value = object[key];
      const childName = name === '' ? key : `${name}.${key}`;
      const childPath = path === '' ? key : `${path}/${key}`;
      if (isPlainObject(value)) {
        walk(value, childName, childPath, depth + 1);
      } else {
        paths.set(childName, childPath);
      }
    }
  };
  walk(document, '', '', 0);
  return paths;
}

async function readPlot(
  context: LoadContext,
  file: string,
): Promise<{ history: HistoryPoint[]; last?: { reading: Reading; line: number } }> {
  const display = context.display(file);
  const text = await context.readText(file);
  let rows;
  try {
    rows = parseDelimited(text, '\t');
  } catch (error) {
    if (!(error instanceof DelimitedTextError)) throw error;
    throw MetricsFileError.at({ file: display, line: error.line }, `${error.message}; fix the TSV.`, { cause: error });
  }
  const header = rows[0]?.fields.map((field) => field.trim()) ?? [];
  const stepColumn = header.indexOf('step');
  const timestampColumn = header.indexOf('timestamp');
  const valueColumn = header.findIndex((_, index) => index !== stepColumn && index !== timestampColumn);
  if (rows.length > 0 && valueColumn === -1) {
    throw MetricsFileError.at(
      { file: display, line: 1 },
      'the header has no value column; DVCLive writes "step" and the metric\'s name (and "timestamp").',
    );
  }
  const history: HistoryPoint[] = [];
  let last: { reading: Reading; line: number } | undefined;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    if (row.fields.length !== header.length) {
      throw MetricsFileError.at(
        { file: display, line: row.line },
        `the row has ${row.fields.length} fields but the header has ${header.length}; fix the TSV.`,
      );
    }
    const cell = row.fields[valueColumn] as string;
    if (cell.trim() === '') continue;
    const reading = readNumberText(cell);
    last = { reading, line: row.line };
    if (reading.value === null) continue;
    const stepReading = stepColumn === -1 ? undefined : readNumberText(row.fields[stepColumn] as string);
    const point: HistoryPoint = { step: stepReading?.value ?? r - 1, value: reading.value };
    if (timestampColumn !== -1) {
      const timestamp = readNumberText(row.fields[timestampColumn] as string).value;
      if (timestamp !== null) point.timestamp = timestamp;
    }
    history.push(point);
  }
  return last === undefined ? { history } : { history, last };
}
