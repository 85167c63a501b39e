import { createHash } from 'node:crypto';
import { MetricNameSchema } from '../evidence/common.ts';
import { BaselineInfoSchema, COMPARISON_LIMITS, type ComparisonEvidence, MetricComparisonSchema } from '../evidence/comparison.ts';

// The limits are the schema's own, read from it, so that what compare writes and what report accepts cannot drift.
const NAME_CHARS = MetricNameSchema.maxLength ?? 512;
const REASON_CHARS = MetricComparisonSchema.shape.reason.unwrap().maxLength ?? 1000;
const TOLERANCE_CHARS = MetricComparisonSchema.shape.tolerance.unwrap().maxLength ?? 64;
const NOTE_CHARS = BaselineInfoSchema.shape.note.unwrap().maxLength ?? 2000;
const PARAM_CHARS = COMPARISON_LIMITS.paramChars;
const FAILURE_CHARS = COMPARISON_LIMITS.failureChars;
const MAX_ROWS = COMPARISON_LIMITS.rows;

/** `text` in at most `max` characters, its end replaced by how long it was. */
function boundText(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = `… (${text.length} characters)`;
  return `${text.slice(0, Math.max(0, max - tail.length))}${tail}`;
}

/**
 * A name in at most the schema's characters, unchanged when it fits. A longer one keeps its start and ends in a
 * digest of the whole, so two long names that share a start stay two metrics (and two history keys), and the same
 * name always comes out the same.
 */
export function boundName(name: string): string {
  if (name.length <= NAME_CHARS) return name;
  const tail = `… #${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
  return `${name.slice(0, NAME_CHARS - tail.length)}${tail}`;
}

/** Metric statuses by how much a reader needs them, for the rare document with more rows than the schema takes. */
const IMPORTANCE: Record<ComparisonEvidence['metrics'][number]['status'], number> = {
  regressed: 0,
  invalid: 1,
  removed: 2,
  improved: 3,
  added: 4,
  'within-noise': 5,
  unchanged: 6,
};

/** The most important `MAX_ROWS` metrics, in their order: what needs attention is never what is left out. */
function keepImportant(metrics: ComparisonEvidence['metrics']): ComparisonEvidence['metrics'] {
  if (metrics.length <= MAX_ROWS) return metrics;
  const kept = new Set(
    metrics
      .map((metric, index) => ({ rank: IMPORTANCE[metric.status], index }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .slice(0, MAX_ROWS)
      .map((entry) => entry.index),
  );
  return metrics.filter((_, index) => kept.has(index));
}

/**
 * The comparison document cut to what its schema accepts: names, reasons, params and failures are made from what
 * metric files hold (any key, any text), and a document the report refuses would leave the pull request with no
 * verdict at all. A string that fits is left as it is.
 */
export function fitComparisonEvidence(document: ComparisonEvidence): ComparisonEvidence {
  const metrics = keepImportant(document.metrics).map((metric) => ({
    ...metric,
    name: boundName(metric.name),
    ...(metric.reason === undefined ? {} : { reason: boundText(metric.reason, REASON_CHARS) }),
    ...(metric.tolerance === undefined ? {} : { tolerance: boundText(metric.tolerance, TOLERANCE_CHARS) }),
  }));
  const shown = new Set(metrics.map((metric) => metric.name));
  const histories: NonNullable<ComparisonEvidence['histories']> = {};
  for (const [name, history] of Object.entries(document.histories ?? {})) {
    const bounded = boundName(name);
    if (shown.has(bounded)) histories[bounded] = history;
  }
  const value = (text: string | null) => (text === null ? null : boundText(text, PARAM_CHARS));
  return {
    ...document,
    metrics,
    params: document.params.slice(0, MAX_ROWS).map((param) => ({ name: boundName(param.name), baseline: value(param.baseline), current: value(param.current) })),
    ...(document.failures === undefined ? {} : { failures: document.failures.slice(0, MAX_ROWS).map((failure) => boundText(failure, FAILURE_CHARS)) }),
    ...(document.baseline?.note === undefined ? {} : { baseline: { ...document.baseline, note: boundText(document.baseline.note, NOTE_CHARS) } }),
    ...(document.histories === undefined ? {} : { histories }),
  };
}
