import { posix } from 'node:path';
import { DelimitedTextError, parseDelimited, type DelimitedRow } from '../../text/delimited.ts';
import type { HistoryPoint, MetricValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { MetricsFileError } from './errors.ts';
import { byName, metricOf } from './structured.ts';
import { readNumberText } from './values.ts';

export type DelimitedFormat = 'csv' | 'tsv' | 'keras' | 'lightning';

/**
 * Columns that say when a row was written rather than what was measured. A history point's step comes from
 * `step`, else `epoch`, else the row's index (0-based, header excluded).
 */
const STEP = 'step';
const EPOCH = 'epoch';
const TIMESTAMP = 'timestamp';

/** Below this a numeric timestamp is taken as seconds since the epoch (1e11 s is the year 5138), else as ms. */
const SECONDS_LIMIT = 1e11;

/**
 * Per-step rows, one column per metric, as CSVLogger (Keras), CSVLogger (Lightning), pandas and hand-written
 * scripts write them. Every row adds a history point to each column that has a number in it; the final value of a
 * column is its last non-empty cell, because Lightning's train and validation rows leave each other's columns
 * empty. A cell that is not a number ("nan", "n/a") is reported as it is, never dropped.
 *
 * `format` forces the flavour; without it the content decides: a `step` column with sparse rows (or a
 * `metrics.csv` with both `step` and `epoch`) is Lightning, `epoch` as the first column without `step` is Keras.
 */
export async function loadDelimitedMetrics(
  context: LoadContext,
  file: string,
  options: { delimiter: string; format?: DelimitedFormat },
): Promise<LoadedUnit> {
  const text = await context.readText(file);
  return delimitedMetrics(context, file, text, options);
}

export function delimitedMetrics(
  context: LoadContext,
  file: string,
  text: string,
  options: { delimiter: string; format?: DelimitedFormat },
): LoadedUnit {
  const display = context.display(file);
  const delimiter = options.delimiter;
  const fix = delimiter === '\t' ? 'fix the TSV.' : 'fix the CSV.';
  let rows: DelimitedRow[];
  try {
    rows = parseDelimited(text, delimiter);
  } catch (error) {
    if (!(error instanceof DelimitedTextError)) throw error;
    throw MetricsFileError.at({ file: display, line: error.line }, `${error.message}; ${fix}`, { cause: error });
  }
  const fallback: DelimitedFormat = options.format ?? (delimiter === '\t' ? 'tsv' : 'csv');
  const headerRow = rows[0];
  if (headerRow === undefined) return { format: fallback, files: [file], metrics: new Map(), params: [] };

  const header = headerRow.fields.map((name) => name.trim());
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== undefined && name !== '') {
      throw MetricsFileError.at(
        { file: display, line: headerRow.line },
        `the header names column "${name}" twice (columns ${first + 1} and ${index + 1}); rename one of them.`,
      );
    }
    seen.set(name, index);
  });
  const width = header.length;
  const stepColumn = header.indexOf(STEP);
  const epochColumn = header.indexOf(EPOCH);
  const timestampColumn = header.indexOf(TIMESTAMP);
  // A column with no name is pandas' index (`df.to_csv()` without index=False): a row number, not a metric.
  const metricColumns: number[] = [];
  header.forEach((name, index) => {
    if (name !== '' && index !== stepColumn && index !== epochColumn && index !== timestampColumn) {
      metricColumns.push(index);
    }
  });
  context.ensureRoom(file, metricColumns.length);

  const histories: HistoryPoint[][] = metricColumns.map(() => []);
  const lastRow = new Int32Array(metricColumns.length).fill(-1);
  let emptyCells = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as DelimitedRow;
    const fields = row.fields;
    if (fields.length !== width) {
      throw MetricsFileError.at(
        { file: display, line: row.line },
        `the row has ${fields.length} fields but the header has ${width}; ${fix}`,
      );
    }
    const step = rowStep(fields, stepColumn, epochColumn, r - 1);
    const timestamp = timestampColumn === -1 ? undefined : readTimestamp(fields[timestampColumn] as string);
    for (let m = 0; m < metricColumns.length; m++) {
      const cell = fields[metricColumns[m] as number] as string;
      if (cell === '' || cell.trim() === '') {
        emptyCells++;
        continue;
      }
      lastRow[m] = r;
      const reading = readNumberText(cell);
      if (reading.value === null) continue;
      const point: HistoryPoint = { step, value: reading.value };
      if (timestamp !== undefined) point.timestamp = timestamp;
      (histories[m] as HistoryPoint[]).push(point);
    }
  }

  const metrics: MetricValue[] = [];
  for (let m = 0; m < metricColumns.length; m++) {
    const r = lastRow[m] as number;
    if (r === -1) continue; // a column that was never written holds no value to compare
    const column = metricColumns[m] as number;
    const row = rows[r] as DelimitedRow;
    const name = header[column] as string;
    const reading = readNumberText(row.fields[column] as string);
    metrics.push(metricOf(name, reading, histories[m] as HistoryPoint[], { file, line: row.line, key: name }));
  }

  const format = options.format ?? detectFlavour(file, header, stepColumn, epochColumn, {
    empty: emptyCells,
    total: (rows.length - 1) * metricColumns.length,
  });
  return { format: format ?? fallback, files: [file], metrics: byName(metrics), params: [] };
}

function rowStep(fields: string[], stepColumn: number, epochColumn: number, index: number): number {
  for (const column of [stepColumn, epochColumn]) {
    if (column === -1) continue;
    const reading = readNumberText(fields[column] as string);
    if (reading.value !== null) return reading.value;
  }
  return index;
}

/** Milliseconds since the Unix epoch, from seconds, milliseconds or an ISO 8601 date; undefined otherwise. */
function readTimestamp(cell: string): number | undefined {
  if (cell.trim() === '') return undefined;
  const reading = readNumberText(cell);
  if (reading.value !== null) return Math.abs(reading.value) < SECONDS_LIMIT ? reading.value * 1000 : reading.value;
  const parsed = Date.parse(cell);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function detectFlavour(
  file: string,
  header: string[],
  stepColumn: number,
  epochColumn: number,
  cells: { empty: number; total: number },
): DelimitedFormat | undefined {
  if (stepColumn !== -1) {
    const sparse = cells.total > 0 && cells.empty * 4 >= cells.total;
    const lightningName = posix.basename(file) === 'metrics.csv' && epochColumn !== -1;
    if (sparse || lightningName) return 'lightning';
  }
  if (header[0] === EPOCH && stepColumn === -1) return 'keras';
  return undefined;
}
