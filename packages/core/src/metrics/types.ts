/**
 * What a metrics loader produces for one run (one seed, one matrix leg): every metric's final value, its per-step
 * history where the format keeps one, and the params the run used. Loaders never judge; comparison does.
 */

/** Where a value came from, so that an error or a report can point at it. */
export type Source = { file: string; line?: number; key?: string };

/**
 * One point of a metric's history. `step` is the trainer's step (or epoch, or row index when it has none);
 * `timestamp`, where the format records one, is in milliseconds since the Unix epoch. Only finite values are
 * history points: a NaN logged mid-training leaves a gap (the final value still reports it).
 */
export type HistoryPoint = { step: number; value: number; timestamp?: number };

/**
 * A metric's final value. `value` is a finite number, or null when the file held something else (NaN, Infinity,
 * a string such as "n/a", a boolean): then `raw` keeps what was there, as text, and comparison marks it invalid.
 */
export type MetricValue = {
  name: string;
  value: number | null;
  raw?: string;
  history: HistoryPoint[];
  source: Source;
};

/** A param's value as written (params are compared as text, never judged). */
export type ParamValue = { name: string; value: string; source: Source };

/** Every metrics format the loaders read, in the order auto-detection documents them. */
export const METRICS_FORMATS = [
  'json',
  'yaml',
  'toml',
  'csv',
  'tsv',
  'dvclive',
  'mlflow',
  'huggingface',
  'lightning',
  'keras',
  'wandb',
  'tensorboard',
] as const;

export type MetricsFormat = (typeof METRICS_FORMATS)[number];

export type LoadedRun = {
  /** The path the run was loaded from (file or folder), as given. */
  path: string;
  /** Formats that contributed, in the order they were read. */
  formats: MetricsFormat[];
  /** Every file read, relative to `path` when it is a folder. */
  files: string[];
  metrics: Map<string, MetricValue>;
  params: Map<string, ParamValue>;
};
