import { JsonSyntaxError, parseJsonAllowingNonFinite } from '../../text/json.ts';
import type { HistoryPoint, MetricValue, ParamValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { MetricsFileError } from './errors.ts';
import { flattenDocument, flattenedTwiceError, isPlainObject, paramText, readScalar } from './values.ts';

export type DocumentSyntax = 'json' | 'yaml' | 'toml';

const SYNTAX_NAME: Record<DocumentSyntax, string> = { json: 'JSON', yaml: 'YAML', toml: 'TOML' };

/** The syntax a file name implies, if any. */
export function syntaxOfName(name: string): DocumentSyntax | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.toml')) return 'toml';
  return undefined;
}

/**
 * Reads a JSON, YAML or TOML file whose top level is a mapping. A malformed file is a MetricsFileError naming the
 * line; an empty YAML file is an empty mapping. yaml and smol-toml load on first use only: most runs never need
 * them, and start-up time counts in every workflow step.
 */
export async function readDocument(
  context: LoadContext,
  file: string,
  syntax: DocumentSyntax,
): Promise<Record<string, unknown>> {
  const text = await context.readText(file);
  const display = context.display(file);
  const fix = `fix the ${SYNTAX_NAME[syntax]}.`;
  let document: unknown;
  switch (syntax) {
    case 'json':
      try {
        document = parseJsonAllowingNonFinite(text);
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        throw MetricsFileError.at({ file: display, line: error.line }, `${error.message}; ${fix}`, { cause: error });
      }
      break;
    case 'yaml': {
      const { parseDocument } = await import('yaml');
      const parsed = parseDocument(text);
      const problem = parsed.errors[0];
      if (problem !== undefined) {
        const line = problem.linePos?.[0].line;
        throw MetricsFileError.at({ file: display, line }, `${firstLine(problem.message)}; ${fix}`, { cause: problem });
      }
      try {
        // Bounded aliases keep a "billion laughs" document from expanding without end.
        document = parsed.toJS({ maxAliasCount: 100 });
      } catch (error) {
        throw MetricsFileError.at({ file: display }, `${(error as Error).message}; ${fix}`, { cause: error });
      }
      break;
    }
    case 'toml': {
      const { parse, TomlError } = await import('smol-toml');
      try {
        document = parse(text);
      } catch (error) {
        if (!(error instanceof TomlError)) throw error;
        const message = firstLine(error.message).replace(/^Invalid TOML document: /, '');
        throw MetricsFileError.at({ file: display, line: error.line }, `${message}; ${fix}`, { cause: error });
      }
      break;
    }
  }
  if (document === null || document === undefined) return {};
  if (!isPlainObject(document)) {
    // Only the kind of value: its text may be anything a link pointed at (a YAML read of /proc/self/environ is one
    // long string), so it never goes into the message.
    const found = Array.isArray(document) ? 'a list' : `a single ${typeof document === 'string' ? `string of ${document.length} characters` : 'value'}`;
    throw MetricsFileError.at(
      { file: display, line: 1 },
      `the top level is ${found}; expected a mapping of metric names to values, like {"accuracy": 0.93}.`,
    );
  }
  return document;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  // yaml appends " at line N, column M:"; the line is already in the message's prefix.
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

/** A run's summary metrics from one JSON, YAML or TOML file, flattened as DVC does. */
export async function loadDocumentMetrics(
  context: LoadContext,
  file: string,
  syntax: DocumentSyntax,
): Promise<LoadedUnit> {
  const document = await readDocument(context, file, syntax);
  return { format: syntax, files: [file], metrics: documentMetrics(context, file, document), params: [] };
}

/**
 * A document's metrics by name. Metrics of one file share one `source` object (`{file}`: the key is the name),
 * which keeps a run of 10,000 metrics from allocating 10,000 more objects.
 */
/** Shared by every metric without a history; frozen, so a loader that wants one must make its own array. */
const NO_HISTORY: HistoryPoint[] = Object.freeze([]) as unknown as HistoryPoint[];

export function documentMetrics(
  context: LoadContext,
  file: string,
  document: Record<string, unknown>,
  skipObject?: (value: Record<string, unknown>, path: readonly string[]) => boolean,
  skipKey?: (name: string, path: readonly string[]) => boolean,
): Map<string, MetricValue> {
  const metrics = new Map<string, MetricValue>();
  const display = context.display(file);
  const source = { file };
  flattenDocument(
    document,
    display,
    (name, value, path) => {
      if (skipKey?.(name, path) === true) return;
      const size = metrics.size;
      if ((size & 1023) === 0) context.ensureRoom(file, size + 1);
      // The common case, a finite number, allocates nothing but the metric itself.
      if (typeof value === 'number' && Number.isFinite(value)) {
        metrics.set(name, { name, value, history: NO_HISTORY, source });
      } else {
        const reading = readScalar(value);
        if (reading === undefined) return;
        metrics.set(name, reading.value === null ? { name, value: null, raw: reading.raw, history: NO_HISTORY, source } : { name, value: reading.value, history: NO_HISTORY, source });
      }
      // One hash lookup instead of has() then set(): a name seen before leaves the size unchanged.
      if (metrics.size === size) throw flattenedTwiceError(display, name);
    },
    skipObject,
  );
  context.ensureRoom(file, metrics.size);
  return metrics;
}

/** Params from one YAML, JSON or TOML file, flattened like metrics and kept as text. */
export async function loadDocumentParams(
  context: LoadContext,
  file: string,
  syntax: DocumentSyntax,
): Promise<ParamValue[]> {
  const document = await readDocument(context, file, syntax);
  return documentParams(context, file, document);
}

export function documentParams(context: LoadContext, file: string, document: Record<string, unknown>): ParamValue[] {
  const params: ParamValue[] = [];
  const seen = new Set<string>();
  const display = context.display(file);
  flattenDocument(document, display, (name, value) => {
    if (seen.has(name)) throw flattenedTwiceError(display, name);
    seen.add(name);
    params.push({ name, value: paramText(value), source: { file, key: name } });
  });
  return params;
}

/** Metrics whose names are distinct by construction (columns, files, series), by name. */
export function byName(metrics: Iterable<MetricValue>): Map<string, MetricValue> {
  const map = new Map<string, MetricValue>();
  for (const metric of metrics) map.set(metric.name, metric);
  return map;
}

export function metricOf(
  name: string,
  reading: { value: number | null; raw?: string | undefined },
  history: MetricValue['history'],
  source: MetricValue['source'],
): MetricValue {
  return reading.value === null
    ? { name, value: null, raw: reading.raw ?? '', history, source }
    : { name, value: reading.value, history, source };
}
